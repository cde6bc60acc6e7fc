// The billing key: split an amount in øre by weights (student counts) so the parts are whole øre,
// each within one øre of its exact share, and add up to the amount exactly (largest remainder).
// Exact arithmetic in BigInt: 1e11 øre × a student count can exceed 2^53.

export interface AllocationItem {
  /** The weight, e.g. number of students: a non-negative integer. */
  weight: number;
  /** Tie-break order: with equal remainders and equal weights, the lower rank gets the extra øre first. */
  rank: number;
}

/**
 * The stated tie-break rule, as shown to the municipalities:
 * the remaining øre go to the largest remainders; with equal remainders, to the larger weight;
 * then to the lower rank (the caller uses the municipality code, or the instalment's number).
 */
export const TIE_BREAK_RULE =
  'Beløbene er beregnet i hele øre efter største-rest-metoden: hver kommune får sin andel rundet ned til hele øre, ' +
  'og de resterende øre fordeles én ad gangen til de kommuner, der har den største rest. ' +
  'Ved lige store rester går øren først til kommunen med flest elever og derefter til den laveste kommunekode.';

export function allocate(total: number, items: readonly AllocationItem[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('Beløbet skal være et ikke-negativt helt antal øre.');
  for (const it of items) {
    if (!Number.isSafeInteger(it.weight) || it.weight < 0) throw new RangeError('Vægte skal være ikke-negative hele tal.');
  }
  const sumWeights = items.reduce((s, it) => s + BigInt(it.weight), 0n);
  if (sumWeights === 0n) {
    if (total === 0) return items.map(() => 0);
    throw new RangeError('Summen af vægtene skal være større end 0.');
  }
  const big = BigInt(total);
  const floors = items.map((it) => (big * BigInt(it.weight)) / sumWeights);
  const remainders = items.map((it) => (big * BigInt(it.weight)) % sumWeights);
  let left = big - floors.reduce((s, f) => s + f, 0n);
  const order = items
    .map((_, i) => i)
    .sort((a, b) => {
      if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
      if (items[a].weight !== items[b].weight) return items[b].weight - items[a].weight;
      return items[a].rank - items[b].rank || a - b;
    });
  const result = floors.slice();
  for (const i of order) {
    if (left === 0n) break;
    result[i] += 1n;
    left -= 1n;
  }
  return result.map(Number);
}

/** Splits an amount into n instalments that add up exactly; earlier instalments take the odd øre. */
export function splitInstalments(amount: number, count: number): number[] {
  return allocate(
    amount,
    Array.from({ length: count }, (_, i) => ({ weight: 1, rank: i })),
  );
}

/** Shares in hundredths of a percent (basis points) that add up to exactly 100,00 %. */
export function sharesInBasisPoints(weights: readonly AllocationItem[]): number[] {
  return allocate(10_000, weights);
}
