// The year-end settlement (efterregulering): the actual cost split by the key (computeSettlement) and
// held against what each municipality actually paid. Issuing it freezes the rows as they were printed.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { computeSettlement, type KeyParticipant } from '../../../shared/billing/key';
import type { BillingSettlement, BillingVersion } from '../../../shared/billing/types';
import { fieldError, notFound } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { billingSettle } from '../../../shared/schemas/billing';
import type { BackendContext } from '../context';
import { assignStatementNumbers } from './numbers';

type SettleInput = z.output<typeof billingSettle>;

interface SettlementRow {
  actual_cost_oere: number;
  note: string | null;
  entered_on: string;
  due_date: string | null;
  issued_on: string | null;
}

/** Everything each municipality has paid for the year, by municipality id. */
export function paidByMunicipality(db: Database.Database, year: number): Map<number, number> {
  const rows = db.prepare('SELECT municipality_id, sum(amount_oere) AS paid FROM billing_payments WHERE year = ? GROUP BY municipality_id').all(year) as {
    municipality_id: number;
    paid: number;
  }[];
  return new Map(rows.map((r) => [r.municipality_id, r.paid]));
}

/**
 * The version's settlement: as issued (frozen, whatever was paid since), or computed now from the
 * payments registered for the year. `billedOere` is the version's key amount per participant.
 */
export function settlementOf(
  db: Database.Database,
  version: { id: number; year: number },
  participants: readonly (KeyParticipant & { name: string })[],
  billedOere: readonly number[],
): BillingSettlement | null {
  const s = db.prepare('SELECT * FROM billing_settlements WHERE version_id = ?').get(version.id) as SettlementRow | undefined;
  if (!s) return null;
  if (s.issued_on) {
    const frozen = db.prepare("SELECT document FROM billing_issued WHERE version_id = ? AND kind = 'efterregulering'").get(version.id) as { document: string } | undefined;
    if (frozen) return JSON.parse(frozen.document) as BillingSettlement;
  }
  const paid = paidByMunicipality(db, version.year);
  const lines = computeSettlement(
    participants,
    participants.map((p) => paid.get(p.municipalityId) ?? 0),
    s.actual_cost_oere,
  );
  return {
    actualCostOere: s.actual_cost_oere,
    note: s.note,
    enteredOn: s.entered_on,
    dueDate: s.due_date,
    issuedOn: s.issued_on,
    rows: lines.map((l, i) => ({
      ...l,
      name: participants[i].name,
      code: participants[i].code,
      students: participants[i].students,
      billedOere: billedOere[i],
      statementNumber: null,
    })),
  };
}

function settledVersion(db: Database.Database, id: number) {
  const r = db.prepare('SELECT id, year, version, locked_on FROM billing_versions WHERE id = ?').get(id) as
    | { id: number; year: number; version: number; locked_on: string | null }
    | undefined;
  if (!r) throw notFound('id', 'Versionen af fordelingsnøglen findes ikke.');
  return r;
}

function assertNotIssued(db: Database.Database, id: number, year: number): void {
  const s = db.prepare('SELECT issued_on FROM billing_settlements WHERE version_id = ?').get(id) as { issued_on: string | null } | undefined;
  if (s?.issued_on) throw fieldError('id', `Efterreguleringen for ${year} er udstedt den ${formatDate(s.issued_on)} og kan ikke ændres.`);
}

export function settle(ctx: BackendContext, input: SettleInput): void {
  const { db } = ctx;
  const r = settledVersion(db, input.id);
  if (!r.locked_on) throw fieldError('id', `Version ${r.version} af ${r.year} er ikke udstedt; efterregulering sker mod en udstedt nøgle.`);
  const latest = db.prepare('SELECT version FROM billing_versions WHERE year = ? ORDER BY version DESC LIMIT 1').get(r.year) as { version: number };
  if (latest.version !== r.version) throw fieldError('id', `Efterreguleringen skal ske mod den nyeste version af ${r.year} (version ${latest.version}).`);
  assertNotIssued(db, r.id, r.year);
  const today = ctx.today();
  // The settlement is for a finished year: due after the year's end, not before it is entered, and not years away.
  const last = `${r.year + 2}-12-31`;
  if (input.dueDate < today) throw fieldError('dueDate', `Forfaldsdato for efterreguleringen (${formatDate(input.dueDate)}) må ikke ligge før i dag (${formatDate(today)}).`);
  if (input.dueDate <= `${r.year}-12-31`) throw fieldError('dueDate', `Forfaldsdato for efterreguleringen skal ligge efter udgangen af ${r.year}.`);
  if (input.dueDate > last) throw fieldError('dueDate', `Forfaldsdato for efterreguleringen skal ligge senest ${formatDate(last)}.`);
  db.prepare(
    `INSERT INTO billing_settlements (version_id, actual_cost_oere, note, entered_on, due_date) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(version_id) DO UPDATE SET actual_cost_oere = excluded.actual_cost_oere, note = excluded.note, entered_on = excluded.entered_on, due_date = excluded.due_date`,
  ).run(r.id, input.actualCostOere, input.note, today, input.dueDate);
}

/** Freezes the settlement as it stands now and numbers its statements (Danish name order, as the key). */
export function issueSettlement(ctx: BackendContext, v: BillingVersion, firstSequence: number | null): void {
  const s = v.settlement;
  if (!s) throw fieldError('id', `Der er ikke beregnet en efterregulering for ${v.year} endnu.`);
  assertNotIssued(ctx.db, v.id, v.year);
  if (!s.dueDate) throw fieldError('id', `Efterreguleringen for ${v.year} har ingen forfaldsdato. Ret efterreguleringen og angiv en, før den udstedes.`);
  const today = ctx.today();
  const numbers = assignStatementNumbers(ctx.db, { year: v.year, versionId: v.id, kind: 'efterregulering', municipalityIds: s.rows.map((r) => r.municipalityId) }, firstSequence);
  const frozen: BillingSettlement = { ...s, issuedOn: today, rows: s.rows.map((r) => ({ ...r, statementNumber: numbers.get(r.municipalityId) ?? null })) };
  ctx.db.prepare("INSERT INTO billing_issued (version_id, kind, issued_on, document) VALUES (?, 'efterregulering', ?, ?)").run(v.id, today, JSON.stringify(frozen));
  ctx.db.prepare('UPDATE billing_settlements SET issued_on = ? WHERE version_id = ?').run(today, v.id);
}
