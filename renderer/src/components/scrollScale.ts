// Scaled scrolling for lists taller than a browser can lay out. Chromium caps an element at about
// 33.5 million px (2^25), so 1,000,000 rows of 46 px cannot be one tall spacer. We chose scaling over
// paging because it keeps one list with one scrollbar and the keyboard use of any scroll region:
// below MAX_SPACER the spacer is the real height and scrolling is 1:1; above it the spacer is capped
// and the scrollbar's position maps linearly onto the rows (top = first row, bottom = last row).
// Pure numbers only: PagedTable feeds it the measured sizes.

/** A safe spacer height, a third of Chromium's limit (zoom and rounding stay far from it). */
export const MAX_SPACER = 10_000_000;

export interface Geometry {
  rows: number;
  rowHeight: number;
  /** Height of the part of the scroll box that shows rows (the box minus its sticky header). */
  viewport: number;
  maxSpacer?: number;
}

export interface Scale {
  /** Height of the rows' spacer in the page (px). */
  spacer: number;
  /** Largest scroll offset of the rows (px, as if every row were laid out). */
  virtualMax: number;
  /** Largest scroll offset the browser allows over the spacer. */
  physicalMax: number;
  scaled: boolean;
}

export function scaleOf({ rows, rowHeight, viewport, maxSpacer = MAX_SPACER }: Geometry): Scale {
  const full = Math.max(0, rows) * rowHeight;
  const spacer = Math.min(full, maxSpacer);
  const view = Math.max(0, viewport);
  return { spacer, virtualMax: Math.max(0, full - view), physicalMax: Math.max(0, spacer - view), scaled: full > maxSpacer };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The rows' offset shown at a scroll position: 1:1 unless scaled; the ends map onto the ends. */
export function toVirtual(scale: Scale, physical: number): number {
  if (!scale.scaled) return clamp(physical, 0, scale.virtualMax);
  if (scale.physicalMax <= 0) return 0;
  if (physical >= scale.physicalMax) return scale.virtualMax;
  return clamp((physical * scale.virtualMax) / scale.physicalMax, 0, scale.virtualMax);
}

/** The scroll position that shows the rows from `virtual` (the inverse of toVirtual). */
export function toPhysical(scale: Scale, virtual: number): number {
  if (!scale.scaled) return clamp(virtual, 0, scale.physicalMax);
  if (scale.virtualMax <= 0) return 0;
  return clamp((virtual * scale.physicalMax) / scale.virtualMax, 0, scale.physicalMax);
}

/** The offset that puts row `index` (0-based) at the top, as far as the end allows. */
export function offsetOfRow(scale: Scale, index: number, rowHeight: number): number {
  return clamp(index * rowHeight, 0, scale.virtualMax);
}

export interface RowWindow {
  /** First and last row to render (inclusive); last < first when there are none. */
  first: number;
  last: number;
  /** Spacer heights above and below the rendered rows. */
  padTop: number;
  padBottom: number;
}

/**
 * The rows to render for scroll position `physical` showing offset `virtual`: each row sits where it
 * appears on screen (physical + its offset − virtual), so the rows move 1:1 with the content between
 * scroll events, and the spacers always add up to the spacer height.
 */
export function windowOf(scale: Scale, g: Geometry, physical: number, virtual: number, overscan = 10): RowWindow {
  const { rows, rowHeight: h } = g;
  if (rows <= 0) return { first: 0, last: -1, padTop: 0, padBottom: scale.spacer };
  const shift = virtual - physical; // 0 unless scaled
  let first = Math.max(0, Math.floor(virtual / h) - overscan, Math.ceil(shift / h));
  let last = Math.min(rows - 1, Math.ceil((virtual + g.viewport) / h) + overscan, Math.floor((scale.spacer + shift) / h) - 1);
  first = Math.min(first, rows - 1);
  last = Math.max(last, first - 1);
  const padTop = Math.max(0, first * h - shift);
  const padBottom = Math.max(0, scale.spacer - padTop - (last - first + 1) * h);
  return { first, last, padTop, padBottom };
}

/** The 0-based row for a typed row number ("729.445" or "729445"), or null when it is not one of 1…total. */
export function rowOfText(text: string, total: number): number | null {
  const digits = text.trim().replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= total ? n - 1 : null;
}
