// The survey form's schema is the API's own: counts typed the Danish way, and every field and
// cross-field error reported together, so the coordinator sees them all at the first submit.
import { describe, expect, it } from 'vitest';
import { surveyFields } from '../../shared/schemas/evaluation';

const question = (text: string, counts: Record<string, unknown>) => ({ text, counts: { enig: '', delvis: '', uenig: '', ved_ikke: '', ...counts } });
const issues = (input: unknown) => {
  const r = surveyFields.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('survey schema', () => {
  it('reads counts as typed: "1.200" is 1200 and an empty answer count is 0', () => {
    const r = surveyFields.parse({ year: 2026, invitations: '1.200', respondents: '210', note: '', questions: [question('Q', { enig: '150', uenig: 17 })] });
    expect(r).toMatchObject({ invitations: 1200, respondents: 210, note: null });
    expect(r.questions[0].counts).toEqual({ enig: 150, delvis: 0, uenig: 17, ved_ikke: 0 });
  });

  it('reports field errors and cross-field errors at once', () => {
    const found = issues({
      year: 2026,
      invitations: '100',
      respondents: '200',
      note: '',
      questions: [question('', { enig: '5' }), question('Q2', { enig: '250' }), question('Q3', { uenig: '-3' })],
    });
    expect(found).toEqual({
      'questions.0.text': 'Spørgsmål skal udfyldes.',
      'questions.2.counts.uenig': 'Antal "Uenig" skal være mindst 0.',
      respondents: 'Besvarelser (200) må ikke overstige inviterede (100).',
      'questions.1.counts': 'Svarene på spørgsmål 2 (i alt 250) må ikke overstige antal besvarelser (200).',
    });
  });

  it('names a field that is no number, and compares nothing with it', () => {
    expect(issues({ year: 2026, invitations: 'mange', respondents: '', note: null, questions: [question('Q', { enig: '9' })] })).toEqual({
      invitations: 'Inviterede skal være et tal.',
      respondents: 'Besvarelser skal være et tal.',
    });
    expect(issues(null)).toHaveProperty('');
  });
});
