import { describe, expect, it } from 'vitest';
import { eanCheckDigit, isValidEan } from '../../shared/ean';
import { demoEan } from '../../electron/backend/demo/roster';

describe('EAN / GLN check digit', () => {
  it('accepts a known valid GLN and rejects a changed check digit', () => {
    expect(eanCheckDigit('400638133393')).toBe(1);
    expect(isValidEan('4006381333931')).toBe(true);
    expect(isValidEan('4006381333932')).toBe(false);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidEan('400638133393')).toBe(false);
    expect(isValidEan('40063813339310')).toBe(false);
    expect(isValidEan('40063813339a1')).toBe(false);
  });

  it('demo EANs are valid', () => {
    for (const code of [410, 461, 492]) expect(isValidEan(demoEan(code))).toBe(true);
  });
});
