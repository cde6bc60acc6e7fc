// Payments received from the municipalities, and what is outstanding and overdue against the newest
// issued version of the year (read through getVersion, so an issued version is its frozen snapshot).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { sum } from '../../../shared/billing/key';
import { applyPayments, overdueOf } from '../../../shared/billing/payments';
import type { BillingVersion, Payment, PaymentsOverview, PaymentStatusRow } from '../../../shared/billing/types';
import { fieldError, notFound } from '../../../shared/errors';
import { compareDanish, formatDate, formatKroner } from '../../../shared/format';
import type { paymentFields } from '../../../shared/schemas/billing';
import type { BackendContext } from '../context';
import { getVersion } from './store';

type PaymentInput = z.output<typeof paymentFields>;

/** The newest version of the year that has been issued (payments are made against issued statements). */
export function newestIssuedVersionId(db: Database.Database, year: number): number | null {
  const row = db.prepare('SELECT id FROM billing_versions WHERE year = ? AND locked_on IS NOT NULL ORDER BY version DESC LIMIT 1').get(year) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

export function paymentsOfYear(db: Database.Database, year: number): Payment[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.year, p.municipality_id, m.name, p.instalment, p.paid_on, p.amount_oere, p.note
       FROM billing_payments p JOIN municipalities m ON m.id = p.municipality_id WHERE p.year = ? ORDER BY p.paid_on, p.id`,
    )
    .all(year) as { id: number; year: number; municipality_id: number; name: string; instalment: number | null; paid_on: string; amount_oere: number; note: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    municipalityId: r.municipality_id,
    name: r.name,
    instalment: r.instalment,
    paidOn: r.paid_on,
    amountOere: r.amount_oere,
    note: r.note,
  }));
}

function statusRows(v: BillingVersion | null, payments: readonly Payment[], today: string): PaymentStatusRow[] {
  const dueDates = v?.instalmentDueDates ?? [];
  const billed = new Map((v?.key ?? []).map((k) => [k.municipalityId, k]));
  // A municipality that paid but is not in the newest key (left in a correction) still shows, billed 0.
  const named = new Map(payments.map((p) => [p.municipalityId, p.name]));
  const ids = [...new Set([...billed.keys(), ...named.keys()])];
  return ids
    .map((municipalityId) => {
      const k = billed.get(municipalityId);
      const mine = payments.filter((p) => p.municipalityId === municipalityId);
      const instalments = applyPayments(
        dueDates.map((dueDate, i) => ({ dueDate, billedOere: k?.instalmentsOere[i] ?? 0 })),
        mine,
        today,
      );
      const billedOere = k?.amountOere ?? 0;
      const paidOere = sum(mine.map((p) => p.amountOere));
      return {
        municipalityId,
        name: k?.name ?? named.get(municipalityId) ?? '',
        code: k?.code ?? 0,
        billedOere,
        paidOere,
        outstandingOere: Math.max(0, billedOere - paidOere),
        overdueOere: overdueOf(instalments),
        instalments,
      };
    })
    .sort((a, b) => compareDanish(a.name, b.name));
}

export function paymentsOverview(ctx: BackendContext, year: number): PaymentsOverview {
  const versionId = newestIssuedVersionId(ctx.db, year);
  const v = versionId === null ? null : getVersion(ctx, versionId);
  const payments = paymentsOfYear(ctx.db, year);
  const today = ctx.today();
  const rows = statusRows(v, payments, today);
  const total = (f: (r: PaymentStatusRow) => number) => sum(rows.map(f));
  return {
    year,
    versionId,
    version: v?.version ?? null,
    today,
    rows,
    payments,
    totals: { billedOere: total((r) => r.billedOere), paidOere: total((r) => r.paidOere), outstandingOere: total((r) => r.outstandingOere), overdueOere: total((r) => r.overdueOere) },
  };
}

/** Checks a payment against the newest issued version of its year; refuses naming the field, before anything is written. */
function checkPayment(ctx: BackendContext, p: PaymentInput): void {
  const versionId = newestIssuedVersionId(ctx.db, p.year);
  if (versionId === null) throw fieldError('year', `Der er ikke udstedt opkrævninger for ${p.year} endnu, så der kan ikke registreres indbetalinger for året.`);
  const v = getVersion(ctx, versionId);
  const row = v.key.find((k) => k.municipalityId === p.municipalityId);
  if (!row) throw fieldError('municipalityId', `Kommunen er ikke med i fordelingsnøglen for ${p.year} (version ${v.version}).`);
  const count = v.instalmentDueDates.length;
  if (p.instalment !== null && p.instalment > count) {
    throw fieldError('instalment', `Rate ${p.instalment} findes ikke: version ${v.version} af ${p.year} har ${count === 1 ? '1 rate' : `${count} rater`}.`);
  }
  if (!p.paidOn.startsWith(`${p.year}-`)) throw fieldError('paidOn', `Betalt den skal ligge i ${p.year} (indbetalingen er for ${p.year}).`);
  if (p.paidOn > ctx.today()) throw fieldError('paidOn', `Betalt den (${formatDate(p.paidOn)}) ligger i fremtiden.`);
  if (p.amountOere > row.amountOere) {
    throw fieldError(
      'amountOere',
      `Beløb ${formatKroner(p.amountOere)} er mere end ${row.name} er opkrævet for hele ${p.year} (${formatKroner(row.amountOere)}). Tjek beløbet.`,
    );
  }
}

export function addPayment(ctx: BackendContext, p: PaymentInput): Payment {
  checkPayment(ctx, p);
  const info = ctx.db
    .prepare('INSERT INTO billing_payments (year, municipality_id, instalment, paid_on, amount_oere, note, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(p.year, p.municipalityId, p.instalment, p.paidOn, p.amountOere, p.note, ctx.today());
  const id = Number(info.lastInsertRowid);
  const saved = paymentsOfYear(ctx.db, p.year).find((x) => x.id === id);
  if (!saved) throw notFound('id', 'Indbetalingen blev ikke gemt.');
  return saved;
}

/** Deletes a payment (a mistyped one); an issued settlement keeps what it was issued with. Returns the year's overview. */
export function deletePayment(ctx: BackendContext, id: number): PaymentsOverview {
  const row = ctx.db.prepare('SELECT year FROM billing_payments WHERE id = ?').get(id) as { year: number } | undefined;
  if (!row) throw notFound('id', 'Indbetalingen findes ikke.');
  ctx.db.prepare('DELETE FROM billing_payments WHERE id = ?').run(id);
  return paymentsOverview(ctx, row.year);
}
