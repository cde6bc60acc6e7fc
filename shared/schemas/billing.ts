// Input schemas of the billing key. Messages are Danish and name the field.
import { z } from 'zod';
import { sum } from '../billing/key';
import { PHASES, PHASE_KEYS } from '../caseload';
import { COST_KIND_KEYS, INSTALMENT_COUNTS, MAX_BUDGET_OERE } from '../billing/types';
import { id, integer, isoDate, optionalEmail, optionalText, requiredEan, requiredText, withoutSpaces } from './common';

const oere = (label: string) =>
  z
    .number({ error: `${label} skal være et beløb.` })
    .int({ error: `${label} skal være et helt antal øre (højst to decimaler).` })
    .min(0, { error: `${label} må ikke være negativt.` })
    .max(MAX_BUDGET_OERE, { error: `${label} må højst være 1 milliard kr.` });

/** An optional student count for one phase; null or missing means not given (not 0). */
const phaseCount = (phase: string) =>
  z
    .number({ error: `Elevtal for ${phase} skal være et tal.` })
    .int({ error: `Elevtal for ${phase} skal være et helt tal.` })
    .min(0, { error: `Elevtal for ${phase} må ikke være negativt.` })
    .max(1_000_000, { error: `Elevtal for ${phase} må højst være 1.000.000.` })
    .nullable()
    .optional();

const phaseStudents = z.strictObject(Object.fromEntries(PHASE_KEYS.map((k) => [k, phaseCount(PHASES[k].toLowerCase())])) as Record<(typeof PHASE_KEYS)[number], ReturnType<typeof phaseCount>>, {
  error: 'Elevtal pr. fase skal være en liste over faser.',
});

const participant = z.strictObject({
  municipalityId: id('Kommune'),
  students: z
    .number({ error: 'Elevtal skal være et tal.' })
    .int({ error: 'Elevtal skal være et helt tal.' })
    .min(0, { error: 'Elevtal må ikke være negativt.' })
    .max(1_000_000, { error: 'Elevtal må højst være 1.000.000.' }),
  countDate: isoDate('Tælledato'),
  source: requiredText('Kilde', 200),
  /** Optional counts per phase at start (the phases the courses record), for reach by phase. */
  phaseStudents: phaseStudents.optional(),
});

const costLine = z.strictObject({
  kind: z.enum(COST_KIND_KEYS, { error: 'Udgiftstype skal vælges.' }),
  description: optionalText('Beskrivelse', 200),
  amountOere: oere('Beløb'),
});

export const billingFields = z
  .strictObject({
    year: integer('År', 2000, 2100),
    participants: z
      .array(participant, { error: 'Kommuner skal være en liste.' })
      .min(1, { error: 'Der skal være mindst én deltagende kommune.' })
      .max(100, { error: 'Højst 100 kommuner.' }),
    costLines: z
      .array(costLine, { error: 'Budgetlinjer skal være en liste.' })
      .min(1, { error: 'Budgettet skal have mindst én udgiftslinje.' })
      .max(50, { error: 'Højst 50 udgiftslinjer.' }),
    instalmentDueDates: z.array(isoDate('Forfaldsdato'), { error: 'Rater skal være en liste.' }),
    paymentTermsDays: integer('Betalingsfrist (dage)', 0, 180),
    payeeName: requiredText('Betalingsmodtager', 100),
    payeeEan: requiredEan('Betalingsmodtagers EAN-nummer'),
    payeeRegNo: z.string({ error: 'Reg.nr. skal udfyldes.' }).trim().regex(/^\d{4}$/, { error: 'Reg.nr. skal være 4 cifre.' }),
    payeeAccount: z.preprocess(
      withoutSpaces,
      z.string({ error: 'Kontonummer skal udfyldes.' }).regex(/^\d{6,10}$/, { error: 'Kontonummer skal være 6–10 cifre.' }),
    ),
    statementText: optionalText('Tekst på opkrævningen', 1000),
    contactName: requiredText('Kontaktperson', 100),
    contactEmail: optionalEmail('Kontaktens e-mail'),
    contactPhone: optionalText('Kontaktens telefon', 30),
  })
  .superRefine((v, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (v.participants.length && v.participants.every((p) => p.students === 0)) {
      issue(['participants'], 'Elevtal kan ikke være 0 for alle kommuner: nøglen skal have noget at fordele efter.');
    }
    const seen = new Set<number>();
    v.participants.forEach((p, i) => {
      if (seen.has(p.municipalityId)) issue(['participants', i, 'municipalityId'], 'Kommunen står der allerede: en kommune kan kun være med én gang pr. år.');
      seen.add(p.municipalityId);
      for (const k of PHASE_KEYS) {
        const n = p.phaseStudents?.[k];
        if (typeof n === 'number' && n > p.students) {
          issue(['participants', i, 'phaseStudents', k], `Elevtal for ${PHASES[k].toLowerCase()} (${n}) må ikke være større end kommunens elevtal i alt (${p.students}).`);
        }
      }
    });
    if (sum(v.costLines.map((l) => l.amountOere)) > MAX_BUDGET_OERE) issue(['costLines'], 'Budgettet må højst være 1 milliard kr. i alt.');
    if (!(INSTALMENT_COUNTS as readonly number[]).includes(v.instalmentDueDates.length)) {
      issue(['instalmentDueDates'], 'Antal rater skal være 1, 2, 4 eller 12.');
    }
    v.instalmentDueDates.forEach((d, i) => {
      if (!d.startsWith(`${v.year}-`)) issue(['instalmentDueDates', i], `Forfaldsdato for rate ${i + 1} skal ligge i ${v.year}.`);
      else if (i > 0 && d <= v.instalmentDueDates[i - 1]) {
        issue(['instalmentDueDates', i], `Forfaldsdato for rate ${i + 1} skal ligge efter rate ${i}.`);
      }
    });
  });

export const billingUpdate = z.strictObject({ id: id('Version'), data: billingFields });

export const billingNewVersion = z.strictObject({
  id: id('Version'),
  reason: requiredText('Årsag til ny version', 500),
});

export const billingSettle = z.strictObject({
  id: id('Version'),
  actualCostOere: oere('Faktisk udgift'),
  note: optionalText('Bemærkning', 500),
});

const statementKind = z.enum(['opkraevning', 'efterregulering'], { error: 'Ukendt slags dokument.' });

/** No path: the backend decides where the files go (a folder dialog on the desktop, a download in web mode). */
export const billingExportPdfs = z.strictObject({
  id: id('Version'),
  kind: statementKind,
  /** Only these municipalities (e.g. one from the preview); all when missing. */
  municipalityIds: z.array(id('Kommune')).min(1, { error: 'Vælg mindst én kommune.' }).optional(),
});

export const byJobId = z.strictObject({ jobId: requiredText('Job', 100) });

export const byVersionId = z.strictObject({ id: id('Version') });
