// Small numbers in published cells: a count of 1–2 persons could point at a person, so it is shown as
// "<3", and a share whose numerator or denominator is 1–2 persons is not shown. Zero is shown: it
// points at no one. Meant for every published cell (PDF, workbook, CSV); publish.ts applies it to whole tables.

export const SMALL_COUNT_MAX = 2;
export const SUPPRESSED_COUNT = '<3';
/** Statistics Denmark's mark for a figure withheld for discretion. */
export const SUPPRESSED_SHARE = '..';

export const SMALL_NUMBERS_RULE =
  'Antal på 1–2 personer vises som "<3", og en andel, hvis tæller eller nævner er 1–2 personer, vises ikke (".."). Et antal, der ellers kunne regnes ud som totalen minus resten, vises heller ikke (".."); totalerne er de sande.';

export const isSmall = (n: number | null) => n !== null && n > 0 && n <= SMALL_COUNT_MAX;

/** A count of persons as published: the number, or "<3". */
export function publishedCount(n: number | null): number | string | null {
  return isSmall(n) ? SUPPRESSED_COUNT : n;
}

/** A share of persons as published: the share (null without a denominator), or ".." when either count is 1–2. */
export function publishedShare(numerator: number, denominator: number, share: number | null): number | string | null {
  return isSmall(numerator) || isSmall(denominator) ? SUPPRESSED_SHARE : share;
}
