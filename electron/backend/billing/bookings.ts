// What the finance system books for an issued version or settlement: one statement per municipality,
// each with the lines to book. Shared by the debtor file and the Peppol invoices so both say the same.
//
// The rule (also in the README and the debtor file's explanation sheet):
// - opkrævning, version 1: one line per instalment, the instalment's amount and due date;
// - opkrævning, version 2 and later: per instalment the DIFFERENCE from the newest earlier issued
//   version (new instalment − previous instalment; an instalment only one of them has counts as 0 in
//   the other), so what was booked already is not booked twice. A municipality left out of the new
//   version gets its whole previous amount back as negative lines;
// - efterregulering: one line, the settlement's difference (share of the actual cost − paid), due on the
//   settlement's own due date;
// - a line of 0,00 kr. has nothing to book and is left out.
import type { BillingKeyRow, BillingVersion, MunicipalityReference, StatementKind } from '../../../shared/billing/types';
import { fieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { statementNumbersOf } from './numbers';
import { getVersion } from './store';

export interface BookingLine {
  /** Instalment number (1-based) for an opkrævning, null for an efterregulering. */
  instalment: number | null;
  instalmentCount: number;
  text: string;
  amountOere: number;
  dueDate: string;
}

export interface BookingStatement {
  municipalityId: number;
  name: string;
  code: number;
  ean: string | null;
  address: string | null;
  /** Null only for statements issued before numbers existed, and for a municipality left out of a new version. */
  statementNumber: string | null;
  reference: MunicipalityReference;
  /** False for a municipality that is only in the previous version (no statement of its own to print). */
  inKey: boolean;
  lines: BookingLine[];
  totalOere: number;
}

export interface Bookings {
  kind: StatementKind;
  version: BillingVersion;
  /** The version the differences are taken from (opkrævning, version 2 and later); null otherwise. */
  previous: BillingVersion | null;
  issueDate: string;
  periodStart: string;
  periodEnd: string;
  statements: BookingStatement[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The issued version's or settlement's statements to book; a draft or an unissued settlement is refused. */
export function bookingsOf(ctx: BackendContext, id: number, kind: StatementKind): Bookings {
  const v = getVersion(ctx, id);
  const period = { periodStart: `${v.year}-01-01`, periodEnd: `${v.year}-12-31` };
  // The statements' own numbers; read from the numbers table too, where a version issued before the frozen snapshot has none in it.
  const numbers = statementNumbersOf(ctx.db, v.id, kind);
  const numberOf = (k: { municipalityId: number; statementNumber?: string | null }) => k.statementNumber ?? numbers.get(k.municipalityId) ?? null;
  if (kind === 'efterregulering') {
    const s = v.settlement;
    if (!s) throw fieldError('id', `Der er ikke indtastet en efterregulering for ${v.year}.`);
    if (!s.issuedOn || !s.dueDate) throw fieldError('id', `Efterreguleringen for ${v.year} er ikke udstedt endnu. Udsted den, før filerne til økonomisystemet laves.`);
    const dueDate = s.dueDate;
    const byId = new Map(v.key.map((k) => [k.municipalityId, k]));
    const statements = s.rows.map((r): BookingStatement => {
      const k = byId.get(r.municipalityId);
      const line: BookingLine = { instalment: null, instalmentCount: 1, text: `${v.corpsName} ${v.year}, efterregulering`, amountOere: r.differenceOere, dueDate };
      const lines = r.differenceOere === 0 ? [] : [line];
      return {
        municipalityId: r.municipalityId,
        name: r.name,
        code: r.code,
        ean: k?.ean ?? null,
        address: k?.address ?? null,
        statementNumber: numberOf(r),
        reference: k?.reference ?? { financeReference: null, orderNumber: null, accountString: null, paymentTermsDays: null },
        inKey: true,
        lines,
        totalOere: r.differenceOere,
      };
    });
    return { kind, version: v, previous: null, issueDate: s.issuedOn, ...period, statements };
  }
  if (!v.lockedOn) {
    throw fieldError('id', `Version ${v.version} af ${v.year} er en kladde. Udsted opkrævningerne, før filerne til økonomisystemet laves.`);
  }
  const previousSummary = [...v.history].reverse().find((h) => h.version < v.version && h.lockedOn);
  const previous = previousSummary ? getVersion(ctx, previousSummary.id) : null;
  const before = new Map((previous?.key ?? []).map((k) => [k.municipalityId, k]));
  const statements = v.key.map((k) => statementOf(v, previous, k, before.get(k.municipalityId) ?? null, numberOf(k)));
  // Left out of this version: what they were billed before comes back.
  const kept = new Set(v.key.map((k) => k.municipalityId));
  for (const old of previous?.key ?? []) {
    if (!kept.has(old.municipalityId)) statements.push({ ...statementOf(v, previous, null, old, null), inKey: false });
  }
  return { kind, version: v, previous, issueDate: v.lockedOn, ...period, statements };
}

function statementOf(v: BillingVersion, previous: BillingVersion | null, now: BillingKeyRow | null, before: BillingKeyRow | null, statementNumber: string | null): BookingStatement {
  const row = (now ?? before) as BillingKeyRow;
  const count = Math.max(v.instalmentDueDates.length, previous?.instalmentDueDates.length ?? 0);
  const lines: BookingLine[] = [];
  for (let i = 0; i < count; i++) {
    const amount = (now?.instalmentsOere[i] ?? 0) - (previous ? (before?.instalmentsOere[i] ?? 0) : 0);
    const dueDate = v.instalmentDueDates[i] ?? previous?.instalmentDueDates[i];
    if (!dueDate) continue;
    const rate = `${v.corpsName} ${v.year}, rate ${i + 1} af ${count}`;
    const text = previous ? `${rate}, regulering i version ${v.version}${now ? '' : ' (udgår af nøglen)'}` : rate;
    // Nothing to book (0 kr., or unchanged since the previous version): no line.
    if (amount === 0) continue;
    lines.push({ instalment: i + 1, instalmentCount: count, text, amountOere: amount, dueDate });
  }
  return {
    municipalityId: row.municipalityId,
    name: row.name,
    code: row.code,
    ean: row.ean,
    address: row.address,
    statementNumber,
    reference: row.reference,
    inKey: true,
    lines,
    totalOere: sum(lines.map((l) => l.amountOere)),
  };
}
