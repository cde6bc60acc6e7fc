// The course forms check the shared schemas with the app's today: every field and cross-field error at once.
import { describe, expect, it } from 'vitest';
import { courseFieldsAsOf, courseRefer, courseReferAsOf, payerPeriodFields } from '../../shared/schemas/caseload';

const errorsOf = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

const course = { referralDate: '01.05.2030', referredBy: 'laerer', consentGivenOn: '2026-04-01', phaseAtStart: 'oplaering', themeIds: [] };
const mentee = { name: '', birthYear: '2004', homeMunicipalityId: 1, education: 'sosu_assistent' };

describe('course schemas', () => {
  it('shows an empty name, a referral after today and consent before the referral together', () => {
    const errors = errorsOf(courseReferAsOf('2026-11-23').safeParse({ mentee, course }));
    expect(errors).toEqual({
      'mentee.name': 'Navn skal udfyldes.',
      'course.referralDate': 'Henvisningsdato må ikke ligge i fremtiden.',
      'course.consentGivenOn': 'Samtykke givet må ikke ligge før henvisningsdatoen.',
    });
  });

  it('leaves "after today" to the handler when no today is given, and reads Danish dates and years', () => {
    const ok = courseRefer.safeParse({ mentee: { ...mentee, name: 'Åse' }, course: { ...course, consentGivenOn: '1.5.2030' } });
    expect(ok.success && ok.data.course.referralDate).toBe('2030-05-01');
    expect(ok.success && ok.data.mentee?.birthYear).toBe(2004);
  });

  it('checks the birth year and a withdrawn consent against today', () => {
    const errors = errorsOf(courseFieldsAsOf('2026-11-23').safeParse({ ...course, referralDate: '2026-04-01', consentWithdrawnOn: '2026-12-01' }));
    expect(errors).toEqual({ consentWithdrawnOn: 'Samtykke trukket tilbage må ikke ligge i fremtiden.' });
    const year = errorsOf(courseReferAsOf('2026-11-23').safeParse({ mentee: { ...mentee, name: 'Bo', birthYear: '2027' }, course: { ...course, referralDate: '2026-05-01' } }));
    expect(year).toEqual({ 'mentee.birthYear': 'Fødselsår skal ligge mellem 1940 og 2026.', 'course.consentGivenOn': 'Samtykke givet må ikke ligge før henvisningsdatoen.' });
  });

  it('shows a payer period ending before it starts with a missing payer', () => {
    expect(errorsOf(payerPeriodFields.safeParse({ courseId: 1, fromDate: '2026-04-01', toDate: '2026-03-01' }))).toEqual({
      payer: 'Betaler skal vælges.',
      toDate: 'Betaler til må ikke ligge før betaler fra.',
    });
  });
});
