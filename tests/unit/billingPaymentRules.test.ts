// The pure rules of payments and settlement: how payments settle instalments, and the settlement against what was paid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKey, computeSettlement, sum } from '../../shared/billing/key';
import { applyPayments, overdueOf } from '../../shared/billing/payments';

const DUE = ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'];
const bills = (amounts: number[]) => amounts.map((billedOere, i) => ({ dueDate: DUE[i] ?? `2027-12-${String(i).padStart(2, '0')}`, billedOere }));

const amounts = fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 4 });
const payment = (n: number) =>
  fc.record({
    // Numbers beyond the version's instalments (a payment tied in an older version) count as untied.
    instalment: fc.option(fc.integer({ min: 1, max: n + 1 }), { nil: null }),
    amountOere: fc.integer({ min: 1, max: 30_000_000 }),
  });
const case_ = amounts.chain((billed) => fc.tuple(fc.constant(billed), fc.array(payment(billed.length), { maxLength: 8 })));
const today = fc.constantFrom('2026-12-31', '2027-02-15', '2027-06-30', '2028-01-01');

describe('applyPayments', () => {
  it('counts every øre paid once: the instalments paid add up to all payments', () => {
    fc.assert(
      fc.property(case_, today, ([billed, payments], day) => {
        const status = applyPayments(bills(billed), payments, day);
        expect(sum(status.map((s) => s.paidOere))).toBe(sum(payments.map((p) => p.amountOere)));
        for (const s of status) expect(s.outstandingOere).toBe(Math.max(0, s.billedOere - s.paidOere));
      }),
    );
  });

  it('outstanding + paid = billed per instalment and in all when nothing is overpaid', () => {
    fc.assert(
      fc.property(
        case_.filter(([billed, payments]) => sum(payments.map((p) => p.amountOere)) <= sum(billed)),
        today,
        ([billed, payments], day) => {
          const status = applyPayments(bills(billed), payments, day);
          status.forEach((s, i) => {
            expect(s.billedOere).toBe(billed[i]);
            expect(s.outstandingOere + s.paidOere).toBe(s.billedOere);
          });
          expect(sum(status.map((s) => s.outstandingOere)) + sum(payments.map((p) => p.amountOere))).toBe(sum(billed));
        },
      ),
    );
  });

  it('untied payments fill the earliest instalments first', () => {
    fc.assert(
      fc.property(amounts, fc.array(fc.integer({ min: 1, max: 30_000_000 }), { maxLength: 6 }), (billed, paid) => {
        const status = applyPayments(
          bills(billed),
          paid.map((amountOere) => ({ instalment: null, amountOere })),
          '2027-06-30',
        );
        // Once an instalment is still outstanding, no later one has been paid anything.
        const firstOpen = status.findIndex((s) => s.outstandingOere > 0);
        if (firstOpen >= 0) for (const s of status.slice(firstOpen + 1)) expect(s.paidOere).toBe(0);
      }),
    );
  });

  it('is overdue only when the due date has passed and something is outstanding', () => {
    fc.assert(
      fc.property(case_, today, ([billed, payments], day) => {
        const status = applyPayments(bills(billed), payments, day);
        for (const s of status) expect(s.overdue).toBe(s.dueDate < day && s.outstandingOere > 0);
        expect(overdueOf(status)).toBe(sum(status.filter((s) => s.dueDate < day).map((s) => s.outstandingOere)));
      }),
    );
  });

  it('counts a payment tied to an instalment for it, and its excess for the earliest open one', () => {
    const status = applyPayments(bills([100, 100, 100]), [{ instalment: 3, amountOere: 150 }], '2027-05-01');
    expect(status.map((s) => [s.paidOere, s.outstandingOere, s.overdue])).toEqual([
      [50, 50, true],
      [0, 100, true],
      [100, 0, false],
    ]);
    const over = applyPayments(bills([100, 100]), [{ instalment: null, amountOere: 250 }], '2027-05-01');
    expect(over.map((s) => s.paidOere)).toEqual([100, 150]);
  });
});

describe('settlement against what was paid', () => {
  it('splits the actual cost exactly and settles each municipality against its payments', () => {
    const weights = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }).filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(fc.integer({ min: 0, max: 200_000_000 }), { maxLength: 20 }), (ws, budget, actual, paidList) => {
        const ps = ws.map((students, i) => ({ municipalityId: i + 1, code: 100 + i, students }));
        const billed = computeKey(ps, budget, 4).map((k) => k.amountOere);
        const paid = ps.map((_, i) => paidList[i] ?? billed[i]);
        const lines = computeSettlement(ps, paid, actual);
        expect(sum(lines.map((l) => l.actualShareOere))).toBe(actual);
        expect(sum(lines.map((l) => l.differenceOere))).toBe(actual - sum(paid));
        lines.forEach((l, i) => {
          expect(l.paidOere).toBe(paid[i]);
          expect(l.differenceOere).toBe(l.actualShareOere - paid[i]);
        });
      }),
    );
  });
});
