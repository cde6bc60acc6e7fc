// Danish CVR numbers: 8 digits, the first not 0, with the modulus-11 check of the CVR register
// (weights 2, 7, 6, 5, 4, 3, 2, 1; the weighted sum is divisible by 11).
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(cvr[i]), 0);
  return sum % 11 === 0;
}
