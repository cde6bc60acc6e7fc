// Dates in the API lie between 1900-01-01 and 2100-12-31: year 0026 or 9999 is a typing error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiMethods } from '../../shared/api/index';
import { isoDate, optionalIsoDate } from '../../shared/schemas/common';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

const OUTSIDE = ['0001-01-01', '0026-05-01', '1899-12-31', '2101-01-01', '9999-12-31'];
const EDGES = ['1900-01-01', '2100-12-31'];

type Def = Record<string, unknown> & { shape?: Record<string, z.ZodType> };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Every field schema of every method, with its path, seen through wrappers. */
function fieldsOf(schema: unknown, path: string, out: [string, z.ZodType][], depth = 0): [string, z.ZodType][] {
  if (depth > 12) return out;
  const def = defOf(schema);
  for (const [k, v] of Object.entries(def.shape ?? {})) {
    out.push([`${path}.${k}`, v]);
    fieldsOf(v, `${path}.${k}`, out, depth + 1);
  }
  for (const f of ['innerType', 'in', 'element', 'left', 'right']) {
    if (def[f]) {
      if (f === 'element') out.push([`${path}.0`, def[f] as z.ZodType]);
      fieldsOf(def[f], f === 'element' ? `${path}.0` : path, out, depth + 1);
    }
  }
  return out;
}

describe('the date building blocks', () => {
  it.each(OUTSIDE)('refuse %s with a Danish message naming the field', (d) => {
    for (const schema of [isoDate('Aktiv fra'), optionalIsoDate('Aktiv fra')]) {
      const r = schema.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(['Aktiv fra skal ligge mellem 1900 og 2100.']);
    }
  });
  it('accept the first and last day of the span, and an invalid day is still "not a valid date"', () => {
    for (const d of EDGES) expect(isoDate('Dato').parse(d)).toBe(d);
    expect(isoDate('Dato').safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['Dato er ikke en gyldig dato.']);
  });
});

describe('every date field of every method', () => {
  const dateFields: string[] = [];
  for (const [method, spec] of Object.entries(apiMethods)) {
    for (const [path, field] of fieldsOf(spec.input, method, [])) {
      // A date field: takes an ordinary date, refuses text and digits that are not one.
      if (field.safeParse('2026-05-01').success && !field.safeParse('ikke en dato').success && !field.safeParse('20260501').success) dateFields.push(path);
      else continue;
      it(`${path} keeps to 1900–2100`, () => {
        for (const d of EDGES) expect(field.safeParse(d).success, d).toBe(true);
        for (const d of OUTSIDE) {
          const r = field.safeParse(d);
          expect(r.success, d).toBe(false);
          expect(r.error?.issues[0].message, d).toMatch(/skal ligge mellem 1900 og 2100\.$/);
        }
      });
    }
  }
  it('finds the date fields', () => {
    expect(dateFields).toContain('mentors.create.activeFrom');
    expect(dateFields).toContain('billing.create.instalmentDueDates.0');
    expect(dateFields).toContain('contacts.list.from');
    expect(dateFields.length).toBeGreaterThan(20);
  });
});

describe('through the registry', () => {
  let b: TestBackend;
  beforeEach(() => {
    b = makeBackend();
  });
  afterEach(() => b.cleanup());

  it('refuses a mentor active from year 0001 and names the field', async () => {
    const m = await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const input = { name: 'Åse', profession: 'ergoterapeut', employerMunicipalityId: m.id, hoursPerWeek: 37, activeFrom: '0001-08-01' };
    const err = await expectRefused(b, 'mentors.create', input, 'activeFrom');
    expect(err.fields.activeFrom).toBe('Aktiv fra skal ligge mellem 1900 og 2100.');
    await expectRefused(b, 'municipalities.update', { id: m.id, data: { name: 'Odense', code: 461, participatingTo: '9999-12-31' } }, 'data.participatingTo');
  });
});
