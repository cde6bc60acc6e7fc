// An anonymised person's rows are refused in Danish, naming the field, before the database's own
// triggers would answer with an internal error; nothing changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFER_KEYS } from '../../shared/caseload';
import { expectRefused, makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { seedCorps, type CorpsSpec } from '../helpers/privacyData';

const base = { referral: '2020-03-01', phase: 'skoleperiode', outcome: 'fastholdt', mentor: 0, goals: ['aktiv'], offers: [], checkpoint: null };
// Person 1 (closed in 2020) had a group contact with person 2 (still open).
const SPEC = {
  mentees: [
    { municipality: 0, education: 'pau', birthYear: 2003, courses: [{ ...base, closedAfterDays: 200, contacts: [{ afterDays: 10, type: 'samtale', minutes: 60, withOther: 1, theme: 0 }] }] },
    { municipality: 1, education: 'pau', birthYear: 2004, courses: [{ ...base, closedAfterDays: null, contacts: [] }] },
  ],
  students: [10, 10, 10],
  phaseStudents: null,
} as unknown as CorpsSpec;

const course = { referralDate: '2020-03-01', referredBy: 'selv', consentGivenOn: null, consentWithdrawnOn: null, phaseAtStart: 'skoleperiode', plannedReviewOn: null, themeIds: [] };

let b: TestBackend;
beforeEach(async () => {
  b = makeBackend();
  seedCorps(b, SPEC, TEST_TODAY);
  await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning' });
});
afterEach(() => b.cleanup());

describe('an anonymised person', () => {
  it('cannot be changed or given a new course', async () => {
    const e = await expectRefused(b, 'mentees.update', { id: 1, data: { name: 'Igen', birthYear: 2003, homeMunicipalityId: 1, education: 'pau', school: null, phone: null, email: null } }, 'id');
    expect(e.fields.id).toBe('Personen er anonymiseret og kan ikke ændres.');
    await expectRefused(b, 'courses.refer', { menteeId: 1, course }, 'menteeId');
  });

  it('keeps its course, goals and referrals as they are', async () => {
    const e = await expectRefused(b, 'courses.update', { id: 1, data: course }, 'id');
    expect(e.fields.id).toMatch(/anonymiseret/);
    await expectRefused(b, 'courses.close', { id: 1, closedOn: '2020-09-01', outcome: 'afbrudt' }, 'id');
    await expectRefused(b, 'goals.create', { courseId: 1, text: 'Nyt mål', status: 'i_gang' }, 'courseId');
    expect((await expectRefused(b, 'goals.update', { id: 1, text: 'Andet', status: 'naaet' }, 'id')).fields.id).toMatch(/anonymiseret/);
    await expectRefused(b, 'goals.delete', { id: 1 }, 'id');
    await expectRefused(b, 'referrals.create', { courseId: 1, offer: OFFER_KEYS[0], municipalityId: 1, referredOn: '2020-04-01' }, 'courseId');
  });

  it('keeps a group contact it took part in', async () => {
    const [contact] = (await b.registry.call('contacts.list', { courseId: 2, offset: 0, limit: 10 })).rows;
    expect(contact.participants).toHaveLength(2);
    const data = { type: contact.type, date: contact.date, mentorId: contact.mentorId, durationMinutes: 90, courseIds: [2], themeIds: [], school: null, className: null, headCount: null };
    const e = await expectRefused(b, 'contacts.update', { id: contact.id, data }, 'id');
    expect(e.fields.id).toMatch(/anonymiseret/);
    await expectRefused(b, 'contacts.delete', { id: contact.id }, 'id');
  });
});
