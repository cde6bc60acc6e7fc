// Input schemas for the statistics, the survey and the evaluation exports. Messages name the field.
import { z } from 'zod';
import { EDUCATION_KEYS } from '../caseload';
import { SURVEY_ANSWER_KEYS, SURVEY_ANSWERS, answersTotal } from '../statistics/survey';
import { danishNumber, id, integer, optionalText, requiredText } from './common';

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const MAX_SURVEY_QUESTIONS = 20;
const MAX_COUNT = 1_000_000;

export const statisticsYear = integer('År', YEAR_MIN, YEAR_MAX);

export const byYear = z.strictObject({ year: statisticsYear });

export const statisticsQuery = z.strictObject({
  year: statisticsYear,
  municipalityId: id('Kommune').nullish().transform((v) => v ?? null),
  mentorId: id('Mentor').nullish().transform((v) => v ?? null),
  education: z
    .enum(EDUCATION_KEYS, { error: 'Uddannelse skal vælges fra listen.' })
    .nullish()
    .transform((v) => v ?? null),
});

/** A count as typed ("1.200" or 1200); an empty answer count is 0 (nobody gave that answer). */
const answerCount = (answer: (typeof SURVEY_ANSWER_KEYS)[number]) =>
  danishNumber(
    integer(`Antal "${SURVEY_ANSWERS[answer]}"`, 0, MAX_COUNT)
      .nullable()
      .transform((v) => v ?? 0),
  );

const counts = z.strictObject(
  Object.fromEntries(SURVEY_ANSWER_KEYS.map((k) => [k, answerCount(k)])) as Record<(typeof SURVEY_ANSWER_KEYS)[number], ReturnType<typeof answerCount>>,
);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;

export const surveyFields = z
  .strictObject({
    year: statisticsYear,
    invitations: danishNumber(integer('Inviterede', 0, MAX_COUNT)),
    respondents: danishNumber(integer('Besvarelser', 0, MAX_COUNT)),
    note: optionalText('Note', 500),
    questions: z
      .array(z.strictObject({ text: requiredText('Spørgsmål', 300), counts }), { error: 'Spørgsmål skal være en liste.' })
      .min(1, { error: 'Tilføj mindst ét spørgsmål.' })
      .max(MAX_SURVEY_QUESTIONS, { error: `Højst ${MAX_SURVEY_QUESTIONS} spørgsmål.` }),
  })
  // Runs even when a field failed (but on an object only), so the coordinator sees these with the field errors at the first
  // submit; it compares only values that parsed (a failed field keeps what was typed).
  .superRefine(
    (v, ctx) => {
      if (isCount(v.respondents) && isCount(v.invitations) && v.respondents > v.invitations) {
        ctx.addIssue({ code: 'custom', path: ['respondents'], message: `Besvarelser (${v.respondents}) må ikke overstige inviterede (${v.invitations}).` });
      }
      if (!isCount(v.respondents) || !Array.isArray(v.questions)) return;
      v.questions.forEach((q, i) => {
        const answers = q && typeof q === 'object' && q.counts && typeof q.counts === 'object' ? SURVEY_ANSWER_KEYS.map((k) => q.counts[k]) : [];
        if (answers.length === 0 || !answers.every(isCount)) return;
        const n = answersTotal(q.counts);
        if (n > v.respondents) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'counts'],
            message: `Svarene på spørgsmål ${i + 1} (i alt ${n}) må ikke overstige antal besvarelser (${v.respondents}).`,
          });
        }
      });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
