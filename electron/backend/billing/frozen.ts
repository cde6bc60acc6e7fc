// Issued means frozen: issuing stores the whole printed version (FrozenVersion) in billing_issued, and
// every later read of an issued version comes from there, never from the live register. Editing a
// municipality's code, name, EAN or references, or the corps' name, cannot change a statement once issued
// (the key's tie-break sorts by code, so even an øre could move).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { FrozenVersion, StatementKind } from '../../../shared/billing/types';
import { liveVersion, VERSION_SELECT, type VersionRow } from './live';
import { statementNumbersOf } from './numbers';

export function readFrozen(db: Database.Database, versionId: number, kind: StatementKind = 'opkraevning'): FrozenVersion | null {
  const row = db.prepare('SELECT document FROM billing_issued WHERE version_id = ? AND kind = ?').get(versionId, kind) as { document: string } | undefined;
  return row ? (JSON.parse(row.document) as FrozenVersion) : null;
}

function storeFrozen(db: Database.Database, doc: FrozenVersion, issuedOn: string): void {
  db.prepare('INSERT INTO billing_issued (version_id, kind, issued_on, document) VALUES (?, ?, ?, ?)').run(doc.id, 'opkraevning', issuedOn, JSON.stringify(doc));
}

/** The newest issued version of the same year before this one (what a correction replaces). */
function previousIssued(db: Database.Database, r: VersionRow): VersionRow | null {
  const row = db
    .prepare(`${VERSION_SELECT} WHERE v.year = ? AND v.version < ? AND v.locked_on IS NOT NULL ORDER BY v.version DESC LIMIT 1`)
    .get(r.year, r.version) as VersionRow | undefined;
  return row ?? null;
}

/** What the municipality has paid for the year so far (billing_payments). */
function paidSoFar(db: Database.Database, year: number, municipalityId: number): number {
  const row = db.prepare('SELECT coalesce(sum(amount_oere), 0) AS n FROM billing_payments WHERE year = ? AND municipality_id = ?').get(year, municipalityId) as { n: number };
  return row.n;
}

/**
 * The version as issued on `lockedOn`: the live register now, the statement numbers, and for version 2+
 * the previous version's amounts and (when `withPayments`) what was paid by now.
 */
export function snapshotOf(db: Database.Database, r: VersionRow, lockedOn: string, numbers: ReadonlyMap<number, string>, withPayments: boolean): FrozenVersion {
  const live = liveVersion(db, { ...r, locked_on: lockedOn });
  const previous = previousIssued(db, r);
  const before = previous ? new Map(frozenVersion(db, previous).key.map((k) => [k.municipalityId, k.amountOere])) : null;
  return {
    ...live,
    key: live.key.map((k) => ({
      ...k,
      statementNumber: numbers.get(k.municipalityId) ?? null,
      // A municipality new in this version was billed nothing before.
      previousAmountOere: before ? (before.get(k.municipalityId) ?? 0) : null,
      paidAtIssueOere: before && withPayments ? paidSoFar(db, r.year, k.municipalityId) : null,
    })),
  };
}

/** Issuing: stores the snapshot (inside the caller's transaction) and returns it. */
export function freeze(db: Database.Database, r: VersionRow, issuedOn: string, numbers: ReadonlyMap<number, string>): FrozenVersion {
  const doc = snapshotOf(db, r, issuedOn, numbers, true);
  storeFrozen(db, doc, issuedOn);
  return doc;
}

/**
 * Versions issued before issuing stored a snapshot (data files from before migration 011, or restored from
 * an export) are frozen once, from the register as it is at that moment, and never change afterwards.
 * What was paid at their issue is not known (null); their numbers are whatever was given (none, normally).
 */
function freezeLegacy(db: Database.Database, r: VersionRow): FrozenVersion {
  return db.transaction(() => {
    const doc = snapshotOf(db, r, r.locked_on ?? r.created_on, statementNumbersOf(db, r.id, 'opkraevning'), false);
    storeFrozen(db, doc, r.locked_on ?? r.created_on);
    return doc;
  })();
}

/** An issued version as it was issued (frozen lazily if it predates snapshots, in its own write transaction). */
export function frozenVersion(db: Database.Database, r: VersionRow): FrozenVersion {
  return readFrozen(db, r.id) ?? freezeLegacy(db, r);
}

/** At start-up, after the migrations: freezes every issued version that has no snapshot yet, oldest first. */
export function freezeLegacyIssued(db: Database.Database): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'billing_issued'").get();
  if (!hasTable) return 0;
  const rows = db
    .prepare(`${VERSION_SELECT} WHERE v.locked_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM billing_issued i WHERE i.version_id = v.id AND i.kind = 'opkraevning') ORDER BY v.year, v.version`)
    .all() as VersionRow[];
  for (const r of rows) frozenVersion(db, r);
  return rows.length;
}
