// Every refused input of every API method: a VALIDATION error in Danish that names a field, and no write.
// Junk is built from each method's own schema (its keys, nested objects and lists), so refusals come
// from deep inside the input too, not only from the top level.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiMethods } from '../../shared/api/index';
import { ApiError } from '../../shared/errors';
import { FIELD_LABELS } from '../../shared/schemas/danishErrors';
import { dumpDatabase, makeBackend, type TestBackend } from '../helpers/backend';

const ENGLISH = /Invalid|expected|received|Too (big|small)|Unrecognized|must|should|required/;
const RUNS_PER_METHOD = 250;

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; left?: unknown; right?: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** The object shape a schema accepts at its top, seen through optional/default/pipe/intersection wrappers. */
function shapeOf(schema: unknown, depth = 0): { shape?: Record<string, unknown>; element?: unknown } {
  if (depth > 10) return {};
  const def = defOf(schema);
  if (def.type === 'object') return { shape: def.shape };
  if (def.type === 'array') return { element: def.element };
  if (def.type === 'intersection') {
    const l = shapeOf(def.left, depth + 1).shape ?? {};
    const r = shapeOf(def.right, depth + 1).shape ?? {};
    return { shape: { ...l, ...r } };
  }
  const inner = def.innerType ?? def.in;
  return inner ? shapeOf(inner, depth + 1) : {};
}

const oddKeys = fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'valueOf', 'hasOwnProperty', 'ekstra', 'x'.repeat(500));
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' ', '0001-01-01', '9999-12-31', '1899-12-31', '2101-01-01', '2026-02-30', 'x'.repeat(100_000), 'æøå'),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1.5, -0, Number.MAX_SAFE_INTEGER, 1e300),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** An object with own keys (Object.fromEntries, like JSON.parse, makes "__proto__" an own key). */
const objectOf = (entries: fc.Arbitrary<[string, unknown][]>) => entries.map((e) => Object.fromEntries(e));

function junkFor(schema: unknown, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return leaf;
  const { shape, element } = shapeOf(schema);
  const options: fc.Arbitrary<unknown>[] = [leaf];
  if (shape) {
    const keys = Object.keys(shape);
    const fieldEntries = keys.map((k) => fc.tuple(fc.constant(k), fc.oneof(junkFor(shape[k], depth + 1), leaf)));
    const known = keys.length ? fc.subarray(fieldEntries.map((_, i) => i), { minLength: 1 }) : fc.constant([] as number[]);
    options.push(
      known.chain((idx) =>
        objectOf(
          fc
            .tuple(fc.tuple(...(idx.length ? idx.map((i) => fieldEntries[i]) : [fc.tuple(fc.constant('ekstra'), leaf)])), fc.array(fc.tuple(oddKeys, leaf), { maxLength: 2 }))
            .map(([a, b]) => [...a, ...b] as [string, unknown][]),
        ),
      ),
    );
  }
  if (element) {
    options.push(fc.array(junkFor(element, depth + 1), { minLength: 1, maxLength: 3 }));
    options.push(fc.constant(Array.from({ length: 250 }, () => 1)));
  }
  return fc.oneof(...options);
}

let b: TestBackend;
beforeAll(() => {
  b = makeBackend();
});
afterAll(() => b.cleanup());

function checkRefusal(method: string, err: unknown): void {
  expect(err, method).toBeInstanceOf(ApiError);
  const e = err as ApiError;
  expect(e.code, `${method}: ${e.message}`).toBe('VALIDATION');
  expect(e.message.trim(), method).not.toBe('');
  expect(e.message, method).not.toMatch(ENGLISH);
  // What a transport sends: the field must survive JSON (an own "__proto__" key included).
  const fields = (JSON.parse(JSON.stringify(e.toBody())) as { fields: Record<string, string> }).fields;
  expect(Object.keys(fields).length, `${method}: ${e.message}`).toBeGreaterThan(0);
  for (const [key, message] of Object.entries(fields)) {
    expect(message, `${method} ${key}`).toMatch(/[a-zæøå]/i);
    expect(message, `${method} ${key}`).not.toMatch(ENGLISH);
  }
}

describe('every refused input gets a Danish message naming the field', () => {
  for (const [method, spec] of Object.entries(apiMethods)) {
    it(method, async () => {
      const schema = spec.input as z.ZodType;
      const before = dumpDatabase(b);
      await fc.assert(
        fc.asyncProperty(junkFor(schema, 0), async (input) => {
          // As the registry parses it: a missing or null input is "no input".
          fc.pre(!schema.safeParse(input ?? undefined).success);
          let caught: unknown;
          try {
            await b.registry.invoke(method, input);
          } catch (err) {
            caught = err;
          }
          checkRefusal(method, caught);
        }),
        { numRuns: RUNS_PER_METHOD, seed: 20261123 },
      );
      expect(dumpDatabase(b)).toEqual(before);
    });
  }
});

describe('field names and odd keys', () => {
  it('every input key has a Danish label for the fallback messages', () => {
    const keys = new Set<string>();
    const walk = (s: unknown, depth: number) => {
      if (depth > 12 || !s) return;
      const def = defOf(s) as Def & Record<string, unknown>;
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        keys.add(k);
        walk(v, depth + 1);
      }
      for (const f of ['innerType', 'in', 'element', 'left', 'right']) if (def[f]) walk(def[f], depth + 1);
    };
    for (const spec of Object.values(apiMethods)) walk(spec.input, 0);
    expect([...keys].filter((k) => !(k in FIELD_LABELS))).toEqual([]);
  });

  it('a "__proto__" or "constructor" key from JSON is named as an unknown field', async () => {
    for (const key of ['__proto__', 'constructor']) {
      const input = JSON.parse(`{"label": "Skole", "${key}": {"x": 1}}`) as unknown;
      const err = await b.registry.invoke('themes.create', input).catch((e: unknown) => e);
      checkRefusal('themes.create', err);
      expect(Object.prototype.hasOwnProperty.call((err as ApiError).fields, key)).toBe(true);
      expect((err as ApiError).fields[key]).toBe(`Ukendt felt: ${key}.`);
    }
  });

  it('names the nested field of a wrong type inside a list', async () => {
    const err = (await b.registry
      .invoke('survey.save', { year: 2026, invitations: 10, respondents: 5, questions: [{ text: 'Godt?', counts: 7 }] })
      .catch((e: unknown) => e)) as ApiError;
    checkRefusal('survey.save', err);
    expect(err.fields['questions.0.counts']).toBe('Svarfordeling (nr. 1) skal være en gruppe af felter.');
  });

  it('writes large limits the Danish way (1.000.000), a year as a year', () => {
    const big = z.object({ antal: z.number().max(1_000_000) }).safeParse({ antal: 2_000_000 });
    expect(big.success ? '' : big.error.issues[0].message).toMatch(/1\.000\.000\./);
    const year = z.object({ aar: z.number().max(2100) }).safeParse({ aar: 2200 });
    expect(year.success ? '' : year.error.issues[0].message).toMatch(/ 2100\./);
  });
});
