// Building blocks for input schemas: every message is Danish and names the field.
import { z } from 'zod';
import { isIsoDate, parseDanishDate, parseDanishNumber } from '../format';
import { isValidEan } from '../ean';
import { installDanishErrors } from './danishErrors';

// Every input schema imports this module, so zod's fallback messages are Danish wherever schemas are used.
installDanishErrors();

/** Dates outside this span are typing errors (0026 for 2026), not real dates in a mentor corps' work. */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';
const inDateRange = (v: string) => v >= DATE_MIN && v <= DATE_MAX;
const rangeMessage = (label: string) => `${label} skal ligge mellem 1900 og 2100.`;

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} skal udfyldes.` })
    .trim()
    .min(1, { error: `${label} skal udfyldes.` })
    .max(max, { error: `${label} må højst være ${max} tegn.` });

/** Optional text: empty string and missing both become null. */
export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label} skal være tekst.` })
    .trim()
    .max(max, { error: `${label} må højst være ${max} tegn.` })
    .nullish()
    .transform((v) => (v ? v : null));

/** A date as the coordinator types it (31.12.2026) or as ISO; anything else stays as typed, so the check below names the field. */
const danishDateText = (v: string) => parseDanishDate(v) ?? v;

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} skal udfyldes.` })
    .transform(danishDateText)
    // No `abort`: an explicit abort would also skip the object's cross-field checks (zod 4); `when` keeps one message per date.
    .refine(isIsoDate, { error: `${label} er ikke en gyldig dato.` })
    .refine(inDateRange, { error: rangeMessage(label), when: (p) => typeof p.value === 'string' && isIsoDate(p.value) });

export const optionalIsoDate = (label: string) =>
  z
    .string({ error: `${label} er ikke en gyldig dato.` })
    .nullish()
    .transform((v) => (v && v.trim() ? danishDateText(v) : null))
    .refine((v) => v === null || isIsoDate(v), { error: `${label} er ikke en gyldig dato.` })
    .refine((v) => v === null || inDateRange(v), { error: rangeMessage(label), when: (p) => typeof p.value === 'string' && isIsoDate(p.value) });

export const integer = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} skal være et tal.` })
    .int({ error: `${label} skal være et helt tal.` })
    .min(min, { error: `${label} skal være mindst ${min}.` })
    .max(max, { error: `${label} må højst være ${max}.` });

/**
 * A number as the coordinator types it ("37,5", "2.500") or as a number; empty text is null (missing).
 * Text that is no number stays text, so the inner schema's message names the field. Used on both sides:
 * a form's value is the API's input.
 */
export const danishNumber = <T extends z.ZodType>(inner: T) =>
  z
    .union([z.number(), z.string(), z.null()])
    .transform((v) => (typeof v === 'string' ? (v.trim() ? (parseDanishNumber(v) ?? v) : null) : v))
    // Through any: the inner schema judges what the text became (a number, null, or text it will refuse).
    .pipe(z.any().pipe(inner));

/** A reference to a row: chosen from a list, so a missing one is "not chosen". */
export const id = (label: string) =>
  z
    .number({ error: `${label} skal vælges.` })
    .int({ error: `${label} skal vælges.` })
    .min(1, { error: `${label} skal vælges.` });

export const optionalEmail = (label: string) =>
  optionalText(label, 200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    error: `${label} er ikke en gyldig e-mailadresse.`,
  });

/** Removes the spaces (or dashes) typed to group digits, e.g. "5798 0000 04610", before the check; the number is stored without them. */
export const withoutSpaces = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v);

const eanMessage = (label: string) => `${label} skal være 13 cifre med korrekt kontrolciffer.`;

export const optionalEan = (label: string) =>
  z.preprocess(withoutSpaces, optionalText(label, 13).refine((v) => v === null || isValidEan(v), { error: eanMessage(label) }));

export const requiredEan = (label: string) => z.preprocess(withoutSpaces, requiredText(label, 13).refine(isValidEan, { error: eanMessage(label) }));

/** Adds "to before from" as an error on the `to` field. */
export function checkPeriod(
  from: string | null,
  to: string | null,
  toField: string,
  toLabel: string,
  fromLabel: string,
  ctx: z.RefinementCtx,
) {
  if (from && to && to < from) {
    ctx.addIssue({ code: 'custom', path: [toField], message: `${toLabel} må ikke ligge før ${fromLabel.toLowerCase()}.` });
  }
}

export const emptyInput = z.strictObject({}, { error: 'Forventede ingen felter.' }).optional().default({});
