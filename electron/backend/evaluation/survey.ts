// The yearly survey: one row per year and its questions with counts per answer.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { surveyFields } from '../../../shared/schemas/evaluation';
import { SURVEY_ANSWER_KEYS, surveyResult, type SurveyResult } from '../../../shared/statistics/survey';

type SurveyFields = z.output<typeof surveyFields>;

interface QuestionRow {
  text: string;
  count_enig: number;
  count_delvis: number;
  count_uenig: number;
  count_ved_ikke: number;
}

export function getSurvey(db: Database.Database, year: number): SurveyResult | null {
  const s = db.prepare('SELECT invitations, respondents, note FROM surveys WHERE year = ?').get(year) as
    | { invitations: number; respondents: number; note: string | null }
    | undefined;
  if (!s) return null;
  const questions = db.prepare('SELECT * FROM survey_questions WHERE year = ? ORDER BY position').all(year) as QuestionRow[];
  return surveyResult(
    year,
    s.invitations,
    s.respondents,
    s.note,
    questions.map((q) => ({ text: q.text, counts: { enig: q.count_enig, delvis: q.count_delvis, uenig: q.count_uenig, ved_ikke: q.count_ved_ikke } })),
  );
}

/** Replaces the year's survey as a whole (the caller's transaction makes it one change). */
export function saveSurvey(db: Database.Database, s: SurveyFields, today: string): void {
  db.prepare('DELETE FROM survey_questions WHERE year = ?').run(s.year);
  db.prepare(
    `INSERT INTO surveys (year, invitations, respondents, note, updated_on) VALUES (@year, @invitations, @respondents, @note, @today)
     ON CONFLICT (year) DO UPDATE SET invitations = excluded.invitations, respondents = excluded.respondents, note = excluded.note, updated_on = excluded.updated_on`,
  ).run({ year: s.year, invitations: s.invitations, respondents: s.respondents, note: s.note, today });
  const columns = SURVEY_ANSWER_KEYS.map((k) => `count_${k}`).join(', ');
  const insert = db.prepare(`INSERT INTO survey_questions (year, position, text, ${columns}) VALUES (?, ?, ?, ${SURVEY_ANSWER_KEYS.map(() => '?').join(', ')})`);
  s.questions.forEach((q, i) => insert.run(s.year, i + 1, q.text, ...SURVEY_ANSWER_KEYS.map((k) => q.counts[k])));
}

export function deleteSurvey(db: Database.Database, year: number): boolean {
  return db.prepare('DELETE FROM surveys WHERE year = ?').run(year).changes > 0;
}
