// Input schemas of the billing key. Messages are Danish and name the field. A form's values are this
// input too: counts and kroner may come as Danish text ("2.500", "1.234,56"), which is parsed here, on both sides.
import { z } from 'zod';
import { sum } from '../billing/key';
import { PHASES, PHASE_KEYS } from '../caseload';
import { COST_KIND_KEYS, INSTALMENT_COUNTS, MAX_BUDGET_OERE, MAX_PAYMENT_TERMS_DAYS, STATEMENT_KINDS, type BillingVersion } from '../billing/types';
import { isValidCvr } from '../cvr';
import { formatDecimal, parseDanishNumber } from '../format';
import { id, integer, isoDate, optionalEmail, optionalText, requiredEan, requiredText, withoutSpaces } from './common';

/** A CVR number as typed ("29 18 99 19"), checked with its modulus-11 digit. */
export const requiredCvr = (label: string) =>
  z.preprocess(
    withoutSpaces,
    z.string({ error: `${label} skal udfyldes.` }).refine(isValidCvr, { error: `${label} skal være 8 cifre med korrekt kontrolciffer.` }),
  );

/** An explicit yes to something unusual (0 kr.); missing means no. */
const confirmation = z.boolean({ error: 'Bekræftelse skal være ja eller nej.' }).default(false);

/** Text as typed becomes a number (empty text: null); anything else goes on as it is, so the inner schema's own message names the field. */
const typedNumber = (v: number | string | null) => (typeof v === 'string' ? (v.trim() ? (parseDanishNumber(v) ?? v) : null) : v);

/** Kroner as typed ("1.234,56") become øre; a number is øre already. Float noise (0,1 + 0,2) must not make a fraction of an øre. */
export function kronerToOere(v: number | string | null): number | string | null {
  const n = typedNumber(v);
  if (typeof v !== 'string' || typeof n !== 'number') return n;
  const oere = n * 100;
  return Math.abs(oere - Math.round(oere)) < 1e-6 ? Math.round(oere) : oere;
}

/** Øre as a form shows them for editing: 123456 -> "1.234,56" (read back by kronerToOere). */
export const oereAsKronerText = (oere: number): string => formatDecimal(oere / 100, 2);

/** A count as typed, or a number. */
const count = <T extends z.ZodType>(inner: T) => z.preprocess(typedNumber, inner);

const oere = (label: string) =>
  z.preprocess(
    kronerToOere,
    z
      .number({ error: `${label} skal være et beløb.` })
      .int({ error: `${label} skal være et helt antal øre (højst to decimaler).` })
      .min(0, { error: `${label} må ikke være negativt.` })
      .max(MAX_BUDGET_OERE, { error: `${label} må højst være 1 milliard kr.` }),
  );

/**
 * isoDate, except that "not a date" stops only this field: the key's cross-field checks still run
 * beside a mistyped date, so every error shows at the first submit.
 */
const keyDate = (label: string) => {
  const date = isoDate(label);
  return z.string({ error: `${label} skal udfyldes.` }).transform((v, ctx) => {
    const parsed = date.safeParse(v);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
};

/** An optional student count for one phase; null, empty or missing means not given (not 0). */
const phaseCount = (phase: string) =>
  count(
    z
      .number({ error: `Elevtal for ${phase} skal være et tal.` })
      .int({ error: `Elevtal for ${phase} skal være et helt tal.` })
      .min(0, { error: `Elevtal for ${phase} må ikke være negativt.` })
      .max(1_000_000, { error: `Elevtal for ${phase} må højst være 1.000.000.` })
      .nullable(),
  ).optional();

const phaseStudents = z.strictObject(Object.fromEntries(PHASE_KEYS.map((k) => [k, phaseCount(PHASES[k].toLowerCase())])) as Record<(typeof PHASE_KEYS)[number], ReturnType<typeof phaseCount>>, {
  error: 'Elevtal pr. fase skal være en liste over faser.',
});

const participant = z.strictObject({
  municipalityId: id('Kommune'),
  students: count(
    z
      .number({ error: 'Elevtal skal være et tal.' })
      .int({ error: 'Elevtal skal være et helt tal.' })
      .min(0, { error: 'Elevtal må ikke være negativt.' })
      .max(1_000_000, { error: 'Elevtal må højst være 1.000.000.' }),
  ),
  countDate: keyDate('Tælledato'),
  source: requiredText('Kilde', 200),
  /** Optional counts per phase at start (the phases the courses record), for reach by phase. */
  phaseStudents: phaseStudents.optional(),
});

const costLine = z.strictObject({
  kind: z.enum(COST_KIND_KEYS, { error: 'Udgiftstype skal vælges.' }),
  description: optionalText('Beskrivelse', 200),
  amountOere: oere('Beløb'),
});

// The cross-field checks read what parsed and skip what did not: they run beside field errors (`when`),
// so the value may hold anything a caller sent.
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const listOf = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const numberIn = (x: unknown, key: string): number | null => (isRecord(x) && typeof x[key] === 'number' ? x[key] : null);
const isIso = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);

function checkKey(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const participants = listOf(v.participants);
  if (participants.length && participants.every((p) => numberIn(p, 'students') === 0)) {
    issue(['participants'], 'Elevtal kan ikke være 0 for alle kommuner: nøglen skal have noget at fordele efter.');
  }
  const seen = new Set<number>();
  participants.forEach((p, i) => {
    const municipalityId = numberIn(p, 'municipalityId');
    if (municipalityId !== null && seen.has(municipalityId)) {
      issue(['participants', i, 'municipalityId'], 'Kommunen står der allerede: en kommune kan kun være med én gang pr. år.');
    }
    if (municipalityId !== null) seen.add(municipalityId);
    const students = numberIn(p, 'students');
    const phases = isRecord(p) ? p.phaseStudents : null;
    for (const k of PHASE_KEYS) {
      const n = numberIn(phases, k);
      if (n !== null && students !== null && n > students) {
        issue(['participants', i, 'phaseStudents', k], `Elevtal for ${PHASES[k].toLowerCase()} (${n}) må ikke være større end kommunens elevtal i alt (${students}).`);
      }
    }
  });
  const amounts = listOf(v.costLines).map((l) => numberIn(l, 'amountOere') ?? 0);
  if (sum(amounts) > MAX_BUDGET_OERE) issue(['costLines'], 'Budgettet må højst være 1 milliard kr. i alt.');
  // A budget of 0 kr. bills nobody anything: almost always a mistake, so it needs an explicit yes.
  const linesGiven = listOf(v.costLines).length > 0 && amounts.every((_, i) => numberIn(listOf(v.costLines)[i], 'amountOere') !== null);
  if (linesGiven && sum(amounts) === 0 && v.confirmZeroBudget !== true) {
    issue(['confirmZeroBudget'], 'Budgettet er 0 kr., så ingen kommune bliver opkrævet noget. Sæt kryds i "Bekræft budget på 0 kr.", hvis det er meningen.');
  }
  if (!Array.isArray(v.instalmentDueDates)) return;
  const dates = v.instalmentDueDates;
  if (!(INSTALMENT_COUNTS as readonly number[]).includes(dates.length)) issue(['instalmentDueDates'], 'Antal rater skal være 1, 2, 4 eller 12.');
  const year = typeof v.year === 'number' && Number.isInteger(v.year) ? v.year : null;
  dates.forEach((d, i) => {
    if (!isIso(d)) return;
    const before: unknown = dates[i - 1];
    if (year !== null && !d.startsWith(`${year}-`)) issue(['instalmentDueDates', i], `Forfaldsdato for rate ${i + 1} skal ligge i ${year}.`);
    else if (i > 0 && isIso(before) && d <= before) issue(['instalmentDueDates', i], `Forfaldsdato for rate ${i + 1} skal ligge efter rate ${i}.`);
  });
}

export const billingFields = z
  .strictObject({
    year: count(integer('År', 2000, 2100)),
    participants: z
      .array(participant, { error: 'Kommuner skal være en liste.' })
      .min(1, { error: 'Der skal være mindst én deltagende kommune.' })
      .max(100, { error: 'Højst 100 kommuner.' }),
    costLines: z
      .array(costLine, { error: 'Budgetlinjer skal være en liste.' })
      .min(1, { error: 'Budgettet skal have mindst én udgiftslinje.' })
      .max(50, { error: 'Højst 50 udgiftslinjer.' }),
    instalmentDueDates: z.array(keyDate('Forfaldsdato'), { error: 'Rater skal være en liste.' }),
    paymentTermsDays: count(integer('Betalingsfrist (dage)', 1, MAX_PAYMENT_TERMS_DAYS)),
    payeeName: requiredText('Betalingsmodtager', 100),
    payeeEan: requiredEan('Betalingsmodtagers EAN-nummer'),
    payeeRegNo: z.string({ error: 'Reg.nr. skal udfyldes.' }).trim().regex(/^\d{4}$/, { error: 'Reg.nr. skal være 4 cifre.' }),
    payeeAccount: z.preprocess(
      withoutSpaces,
      z.string({ error: 'Kontonummer skal udfyldes.' }).regex(/^\d{6,10}$/, { error: 'Kontonummer skal være 6–10 cifre.' }),
    ),
    payeeCvr: requiredCvr('Betalingsmodtagers CVR-nummer'),
    payeeAddress: requiredText('Betalingsmodtagers adresse', 300),
    statementText: optionalText('Tekst på opkrævningen', 1000),
    confirmZeroBudget: confirmation,
    contactName: requiredText('Kontaktperson', 100),
    contactEmail: optionalEmail('Kontaktens e-mail'),
    contactPhone: optionalText('Kontaktens telefon', 30),
  })
  // Beside field errors too (zod skips an object's refinement after a field failed unless told).
  .superRefine((v, ctx) => checkKey(v, ctx), { when: (payload) => isRecord(payload.value) });

export const billingUpdate = z.strictObject({ id: id('Version'), data: billingFields });

/** A version as billing.create/update input, to start a new year or a correction from it (øre and counts as numbers). */
export function billingInputOf(v: BillingVersion): z.input<typeof billingFields> {
  return {
    year: v.year,
    participants: v.participants.map((p) => ({ municipalityId: p.municipalityId, students: p.students, countDate: p.countDate, source: p.source, phaseStudents: p.phaseStudents })),
    costLines: v.costLines.map(({ kind, description, amountOere }) => ({ kind, description, amountOere })),
    instalmentDueDates: v.instalmentDueDates,
    paymentTermsDays: v.paymentTermsDays,
    payeeName: v.payeeName,
    payeeEan: v.payeeEan,
    payeeRegNo: v.payeeRegNo,
    payeeAccount: v.payeeAccount,
    payeeCvr: v.payeeCvr ?? '',
    payeeAddress: v.payeeAddress ?? '',
    statementText: v.statementText,
    confirmZeroBudget: v.budgetOere === 0,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
  };
}

export const billingNewVersion = z.strictObject({
  id: id('Version'),
  reason: requiredText('Årsag til ny version', 500),
});

export const billingSettle = z
  .strictObject({
    id: id('Version'),
    actualCostOere: oere('Faktisk udgift'),
    /** The settlement letter's own due date. */
    dueDate: keyDate('Forfaldsdato for efterreguleringen'),
    note: optionalText('Bemærkning', 500),
    confirmZeroCost: confirmation,
  })
  .superRefine(
    (v, ctx) => {
      if (v.actualCostOere === 0 && v.confirmZeroCost !== true) {
        ctx.addIssue({ code: 'custom', path: ['confirmZeroCost'], message: 'Den faktiske udgift er 0 kr., så alle kommuner får hele deres betaling tilbage. Sæt kryds i "Bekræft faktisk udgift på 0 kr.", hvis det er meningen.' });
      }
    },
    { when: (payload) => isRecord(payload.value) },
  );

/** Issuing numbers the statements from firstSequence (default: the year's next free number) and needs a yes to the warnings. */
export const billingIssue = z.strictObject({
  id: id('Version'),
  /** The sequence part of the first statement number ("2026-0042" → 42), to continue the host municipality's series. */
  firstSequence: count(integer('Første fakturanummer', 1, 999_999).nullable()).default(null),
  /** The coordinator has seen the warnings (missing EAN, 0 kr. statements) and issues anyway. */
  acceptWarnings: confirmation,
});

export const billingIssueSettlement = z.strictObject({
  id: id('Version'),
  firstSequence: count(integer('Første fakturanummer', 1, 999_999).nullable()).default(null),
});

export const byYear = z.strictObject({ year: count(integer('År', 2000, 2100)) });

export const paymentFields = z.strictObject({
  year: count(integer('År', 2000, 2100)),
  municipalityId: id('Kommune'),
  /** The instalment paid (1-based); null when the payment is not tied to one. */
  instalment: count(integer('Rate', 1, 12).nullable()).default(null),
  paidOn: keyDate('Betalt den'),
  amountOere: z.preprocess(
    kronerToOere,
    z
      .number({ error: 'Beløb skal være et beløb.' })
      .int({ error: 'Beløb skal være et helt antal øre (højst to decimaler).' })
      .positive({ error: 'Beløb skal være større end 0 kr. (en tilbagebetaling registreres ikke som indbetaling).' })
      .max(MAX_BUDGET_OERE, { error: 'Beløb må højst være 1 milliard kr.' }),
  ),
  note: optionalText('Bemærkning', 300),
});

export const byPaymentId = z.strictObject({ id: id('Indbetaling') });

export const debtorFileInput = z.strictObject({
  id: id('Version'),
  kind: z.enum(STATEMENT_KINDS, { error: 'Ukendt slags dokument.' }),
  format: z.enum(['xlsx', 'csv'], { error: 'Filtypen skal være xlsx eller csv.' }),
});

const statementKind = z.enum(STATEMENT_KINDS, { error: 'Ukendt slags dokument.' });

/** No path: the backend decides where the files go (a folder dialog on the desktop, a download in web mode). */
export const billingExportPdfs = z.strictObject({
  id: id('Version'),
  kind: statementKind,
  /** Only these municipalities (e.g. one from the preview); all when missing. */
  municipalityIds: z.array(id('Kommune')).min(1, { error: 'Vælg mindst én kommune.' }).optional(),
});

export const byJobId = z.strictObject({ jobId: requiredText('Job', 100) });

export const byVersionId = z.strictObject({ id: id('Version') });
