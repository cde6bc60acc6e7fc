// The paged table's scroll mapping: every row of a million reachable, 1:1 for ordinary lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SPACER, offsetOfRow, rowOfText, scaleOf, toPhysical, toVirtual, windowOf, type Geometry } from '../../renderer/src/components/scrollScale';

const H = 46;
const million: Geometry = { rows: 1_000_000, rowHeight: H, viewport: 554 };
/** Chromium's largest element height (2^25 px): a spacer above it cannot be laid out. */
const CHROMIUM_MAX = 33_554_432;

/** The rows whose top edge lies in the viewport at `physical` (as the screen shows them). */
function rowsOnScreen(g: Geometry, physical: number) {
  const scale = scaleOf(g);
  const virtual = toVirtual(scale, physical);
  const w = windowOf(scale, g, physical, virtual);
  const shown: number[] = [];
  for (let i = w.first; i <= w.last; i++) {
    const top = w.padTop + (i - w.first) * H - physical; // position inside the viewport
    if (top >= -H / 2 && top + H / 2 <= g.viewport) shown.push(i);
  }
  return { scale, w, shown };
}

describe('scroll scale', () => {
  it('is 1:1 below the threshold (a spacer as tall as the rows)', () => {
    const g: Geometry = { rows: 5_000, rowHeight: H, viewport: 554 };
    const scale = scaleOf(g);
    expect(scale.scaled).toBe(false);
    expect(scale.spacer).toBe(5_000 * H);
    for (const p of [0, 1, 460, 123_456, scale.physicalMax]) {
      expect(toVirtual(scale, p)).toBe(p);
      expect(toPhysical(scale, p)).toBe(p);
    }
    const w = windowOf(scale, g, 4_600, 4_600, 10);
    expect(w.first).toBe(90);
    expect(w.padTop).toBe(90 * H);
    expect(w.padTop + (w.last - w.first + 1) * H + w.padBottom).toBe(scale.spacer);
  });

  it('caps the spacer of a million rows far below Chromium’s limit', () => {
    const scale = scaleOf(million);
    expect(scale.scaled).toBe(true);
    expect(scale.spacer).toBe(MAX_SPACER);
    expect(scale.spacer).toBeLessThan(CHROMIUM_MAX);
    expect(1_000_000 * H).toBeGreaterThan(CHROMIUM_MAX); // why it is needed
  });

  it('reaches the first row at the top and the last row at the bottom', () => {
    const top = rowsOnScreen(million, 0);
    expect(top.shown[0]).toBe(0);
    expect(top.w.padTop).toBe(0);
    const bottom = rowsOnScreen(million, scaleOf(million).physicalMax);
    expect(bottom.shown.at(-1)).toBe(999_999);
    expect(bottom.w.last).toBe(999_999);
    expect(bottom.w.padBottom).toBe(0);
    // Row 729,445 and beyond, unreachable with a 1:1 spacer, are on screen at some scroll position.
    const scale = scaleOf(million);
    for (const row of [729_444, 729_445, 900_000, 999_998]) {
      const p = toPhysical(scale, offsetOfRow(scale, row, H));
      expect(rowsOnScreen(million, p).shown).toContain(row);
    }
  });

  it('maps monotonically, inverts, and keeps the spacers summing to the spacer height', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 46, max: 2_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, viewport, a, b) => {
        const g: Geometry = { rows, rowHeight: H, viewport };
        const scale = scaleOf(g);
        const [p1, p2] = [a, b].map((x) => x * scale.physicalMax).sort((x, y) => x - y);
        expect(toVirtual(scale, p1)).toBeLessThanOrEqual(toVirtual(scale, p2));
        expect(toVirtual(scale, scale.physicalMax)).toBe(scale.virtualMax);
        expect(toVirtual(scale, 0)).toBe(0);
        const v = a * scale.virtualMax;
        expect(Math.abs(toVirtual(scale, toPhysical(scale, v)) - v)).toBeLessThan(1e-6 * Math.max(1, v));
        const w = windowOf(scale, g, p1, toVirtual(scale, p1));
        expect(w.padTop).toBeGreaterThanOrEqual(0);
        expect(w.padBottom).toBeGreaterThanOrEqual(0);
        expect(w.padTop + (w.last - w.first + 1) * H + w.padBottom).toBeCloseTo(scale.spacer, 3);
        expect(scale.spacer).toBeLessThanOrEqual(MAX_SPACER);
      }),
    );
  });

  it('puts a wanted row at the top, and the last rows as far as the end allows', () => {
    const scale = scaleOf(million);
    expect(offsetOfRow(scale, 0, H)).toBe(0);
    expect(offsetOfRow(scale, 500_000, H)).toBe(500_000 * H);
    expect(offsetOfRow(scale, 999_999, H)).toBe(scale.virtualMax);
  });

  it('shows an empty list as an empty window', () => {
    const g: Geometry = { rows: 0, rowHeight: H, viewport: 554 };
    const w = windowOf(scaleOf(g), g, 0, 0);
    expect(w.last).toBeLessThan(w.first);
    expect(w.padTop + w.padBottom).toBe(0);
  });

  it('reads a typed row number, with or without thousands separators, within the list', () => {
    expect(rowOfText('1', 1_000_000)).toBe(0);
    expect(rowOfText('1.000.000', 1_000_000)).toBe(999_999);
    expect(rowOfText(' 729 445 ', 1_000_000)).toBe(729_444);
    for (const bad of ['0', '1.000.001', '-3', '2,5', 'abc', '']) expect(rowOfText(bad, 1_000_000)).toBeNull();
  });
});
