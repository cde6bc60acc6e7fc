// Reading and writing billing versions. The key itself is computed by shared/billing (pure).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { BillingVersion, BillingVersionSummary } from '../../../shared/billing/types';
import { fieldError } from '../../../shared/errors';
import type { billingFields } from '../../../shared/schemas/billing';
import type { BackendContext } from '../context';
import { frozenVersion } from './frozen';
import { liveVersion, toSummary, VERSION_SELECT, versionRow, type VersionRow } from './live';
import { settlementOf } from './settlement';

export type BillingData = z.output<typeof billingFields>;

export function listVersions(db: Database.Database): BillingVersionSummary[] {
  const rows = db.prepare(`${VERSION_SELECT} ORDER BY v.year DESC, v.version ASC`).all() as VersionRow[];
  return rows.map(toSummary);
}

/**
 * A version to show or print. A draft comes from the live register; an issued version from what was
 * stored at issue (frozen.ts), so a reprint never changes. History, "latest" and the settlement are live.
 */
export function getVersion(ctx: BackendContext, id: number): BillingVersion {
  const { db } = ctx;
  const r = versionRow(db, id);
  const body = r.locked_on ? frozenVersion(db, r) : liveVersion(db, r);
  const history = (db.prepare(`${VERSION_SELECT} WHERE v.year = ? ORDER BY v.version`).all(r.year) as VersionRow[]).map(toSummary);
  return { ...body, settlement: settlementOf(db, r, body.participants, body.key.map((k) => k.amountOere)), history, latest: history[history.length - 1].id === r.id, frozen: r.locked_on !== null };
}


function assertMunicipalitiesExist(db: Database.Database, data: BillingData, prefix: string): void {
  const ids = [...new Set(data.participants.map((p) => p.municipalityId))];
  if (ids.length === 0) return;
  const rows = db.prepare(`SELECT id FROM municipalities WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as { id: number }[];
  const found = new Set(rows.map((r) => r.id));
  const i = data.participants.findIndex((p) => !found.has(p.municipalityId));
  if (i >= 0) throw fieldError(`${prefix}participants.${i}.municipalityId`, 'Kommunen findes ikke.');
}

/** A version's own columns that the coordinator types; basisValues gives them in this order. */
const BASIS_COLUMNS = [
  'payment_terms_days',
  'payee_name',
  'payee_ean',
  'payee_reg_no',
  'payee_account',
  'payee_cvr',
  'payee_address',
  'statement_text',
  'contact_name',
  'contact_email',
  'contact_phone',
] as const;

function basisValues(d: BillingData) {
  return [d.paymentTermsDays, d.payeeName, d.payeeEan, d.payeeRegNo, d.payeeAccount, d.payeeCvr, d.payeeAddress, d.statementText, d.contactName, d.contactEmail, d.contactPhone];
}

/** Replaces a draft version's lines: participants, budget and instalments. */
function writeLines(db: Database.Database, versionId: number, d: BillingData): void {
  for (const table of ['billing_phase_students', 'billing_participants', 'billing_cost_lines', 'billing_instalments'] as const) {
    db.prepare(`DELETE FROM ${table} WHERE version_id = ?`).run(versionId);
  }
  const participant = db.prepare('INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, ?, ?, ?)');
  for (const p of d.participants) participant.run(versionId, p.municipalityId, p.students, p.countDate, p.source);
  const phase = db.prepare('INSERT INTO billing_phase_students (version_id, municipality_id, phase, students) VALUES (?, ?, ?, ?)');
  for (const p of d.participants) {
    for (const [key, n] of Object.entries(p.phaseStudents ?? {})) if (typeof n === 'number') phase.run(versionId, p.municipalityId, key, n);
  }
  const cost = db.prepare('INSERT INTO billing_cost_lines (version_id, position, kind, description, amount_oere) VALUES (?, ?, ?, ?, ?)');
  d.costLines.forEach((c, i) => cost.run(versionId, i + 1, c.kind, c.description, c.amountOere));
  const instalment = db.prepare('INSERT INTO billing_instalments (version_id, number, due_date) VALUES (?, ?, ?)');
  d.instalmentDueDates.forEach((due, i) => instalment.run(versionId, i + 1, due));
}

export function createYear(ctx: BackendContext, d: BillingData): number {
  const { db } = ctx;
  if (db.prepare('SELECT 1 FROM billing_versions WHERE year = ?').get(d.year)) {
    throw fieldError('year', `Der findes allerede en fordelingsnøgle for ${d.year}. Ret den, eller opret en ny version af den.`);
  }
  assertMunicipalitiesExist(db, d, '');
  const info = db
    .prepare(
      `INSERT INTO billing_versions (year, version, created_on, ${BASIS_COLUMNS.join(', ')})
       VALUES (?, 1, ?, ${BASIS_COLUMNS.map(() => '?').join(', ')})`,
    )
    .run(d.year, ctx.today(), ...basisValues(d));
  const id = Number(info.lastInsertRowid);
  writeLines(db, id, d);
  return id;
}

function lockedMessage(r: VersionRow): string {
  return `Version ${r.version} af ${r.year} er låst, fordi opkrævningerne er udstedt. Opret en ny version med en årsag for at rette den.`;
}

export function updateDraft(ctx: BackendContext, id: number, d: BillingData): void {
  const r = versionRow(ctx.db, id);
  if (r.locked_on) throw fieldError('id', lockedMessage(r));
  if (d.year !== r.year) throw fieldError('data.year', `Året kan ikke ændres på en eksisterende nøgle (${r.year}).`);
  assertMunicipalitiesExist(ctx.db, d, 'data.');
  ctx.db.prepare(`UPDATE billing_versions SET ${BASIS_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...basisValues(d), id);
  writeLines(ctx.db, id, d);
}

function latestOfYear(db: Database.Database, year: number): VersionRow {
  return db.prepare(`${VERSION_SELECT} WHERE v.year = ? ORDER BY v.version DESC LIMIT 1`).get(year) as VersionRow;
}

/** A correction: copies a locked version into a new draft that carries the reason. */
export function newVersion(ctx: BackendContext, id: number, reason: string): number {
  const { db } = ctx;
  const r = versionRow(db, id);
  const latest = latestOfYear(db, r.year);
  if (latest.id !== r.id) throw fieldError('id', `Der findes allerede version ${latest.version} af ${r.year}; ret den nyeste version.`);
  if (!r.locked_on) throw fieldError('id', `Version ${r.version} af ${r.year} er ikke udstedt endnu og kan rettes direkte.`);
  const info = db
    .prepare(
      `INSERT INTO billing_versions (year, version, reason, created_on, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account,
         payee_cvr, payee_address, statement_text, contact_name, contact_email, contact_phone)
       SELECT year, version + 1, ?, ?, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account,
         payee_cvr, payee_address, statement_text, contact_name, contact_email, contact_phone FROM billing_versions WHERE id = ?`,
    )
    .run(reason, ctx.today(), id);
  const copy = Number(info.lastInsertRowid);
  db.prepare('INSERT INTO billing_participants SELECT ?, municipality_id, students, count_date, source FROM billing_participants WHERE version_id = ?').run(copy, id);
  db.prepare(
    'INSERT INTO billing_phase_students (version_id, municipality_id, phase, students) SELECT ?, municipality_id, phase, students FROM billing_phase_students WHERE version_id = ?',
  ).run(copy, id);
  db.prepare('INSERT INTO billing_cost_lines SELECT ?, position, kind, description, amount_oere FROM billing_cost_lines WHERE version_id = ?').run(copy, id);
  db.prepare('INSERT INTO billing_instalments SELECT ?, number, due_date FROM billing_instalments WHERE version_id = ?').run(copy, id);
  return copy;
}
