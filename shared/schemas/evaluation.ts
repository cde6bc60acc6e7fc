// Input schemas for the statistics, the survey and the evaluation exports. Messages name the field.
import { z } from 'zod';
import { EDUCATION_KEYS } from '../caseload';
import { SURVEY_ANSWER_KEYS, SURVEY_ANSWERS, answersTotal } from '../statistics/survey';
import { id, integer, optionalText, requiredText } from './common';

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

const counts = z.strictObject(
  Object.fromEntries(SURVEY_ANSWER_KEYS.map((k) => [k, integer(`Antal "${SURVEY_ANSWERS[k]}"`, 0, MAX_COUNT)])) as Record<
    (typeof SURVEY_ANSWER_KEYS)[number],
    ReturnType<typeof integer>
  >,
);

export const surveyFields = z
  .strictObject({
    year: statisticsYear,
    invitations: integer('Inviterede', 0, MAX_COUNT),
    respondents: integer('Besvarelser', 0, MAX_COUNT),
    note: optionalText('Note', 500),
    questions: z
      .array(z.strictObject({ text: requiredText('Spørgsmål', 300), counts }), { error: 'Spørgsmål skal være en liste.' })
      .min(1, { error: 'Tilføj mindst ét spørgsmål.' })
      .max(MAX_SURVEY_QUESTIONS, { error: `Højst ${MAX_SURVEY_QUESTIONS} spørgsmål.` }),
  })
  .superRefine((v, ctx) => {
    if (v.respondents > v.invitations) {
      ctx.addIssue({ code: 'custom', path: ['respondents'], message: `Besvarelser (${v.respondents}) må ikke overstige inviterede (${v.invitations}).` });
    }
    v.questions.forEach((q, i) => {
      const n = answersTotal(q.counts);
      if (n > v.respondents) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'counts'],
          message: `Svarene på spørgsmål ${i + 1} (i alt ${n}) må ikke overstige antal besvarelser (${v.respondents}).`,
        });
      }
    });
  });
