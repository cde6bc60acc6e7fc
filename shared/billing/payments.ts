// How the payments a municipality made settle its instalments: the one rule the overview, the
// settlement and the tests share. Pure (amounts in øre, dates ISO).
import { sum } from './key';
import type { InstalmentStatus } from './types';

export interface PaymentLike {
  /** 1-based; null (or a number the version does not have) when not tied to an instalment. */
  instalment: number | null;
  amountOere: number;
}

export interface InstalmentBill {
  dueDate: string;
  billedOere: number;
}

/**
 * A payment tied to an instalment counts for that instalment up to its amount; what is left of it, and
 * every untied payment, fills the earliest instalments that are still outstanding. What is left after
 * all instalments are paid stays on the last instalment (overpaid), so the instalments' paid amounts
 * always add up to everything paid.
 */
export function applyPayments(bills: readonly InstalmentBill[], payments: readonly PaymentLike[], today: string): InstalmentStatus[] {
  const paid = bills.map(() => 0);
  let pool = 0;
  for (const p of payments) {
    const i = p.instalment === null ? -1 : p.instalment - 1;
    if (i < 0 || i >= bills.length) {
      pool += p.amountOere;
      continue;
    }
    const counted = Math.min(p.amountOere, Math.max(0, bills[i].billedOere - paid[i]));
    paid[i] += counted;
    pool += p.amountOere - counted;
  }
  bills.forEach((b, i) => {
    const fill = Math.min(pool, b.billedOere - paid[i]);
    paid[i] += fill;
    pool -= fill;
  });
  if (bills.length) paid[bills.length - 1] += pool;
  return bills.map((b, i) => {
    const outstandingOere = Math.max(0, b.billedOere - paid[i]);
    return { number: i + 1, dueDate: b.dueDate, billedOere: b.billedOere, paidOere: paid[i], outstandingOere, overdue: outstandingOere > 0 && b.dueDate < today };
  });
}

/** What is overdue: the outstanding amounts of the instalments whose due date has passed. */
export const overdueOf = (instalments: readonly InstalmentStatus[]): number => sum(instalments.filter((s) => s.overdue).map((s) => s.outstandingOere));
