// The yearly mentee survey, entered as counts per answer on one fixed four-point scale.
import { ratio } from './definitions';

export const SURVEY_ANSWERS = {
  enig: 'Enig',
  delvis: 'Delvis enig',
  uenig: 'Uenig',
  ved_ikke: 'Ved ikke',
} as const;
export type SurveyAnswer = keyof typeof SURVEY_ANSWERS;
export const SURVEY_ANSWER_KEYS = Object.keys(SURVEY_ANSWERS) as [SurveyAnswer, ...SurveyAnswer[]];

/** Suggested questions for a new survey (the Funen evaluation's wording). */
export const DEFAULT_SURVEY_QUESTIONS = [
  'Samtalerne med mentor har haft betydning for, at jeg er blevet i uddannelsen.',
  'Jeg har fået hjælp til det, jeg havde brug for.',
  'Jeg vil anbefale mentorkorpset til andre elever.',
];

export const SURVEY_RULES =
  'n = antal besvarelser. Svarprocent = besvarelser ÷ inviterede. Andel enige = "enig" ÷ alle svar på spørgsmålet (inkl. "ved ikke").';

export type SurveyCounts = Record<SurveyAnswer, number>;

export interface SurveyQuestionInput {
  text: string;
  counts: SurveyCounts;
}

export interface SurveyQuestionResult extends SurveyQuestionInput {
  /** Answers to this question. */
  n: number;
  shareAgreeing: number | null;
  /** "Enig" or "delvis enig". */
  shareAgreeingAtLeastPartly: number | null;
}

export interface SurveyResult {
  year: number;
  invitations: number;
  respondents: number;
  responseRate: number | null;
  note: string | null;
  questions: SurveyQuestionResult[];
}

export const answersTotal = (c: SurveyCounts) => SURVEY_ANSWER_KEYS.reduce((s, k) => s + c[k], 0);

export function surveyResult(year: number, invitations: number, respondents: number, note: string | null, questions: readonly SurveyQuestionInput[]): SurveyResult {
  return {
    year,
    invitations,
    respondents,
    responseRate: ratio(respondents, invitations),
    note,
    questions: questions.map((q) => {
      const n = answersTotal(q.counts);
      return { ...q, n, shareAgreeing: ratio(q.counts.enig, n), shareAgreeingAtLeastPartly: ratio(q.counts.enig + q.counts.delvis, n) };
    }),
  };
}
