// The contact schemas the dialog and the backend share: every error at once, Danish text parsed,
// and the dialog sends only what its type shows.
import { describe, expect, it } from 'vitest';
import { contactFields, contactForm, contactInputOf, contactList, followUpList } from '../../shared/schemas/caseload';

const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('contact schemas', () => {
  it('shows field and cross-field errors at the first check', () => {
    const r = contactFields.safeParse({ type: 'gruppe', date: '01.13.2026', mentorId: null, durationMinutes: '', courseIds: [] });
    expect(messages(r)).toEqual({
      date: 'Dato er ikke en gyldig dato.',
      mentorId: 'Mentor skal vælges.',
      durationMinutes: 'Varighed (minutter) skal være et tal.',
      courseIds: 'En gruppesamtale skal have mindst én deltager.',
    });
  });

  it('gives a failed field one message, not a second cross-field one', () => {
    const r = contactFields.safeParse({ type: 'klasse', date: '2026-11-23', mentorId: 1, durationMinutes: 60, school: 'SOSU', headCount: 'mange' });
    expect(messages(r)).toEqual({ headCount: 'Antal deltagere skal være et tal.' });
  });

  it('parses what the coordinator typed: Danish dates and numbers', () => {
    const r = contactFields.parse({ type: 'klasse', date: '23.11.2026', mentorId: 1, durationMinutes: '60', school: 'SOSU', headCount: '1.000' });
    expect(r).toMatchObject({ date: '2026-11-23', durationMinutes: 60, headCount: 1000, courseIds: [] });
  });

  it('the dialog sends participants as ids and only the fields its type shows', () => {
    const base = { date: '23.11.2026', mentorId: 1, durationMinutes: '45', school: 'SOSU', className: '1.a', headCount: '20', courseIds: [{ courseId: 7, menteeName: 'A' }] };
    const send = (type: string) => contactInputOf(contactForm.parse({ ...base, type }));
    expect(send('individuel')).toMatchObject({ courseIds: [7], school: null, className: null, headCount: null });
    expect(send('klasse')).toMatchObject({ courseIds: [], school: 'SOSU', headCount: 20 });
    // What the dialog sends, the backend accepts.
    expect(contactFields.safeParse(send('klasse')).success).toBe(true);
    expect(contactFields.safeParse(send('individuel')).success).toBe(true);
    // The dialog's own check names the same field as the backend's.
    expect(messages(contactForm.safeParse({ ...base, type: 'gruppe', courseIds: [] }))).toEqual({ courseIds: 'En gruppesamtale skal have mindst én deltager.' });
  });

  it('list filters name the bad field: a contact date, the follow-up days', () => {
    expect(messages(contactList.safeParse({ from: '01.13.2026' }))).toEqual({ from: 'Fra er ikke en gyldig dato.' });
    expect(messages(followUpList.safeParse({ days: '-3' }))).toEqual({ days: 'Dage uden kontakt skal være mindst 1.' });
    expect(followUpList.parse({ days: '45' }).days).toBe(45);
    expect(followUpList.parse({}).days).toBe(30);
  });
});
