// Persons and their courses (#11): a returning student stays one person, two records of one person can be
// merged, a contact attempt leaves the no-contact clock alone, and a handover can end the leaving mentor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/index';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let odense: number;
let svendborg: number;
let mette: number;
let soeren: number;
let psykisk: number;

beforeEach(async () => {
  b = makeBackend();
  odense = (await b.registry.call('municipalities.create', { name: 'Odense', code: 461 })).id;
  svendborg = (await b.registry.call('municipalities.create', { name: 'Svendborg', code: 479 })).id;
  const mentor = (name: string, capacity: number) =>
    b.registry.call('mentors.create', { name, profession: 'ergoterapeut', employerMunicipalityId: odense, hoursPerWeek: 37, capacity, activeFrom: '2024-08-01', schools: [] });
  mette = (await mentor('Mette Kjærgaard', 10)).id;
  soeren = (await mentor('Søren Aagaard', 20)).id;
  psykisk = (await b.registry.call('themes.list')).find((t) => t.key === 'psykisk')!.id;
});
afterEach(() => b.cleanup());

type ReferInput = MethodInput<'courses.refer'>;
const mentee = (over: Partial<NonNullable<ReferInput['mentee']>> = {}) => ({
  name: 'Åse Ærtebjerg',
  birthYear: 2005,
  homeMunicipalityId: svendborg,
  education: 'sosu_assistent' as const,
  ...over,
});
const course = (referralDate = '2026-09-01') => ({ referralDate, referredBy: 'laerer' as const, consentGivenOn: referralDate, phaseAtStart: 'oplaering' as const, themeIds: [psykisk] });

describe('a returning student', () => {
  it('is not silently made a second person: a new mentee matching one by folded name, birth year and municipality is refused until confirmed', async () => {
    const first = await b.registry.call('courses.refer', { mentee: mentee(), course: course('2026-01-10') });
    await b.registry.call('courses.close', { id: first.id, closedOn: '2026-03-01', outcome: 'afbrudt' });
    // Same person typed differently: case and æ/ø/å written out.
    const again = { mentee: mentee({ name: '  aase  AERTEBJERG ' }), course: course() };
    const refusal = await expectRefused(b, 'courses.refer', again, 'confirmNewPerson');
    expect(refusal.fields.confirmNewPerson).toContain('Åse Ærtebjerg');
    const { total } = await b.registry.call('mentees.list', {});
    expect(total).toBe(1);
    // The look-up the form asks while typing names the match.
    const similar = await b.registry.call('mentees.similar', { name: 'ÅSE ærtebjerg', birthYear: 2005, homeMunicipalityId: svendborg });
    expect(similar.map((s) => s.id)).toEqual([first.menteeId]);
    // Another year or municipality is another person.
    expect(await b.registry.call('mentees.similar', { name: 'Åse Ærtebjerg', birthYear: 2006, homeMunicipalityId: svendborg })).toEqual([]);
    expect(await b.registry.call('mentees.similar', { name: 'Åse Ærtebjerg', birthYear: 2005, homeMunicipalityId: odense })).toEqual([]);
    // The coordinator uses the known person: one person, two courses.
    const second = await b.registry.call('courses.refer', { menteeId: first.menteeId, course: course() });
    expect(second.menteeId).toBe(first.menteeId);
    // Or confirms that it really is someone else.
    const other = await b.registry.call('courses.refer', { ...again, confirmNewPerson: true });
    expect(other.menteeId).not.toBe(first.menteeId);
  });
});

describe('handover', () => {
  async function assignedTo(mentorId: number, name: string) {
    const c = await b.registry.call('courses.refer', { mentee: mentee({ name }), course: course() });
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId, fromDate: '2026-09-01' });
    return c;
  }

  it('can deactivate the leaving mentor, who is then never suggested', async () => {
    await assignedTo(mette, 'Anders And');
    await assignedTo(mette, 'Bodil Berg');
    const waiting = await b.registry.call('courses.refer', { mentee: mentee({ name: 'Carl Clausen' }), course: course() });
    await b.registry.call('caseload.handover', { fromMentorId: mette, toMentorId: soeren, fromDate: '2026-11-01', fromMentorActiveTo: '2026-10-31' });
    const suggested = (await b.registry.call('caseload.suggest', { courseId: waiting.id })).suggestions.map((s) => s.mentorId);
    expect(suggested).toEqual([soeren]);
    const leaving = await b.registry.call('mentors.get', { id: mette });
    expect(leaving).toMatchObject({ activeTo: '2026-10-31', active: false });
  });

  it('refuses a last day before the leaving mentor’s own contacts, writing nothing', async () => {
    const c = await assignedTo(mette, 'Anders And');
    await b.registry.call('contacts.create', { type: 'individuel', date: '2026-10-15', mentorId: mette, durationMinutes: 30, courseIds: [c.id], themeIds: [] });
    await expectRefused(b, 'caseload.handover', { fromMentorId: mette, toMentorId: soeren, fromDate: '2026-11-01', fromMentorActiveTo: '2026-10-01' }, 'fromMentorActiveTo');
  });
});

describe('a contact attempt ("forsøgt – ikke truffet")', () => {
  it('is logged but leaves the no-contact clock and every statistics figure as they were', async () => {
    const c = await b.registry.call('courses.refer', { mentee: mentee(), course: course('2026-09-01') });
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-09-01' });
    await b.registry.call('contacts.create', { type: 'individuel', date: '2026-09-10', mentorId: mette, durationMinutes: 45, courseIds: [c.id], themeIds: [psykisk] });
    const before = await b.registry.call('statistics.get', { year: 2026 });
    const attempt = await b.registry.call('contacts.create', { type: 'forsoeg', date: '2026-11-20', mentorId: mette, durationMinutes: 5, courseIds: [c.id], themeIds: [psykisk] });
    expect(attempt.type).toBe('forsoeg');
    expect((await b.registry.call('courses.get', { id: c.id })).contactCount).toBe(1);
    // Logged on the course…
    const logged = await b.registry.call('contacts.list', { courseId: c.id });
    expect(logged.rows.map((r) => r.type).sort()).toEqual(['forsoeg', 'individuel']);
    // …but the clock still runs from the last real contact: 74 days before 23.11.2026.
    expect((await b.registry.call('courses.get', { id: c.id })).lastContactOn).toBe('2026-09-10');
    const quiet = (await b.registry.call('followUp.list', { days: 30 })).rows.find((r) => r.id === c.id);
    expect(quiet).toMatchObject({ lastContactOn: '2026-09-10', daysSinceContact: 74, noRecentContact: true });
    // Not a contact in any figure.
    const after = await b.registry.call('statistics.get', { year: 2026 });
    expect(after.contacts).toEqual(before.contacts);
    expect(after.persons).toEqual(before.persons);
    expect(after.mentors).toEqual(before.mentors);
    expect(after.themes).toEqual(before.themes);
    expect(after.contacts.byType.map((t) => t.type)).not.toContain('forsoeg');
    // Deleting the real contact: the attempt alone leaves the course never seen.
    await b.registry.call('contacts.delete', { id: logged.rows.find((r) => r.type === 'individuel')!.id });
    expect((await b.registry.call('courses.get', { id: c.id })).lastContactOn).toBeNull();
    // A course cannot be closed before its last attempt either (the attempt is history of the course).
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-11-01', outcome: 'afbrudt' }, 'closedOn');
  });

  it('is about one course, like an individual talk', async () => {
    const a = await b.registry.call('courses.refer', { mentee: mentee(), course: course() });
    const o = await b.registry.call('courses.refer', { mentee: mentee({ name: 'Bo Berg' }), course: course() });
    await expectRefused(b, 'contacts.create', { type: 'forsoeg', date: '2026-10-01', mentorId: mette, durationMinutes: 5, courseIds: [a.id, o.id], themeIds: [] }, 'courseIds');
  });
});
