import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, sharesInBasisPoints, splitInstalments } from '../../shared/billing/allocation';
import { computeKey, computeSettlement, sum } from '../../shared/billing/key';
import { toCsv } from '../../shared/csv';

const MAX_BUDGET = 100_000_000_000; // 1 milliard kr. in øre

const budget = fc.integer({ min: 0, max: MAX_BUDGET });
const weights = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
  .filter((ws) => ws.some((w) => w > 0));
const asItems = (ws: number[]) => ws.map((weight, rank) => ({ weight, rank }));

describe('allocate (largest remainder)', () => {
  it('gives non-negative whole øre that add up to the budget, each within one øre of the exact share', () => {
    fc.assert(
      fc.property(budget, weights, (total, ws) => {
        const parts = allocate(total, asItems(ws));
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        expect(sum(parts)).toBe(total);
        const W = BigInt(sum(ws));
        parts.forEach((p, i) => {
          // |p - total*w/W| < 1  <=>  |p*W - total*w| < W, exactly in BigInt.
          const diff = BigInt(p) * W - BigInt(total) * BigInt(ws[i]);
          expect(diff < W && diff > -W).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a municipality with more students pay less, and one with 0 students pays 0', () => {
    fc.assert(
      fc.property(budget, weights, (total, ws) => {
        const parts = allocate(total, asItems(ws));
        for (let i = 0; i < ws.length; i++) {
          if (ws[i] === 0) expect(parts[i]).toBe(0);
          for (let j = 0; j < ws.length; j++) if (ws[i] > ws[j]) expect(parts[i]).toBeGreaterThanOrEqual(parts[j]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic and does not depend on the order of the list', () => {
    fc.assert(
      fc.property(budget, weights, (total, ws) => {
        const items = asItems(ws);
        const forward = allocate(total, items);
        const backward = allocate(total, [...items].reverse()).reverse();
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('breaks ties by the stated rule: equal counts, lower rank (municipality code) gets the extra øre', () => {
    // 100 øre over three equal counts: 33,33… each; one øre left for the lowest code.
    expect(allocate(100, [{ weight: 5, rank: 461 }, { weight: 5, rank: 410 }, { weight: 5, rank: 492 }])).toEqual([33, 34, 33]);
    // Larger remainder wins before rank: 10 øre by 1:2 -> 3,33 and 6,67 -> 3 and 7.
    expect(allocate(10, [{ weight: 1, rank: 1 }, { weight: 2, rank: 2 }])).toEqual([3, 7]);
  });

  it('is exact where floating point is not (budget × students beyond 2^53)', () => {
    const parts = allocate(MAX_BUDGET, [{ weight: 999_999, rank: 1 }, { weight: 3, rank: 2 }, { weight: 1, rank: 3 }]);
    expect(sum(parts)).toBe(MAX_BUDGET);
    // Remainders 199997, 100003 and 700003 (of 1000003): the single odd øre goes to the last.
    expect(parts).toEqual([99_999_600_001, 299_999, 100_000]);
  });

  it('refuses a negative or fractional total and an all-zero key', () => {
    expect(() => allocate(-1, asItems([1]))).toThrow(RangeError);
    expect(() => allocate(1.5, asItems([1]))).toThrow(RangeError);
    expect(() => allocate(100, asItems([0, 0]))).toThrow(RangeError);
    expect(() => allocate(100, asItems([1, -1]))).toThrow(RangeError);
  });
});

describe('instalments and shares', () => {
  it('instalments add up exactly and differ by at most one øre, the first ones taking the odd øre', () => {
    fc.assert(
      fc.property(budget, fc.constantFrom(1, 2, 4, 12), (amount, n) => {
        const parts = splitInstalments(amount, n);
        expect(parts).toHaveLength(n);
        expect(sum(parts)).toBe(amount);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        expect([...parts].sort((a, b) => b - a)).toEqual(parts);
      }),
    );
    expect(splitInstalments(1001, 4)).toEqual([251, 250, 250, 250]);
  });

  it('shares add up to exactly 100,00 %', () => {
    fc.assert(
      fc.property(weights, (ws) => {
        expect(sum(sharesInBasisPoints(asItems(ws)))).toBe(10_000);
      }),
    );
  });
});

describe('key and settlement', () => {
  const participants = [
    { municipalityId: 1, code: 461, students: 700 },
    { municipalityId: 2, code: 492, students: 0 },
    { municipalityId: 3, code: 410, students: 300 },
  ];

  it('computes amounts and instalments of the key', () => {
    const key = computeKey(participants, 1_000_000_01, 4);
    expect(key.map((k) => k.amountOere)).toEqual([70_000_001, 0, 30_000_000]);
    expect(key.map((k) => k.shareBasisPoints)).toEqual([7000, 0, 3000]);
    expect(key[0].instalmentsOere).toEqual([17_500_001, 17_500_000, 17_500_000, 17_500_000]);
  });

  it('settles exactly: the differences add up to actual cost minus what was billed', () => {
    fc.assert(
      fc.property(budget, budget, weights, (billed, actual, ws) => {
        const ps = ws.map((students, i) => ({ municipalityId: i + 1, code: 100 + i, students }));
        const paid = computeKey(ps, billed, 4).map((k) => k.amountOere);
        const lines = computeSettlement(ps, paid, actual);
        expect(sum(lines.map((l) => l.actualShareOere))).toBe(actual);
        expect(sum(lines.map((l) => l.differenceOere))).toBe(actual - billed);
        lines.forEach((l, i) => {
          expect(l.paidOere).toBe(paid[i]);
          expect(l.paidOere + l.differenceOere).toBe(l.actualShareOere);
        });
      }),
    );
  });
});

describe('CSV for Excel', () => {
  it('writes a BOM, semicolons, decimal commas and quotes where needed', () => {
    const csv = toCsv([
      ['Kommune', 'Beløb'],
      ['Ærø', 1234.5],
      ['A; "B"', -0.25],
      [null, 7],
    ]);
    expect(csv).toBe('\uFEFFKommune;Beløb\r\nÆrø;1234,5\r\n"A; ""B""";-0,25\r\n;7\r\n');
  });
});
