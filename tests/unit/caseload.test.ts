import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactInput } from '../../shared/api/caseload';
import type { MethodInput } from '../../shared/api/index';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let odense: number;
let svendborg: number;
let mette: number;
let soeren: number;
let themes: Record<string, number>;

beforeEach(async () => {
  b = makeBackend();
  odense = (await b.registry.call('municipalities.create', { name: 'Odense', code: 461 })).id;
  svendborg = (await b.registry.call('municipalities.create', { name: 'Svendborg', code: 479 })).id;
  const mentor = (name: string, profession: string, capacity: number, schools: string[]) =>
    b.registry.call('mentors.create', { name, profession: profession as 'ergoterapeut', employerMunicipalityId: odense, hoursPerWeek: 37, capacity, activeFrom: '2024-08-01', schools });
  mette = (await mentor('Mette Kjærgaard', 'socialraadgiver', 2, ['SOSU Fyn, Svendborg'])).id;
  soeren = (await mentor('Søren Aagaard', 'ergoterapeut', 20, ['SOSU Fyn, Odense'])).id;
  themes = Object.fromEntries((await b.registry.call('themes.list')).map((t) => [t.key ?? t.label, t.id]));
});
afterEach(() => b.cleanup());

const newMentee = (over: Record<string, unknown> = {}) => ({
  name: 'Åse Ærtebjerg',
  birthYear: 2005,
  homeMunicipalityId: svendborg,
  education: 'sosu_assistent',
  school: 'SOSU Fyn, Svendborg',
  ...over,
});
const newCourse = (over: Record<string, unknown> = {}) =>
  ({
    referralDate: '2026-09-01',
    referredBy: 'laerer',
    // Consent is given at the referral (never before it), unless a test says otherwise.
    consentGivenOn: over.referralDate ?? '2026-09-01',
    phaseAtStart: 'oplaering',
    themeIds: [themes.psykisk],
    ...over,
  }) as MethodInput<'courses.update'>['data'];

async function refer(mentee: Record<string, unknown> = {}, course: Record<string, unknown> = {}) {
  return b.registry.call('courses.refer', { mentee: newMentee(mentee), course: newCourse(course) } as never);
}

async function assigned(mentorId = soeren, mentee: Record<string, unknown> = {}, course: Record<string, unknown> = {}) {
  const c = await refer(mentee, course);
  await b.registry.call('caseload.assign', { courseId: c.id, mentorId, fromDate: c.referralDate });
  return c;
}

const contact = (courseIds: number[], over: Record<string, unknown> = {}) =>
  ({
    type: 'individuel',
    date: '2026-10-01',
    mentorId: soeren,
    durationMinutes: 45,
    courseIds,
    themeIds: [themes.psykisk],
    ...over,
  }) as ContactInput;

describe('mentees and courses', () => {
  it('refers a new mentee to the waiting list with themes, and a second course only after the first closes', async () => {
    const c = await refer();
    expect(c).toMatchObject({ status: 'venteliste', menteeName: 'Åse Ærtebjerg', homeMunicipalityName: 'Svendborg', mentorId: null, themeIds: [themes.psykisk] });
    await expectRefused(b, 'courses.refer', { menteeId: c.menteeId, course: newCourse() }, 'menteeId');
    await b.registry.call('courses.close', { id: c.id, closedOn: '2026-10-01', outcome: 'fastholdt' });
    const second = await b.registry.call('courses.refer', { menteeId: c.menteeId, course: newCourse({ referralDate: '2026-11-01', consentGivenOn: null }) } as never);
    expect(second.otherCourses).toEqual([{ id: c.id, referralDate: '2026-09-01', closedOn: '2026-10-01', status: 'afsluttet' }]);
  });

  it('lists courses paged, filtered and in Danish name order', async () => {
    for (const name of ['Zakarias Holm', 'Ørnulf Berg', 'Aase Andersen', 'Anders And']) await refer({ name });
    const page = await b.registry.call('courses.list', { limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.menteeName)).toEqual(['Anders And', 'Zakarias Holm']);
    const next = await b.registry.call('courses.list', { limit: 2, offset: 2 });
    expect(next.rows.map((r) => r.menteeName)).toEqual(['Ørnulf Berg', 'Aase Andersen']);
    const desc = await b.registry.call('courses.list', { direction: 'desc', limit: 1 });
    expect(desc.rows[0].menteeName).toBe('Aase Andersen');
    expect((await b.registry.call('courses.list', { search: 'åse' })).rows.map((r) => r.menteeName)).toEqual(['Aase Andersen']);
    expect((await b.registry.call('courses.list', { status: 'aktiv' })).total).toBe(0);
    expect((await b.registry.call('courses.list', { status: 'venteliste', municipalityId: svendborg })).total).toBe(4);
    expect((await b.registry.call('courses.list', { municipalityId: odense })).total).toBe(0);
    await refer({ name: 'Bo Holm', school: 'Ærø Efterskole' });
    // The school matches whatever the case of æ, ø and å (SQLite's own lower() folds only A–Z).
    expect((await b.registry.call('courses.list', { search: 'ærø' })).rows.map((r) => r.menteeName)).toEqual(['Bo Holm']);
    expect((await b.registry.call('courses.list', { search: 'ÆRØ EFTER' })).rows.map((r) => r.menteeName)).toEqual(['Bo Holm']);
  });

  it('keeps goals, referrals to other offers and payer periods on the course', async () => {
    const c = await refer();
    const goal = await b.registry.call('goals.create', { courseId: c.id, text: 'Møde op til praktikken hver dag' });
    await b.registry.call('goals.update', { id: goal.id, text: goal.text, status: 'naaet' });
    await b.registry.call('referrals.create', { courseId: c.id, offer: 'psykolog', municipalityId: svendborg, referredOn: '2026-10-02' });
    await b.registry.call('payerPeriods.create', { courseId: c.id, payer: 'jobcenter', fromDate: '2026-09-01', toDate: '2026-12-15' });
    await b.registry.call('payerPeriods.create', { courseId: c.id, payer: 'organisation', fromDate: '2026-12-16' });
    const d = await b.registry.call('courses.get', { id: c.id });
    expect(d.goals).toEqual([{ id: goal.id, text: 'Møde op til praktikken hver dag', status: 'naaet' }]);
    expect(d.referrals).toMatchObject([{ offer: 'psykolog', municipalityName: 'Svendborg', referredOn: '2026-10-02' }]);
    expect(d.payerPeriods.map((p) => p.payer)).toEqual(['jobcenter', 'organisation']);
    // Closed, its goals are history: not added to, changed or deleted.
    await b.registry.call('courses.close', { id: c.id, closedOn: '2026-11-01', outcome: 'fastholdt' });
    await expectRefused(b, 'goals.create', { courseId: c.id, text: 'Nyt mål' }, 'courseId');
    await expectRefused(b, 'goals.update', { id: goal.id, text: goal.text, status: 'opgivet' }, 'id');
    await expectRefused(b, 'goals.delete', { id: goal.id }, 'id');
    await expectRefused(b, 'goals.delete', { id: 999 }, 'id', 'NOT_FOUND');
  });

  it('configures the theme list', async () => {
    const t = await b.registry.call('themes.create', { label: 'Kørekort' });
    expect(t).toMatchObject({ key: null, active: true });
    await b.registry.call('themes.update', { id: t.id, label: 'Kørekort', active: false });
    const list = await b.registry.call('themes.list');
    expect(list).toHaveLength(14);
    expect(list.at(-1)).toMatchObject({ label: 'Kørekort', active: false });
    await expectRefused(b, 'themes.create', { label: 'mental sundhed' }, 'label');
  });

  it('refuses bad mentee and course input, naming the field, with nothing written', async () => {
    const c = await refer();
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ birthYear: 1939 }), course: newCourse() }, 'mentee.birthYear');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ birthYear: 2027 }), course: newCourse() }, 'mentee.birthYear');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ birthYear: 'tyve' }), course: newCourse() }, 'mentee.birthYear');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ name: ' ' }), course: newCourse() }, 'mentee.name');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ homeMunicipalityId: 999 }), course: newCourse() }, 'mentee.homeMunicipalityId');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ education: 'pilot' }), course: newCourse() }, 'mentee.education');
    await expectRefused(b, 'courses.refer', { mentee: newMentee({ cpr: '0101051234' }), course: newCourse() }, 'mentee.cpr');
    await expectRefused(b, 'courses.refer', { mentee: newMentee(), course: newCourse({ referralDate: '2026-11-24' }) }, 'course.referralDate');
    await expectRefused(b, 'courses.refer', { mentee: newMentee(), course: newCourse({ themeIds: [999] }) }, 'course.themeIds');
    await expectRefused(b, 'courses.refer', { mentee: newMentee(), course: newCourse({ consentWithdrawnOn: '2026-08-01' }) }, 'course.consentWithdrawnOn');
    await expectRefused(b, 'courses.refer', { course: newCourse() }, 'menteeId');
    const early = await expectRefused(b, 'courses.refer', { mentee: newMentee(), course: newCourse({ consentGivenOn: '2026-08-31' }) }, 'course.consentGivenOn');
    expect(early.fields['course.consentGivenOn']).toBe('Samtykke givet må ikke ligge før henvisningsdatoen.');
    await expectRefused(b, 'mentees.update', { id: c.menteeId, data: newMentee({ birthYear: 2030 }) }, 'data.birthYear');
    // Closing needs an outcome and a date within the course.
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-11-01' }, 'outcome');
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-11-01', outcome: 'vundet' }, 'outcome');
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-08-01', outcome: 'job' }, 'closedOn');
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-12-01', outcome: 'job' }, 'closedOn');
    // Payer periods may not overlap.
    await b.registry.call('payerPeriods.create', { courseId: c.id, payer: 'jobcenter', fromDate: '2026-09-01', toDate: '2026-12-15' });
    await expectRefused(b, 'payerPeriods.create', { courseId: c.id, payer: 'korps', fromDate: '2026-12-15' }, 'fromDate');
    await expectRefused(b, 'payerPeriods.create', { courseId: c.id, payer: 'korps', fromDate: '2026-01-01', toDate: '2026-09-01' }, 'fromDate');
    await expectRefused(b, 'payerPeriods.create', { courseId: c.id, payer: 'korps', fromDate: '2027-01-01', toDate: '2026-12-31' }, 'toDate');
    await expectRefused(b, 'referrals.create', { courseId: c.id, offer: 'psykolog', municipalityId: svendborg, referredOn: '2026-08-01' }, 'referredOn');
    await expectRefused(b, 'goals.create', { courseId: c.id, text: '' }, 'text');
  });
});

describe('caseload', () => {
  it('assigns from the waiting list, keeps the history on reassignment, and counts the caseload', async () => {
    const c = await refer();
    expect((await b.registry.call('caseload.board')).waiting).toBe(1);
    const first = await b.registry.call('caseload.assign', { courseId: c.id, mentorId: soeren, fromDate: '2026-09-02' });
    expect(first).toEqual({ id: c.id, mentorId: soeren, overCapacityConfirmed: false });
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-10-01' });
    const d = await b.registry.call('courses.get', { id: c.id });
    expect(d.assignments.map((a) => [a.mentorName, a.fromDate, a.toDate, a.kind])).toEqual([
      ['Søren Aagaard', '2026-09-02', '2026-10-01', 'tildelt'],
      ['Mette Kjærgaard', '2026-10-01', null, 'skiftet'],
    ]);
    const board = await b.registry.call('caseload.board');
    expect(board.waiting).toBe(0);
    expect(board.mentors.map((m) => [m.name, m.activeCourses, m.capacity])).toEqual([
      ['Mette Kjærgaard', 1, 2],
      ['Søren Aagaard', 0, 20],
    ]);
  });

  it('suggests mentors with reasons, best first, leaving out the current mentor', async () => {
    const c = await refer({ homeMunicipalityId: odense, school: 'SOSU Fyn, Odense' }, { themeIds: [themes.psykisk, themes.misbrug] });
    const { suggestions } = await b.registry.call('caseload.suggest', { courseId: c.id });
    expect(suggestions[0].mentorName).toBe('Søren Aagaard');
    expect(suggestions[0].reasons.map((r) => r.text)).toEqual([
      'Ledig kapacitet: 20 af 20 pladser',
      'Ergoterapeut passer til temaerne: mental sundhed, rusmidler',
      'Kendt på skolen (SOSU Fyn, Odense)',
      'Ansat i elevens hjemkommune (Odense)',
    ]);
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId: soeren, fromDate: '2026-09-01' });
    const again = await b.registry.call('caseload.suggest', { courseId: c.id });
    expect(again.suggestions.map((s) => s.mentorName)).toEqual(['Mette Kjærgaard']);
  });

  it('needs confirmation to assign over capacity, and records it', async () => {
    await assigned(mette, { name: 'A' });
    await assigned(mette, { name: 'B' });
    const c = await refer({ name: 'C' });
    const err = await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-09-01' }, 'confirmOverCapacity');
    expect(err.message).toBe('Mette Kjærgaard har allerede 2 af 2 forløb; med dette bliver det 3. Bekræft for at tildele over kapacitet.');
    const r = await b.registry.call('caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-09-01', confirmOverCapacity: true });
    expect(r.overCapacityConfirmed).toBe(true);
    expect((await b.registry.call('courses.get', { id: c.id })).assignments[0].overCapacityConfirmed).toBe(true);
    const board = await b.registry.call('caseload.board');
    expect(board.mentors.find((m) => m.id === mette)).toMatchObject({ activeCourses: 3, overCapacity: true });
  });

  it('hands over all of a leaving mentor’s courses at once, and the leaver still shows until then', async () => {
    await assigned(soeren, { name: 'A' });
    await assigned(soeren, { name: 'B' });
    await assigned(soeren, { name: 'D' });
    const closed = await assigned(soeren, { name: 'C' });
    await b.registry.call('courses.close', { id: closed.id, closedOn: '2026-10-01', outcome: 'gennemfoert' });
    await b.registry.call('mentors.deactivate', { id: soeren, activeTo: '2026-11-20' });
    expect((await b.registry.call('caseload.board')).mentors.map((m) => m.name)).toEqual(['Mette Kjærgaard', 'Søren Aagaard']);
    await expectRefused(b, 'caseload.handover', { fromMentorId: soeren, toMentorId: mette, fromDate: '2026-11-20' }, 'confirmOverCapacity');
    const r = await b.registry.call('caseload.handover', { fromMentorId: soeren, toMentorId: mette, fromDate: '2026-11-20', confirmOverCapacity: true });
    expect(r).toEqual({ moved: 3, overCapacityConfirmed: true });
    const board = await b.registry.call('caseload.board');
    expect(board.mentors.map((m) => [m.name, m.activeCourses, m.overCapacity])).toEqual([['Mette Kjærgaard', 3, true]]);
    expect((await b.registry.call('courses.get', { id: closed.id })).mentorName).toBe('Søren Aagaard');
  });

  it('refuses assigning to an inactive mentor, to a closed course, and other bad caseload input', async () => {
    const c = await refer();
    await b.registry.call('mentors.deactivate', { id: mette, activeTo: '2026-10-01' });
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-11-01' }, 'mentorId');
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: 999, fromDate: '2026-11-01' }, 'mentorId');
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: soeren, fromDate: '2026-08-01' }, 'fromDate');
    await expectRefused(b, 'caseload.assign', { courseId: 999, mentorId: soeren, fromDate: '2026-11-01' }, 'courseId');
    await expectRefused(b, 'caseload.assign', { courseId: c.id, fromDate: '2026-11-01' }, 'mentorId');
    await expectRefused(b, 'caseload.handover', { fromMentorId: soeren, toMentorId: soeren, fromDate: '2026-11-01' }, 'toMentorId');
    await expectRefused(b, 'caseload.handover', { fromMentorId: soeren, toMentorId: mette, fromDate: '2026-11-01' }, 'toMentorId');
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId: soeren, fromDate: '2026-09-10' });
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: soeren, fromDate: '2026-11-01' }, 'mentorId');
    await b.registry.call('courses.close', { id: c.id, closedOn: '2026-11-01', outcome: 'job' });
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-11-01', outcome: 'job' }, 'id');
    const other = await refer({ name: 'Bo' });
    await b.registry.call('mentors.update', {
      id: mette,
      data: { name: 'Mette Kjærgaard', profession: 'socialraadgiver', employerMunicipalityId: odense, hoursPerWeek: 37, capacity: 2, activeFrom: '2024-08-01' },
    });
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-11-01' }, 'courseId');
    await expectRefused(b, 'caseload.handover', { fromMentorId: mette, toMentorId: soeren, fromDate: '2026-11-01' }, 'fromMentorId');
    expect(other.status).toBe('venteliste');
  });

  it('keeps a course’s dates in order: no referral after its mentor or close, no close before the mentor, no change of mentor ahead of time', async () => {
    const c = await assigned(soeren, {}, { referralDate: '2026-09-01' });
    await expectRefused(b, 'courses.update', { id: c.id, data: newCourse({ referralDate: '2026-09-15' }) }, 'data.referralDate');
    await expectRefused(b, 'caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-12-01' }, 'fromDate');
    await expectRefused(b, 'caseload.handover', { fromMentorId: soeren, toMentorId: mette, fromDate: '2026-12-01' }, 'fromDate');
    await b.registry.call('caseload.assign', { courseId: c.id, mentorId: mette, fromDate: '2026-10-15' });
    await expectRefused(b, 'courses.close', { id: c.id, closedOn: '2026-10-01', outcome: 'job' }, 'closedOn');

    const closed = await refer({ name: 'Bo' }, { referralDate: '2026-09-01' });
    await b.registry.call('courses.close', { id: closed.id, closedOn: '2026-09-05', outcome: 'fraflyttet' });
    await expectRefused(b, 'courses.update', { id: closed.id, data: newCourse({ referralDate: '2026-09-10' }) }, 'data.referralDate');
  });
});

describe('follow-up list', () => {
  it('lists active courses with no contact for N days, reviews due and courses past two years; a contact takes it off', async () => {
    const quiet = await assigned(soeren, { name: 'Stille Sif' }, { referralDate: '2026-09-01' });
    const fresh = await assigned(soeren, { name: 'Frisk Frede' }, { referralDate: '2026-11-20' });
    const review = await assigned(soeren, { name: 'Revision Rie' }, { referralDate: '2026-11-20', plannedReviewOn: '2026-11-23' });
    const old = await assigned(soeren, { name: 'Gammel Gert' }, { referralDate: '2024-11-01', consentGivenOn: null });
    await b.registry.call('contacts.create', contact([old.id], { date: '2026-11-22' }));
    await refer({ name: 'Venter Vera' }, { referralDate: '2026-01-01' });
    const list = await b.registry.call('followUp.list');
    expect(list.rows.map((r) => [r.menteeName, r.noRecentContact, r.reviewDue, r.overTwoYears])).toEqual([
      ['Stille Sif', true, false, false],
      ['Revision Rie', false, true, false],
      ['Gammel Gert', false, false, true],
    ]);
    expect((await b.registry.call('followUp.list', { days: 2 })).rows.map((r) => r.menteeName)).toContain('Frisk Frede');
    await b.registry.call('contacts.create', contact([quiet.id], { date: '2026-11-23' }));
    expect((await b.registry.call('followUp.list')).rows.map((r) => r.menteeName)).not.toContain('Stille Sif');
    expect(fresh.id).toBeGreaterThan(0);
    expect(review.id).toBeGreaterThan(0);
    await expectRefused(b, 'followUp.list', { days: 0 }, 'days');
  });
});

describe('contacts', () => {
  it('logs a clarifying and a group conversation, lists them per course and mentor, edits and deletes', async () => {
    const a = await assigned(soeren, { name: 'Anna' });
    const c = await assigned(soeren, { name: 'Carl' });
    const first = await b.registry.call('contacts.create', contact([a.id], { type: 'afklarende', date: '2026-09-05' }));
    const group = await b.registry.call('contacts.create', contact([a.id, c.id], { type: 'gruppe', date: '2026-10-10', durationMinutes: 90, themeIds: [themes.konflikter] }));
    expect(group.participants.map((p) => p.menteeName)).toEqual(['Anna', 'Carl']);
    await b.registry.call('contacts.create', { type: 'klasse', date: '2026-10-11', mentorId: soeren, durationMinutes: 60, school: 'SOSU Fyn, Odense', className: '2.a', headCount: 24 });
    const perCourse = await b.registry.call('contacts.list', { courseId: a.id });
    expect(perCourse.rows.map((r) => r.type)).toEqual(['gruppe', 'afklarende']);
    expect((await b.registry.call('contacts.list', { mentorId: soeren })).total).toBe(3);
    expect((await b.registry.call('contacts.list', { mentorId: mette })).total).toBe(0);
    expect((await b.registry.call('courses.get', { id: c.id })).lastContactOn).toBe('2026-10-10');
    const edited = await b.registry.call('contacts.update', { id: group.id, data: contact([c.id], { type: 'gruppe', date: '2026-10-12' }) });
    expect(edited.participants.map((p) => p.menteeName)).toEqual(['Carl']);
    expect((await b.registry.call('courses.get', { id: a.id })).lastContactOn).toBe('2026-09-05');
    await b.registry.call('contacts.delete', { id: first.id });
    expect((await b.registry.call('courses.get', { id: a.id })).lastContactOn).toBe(null);
    expect((await b.registry.call('contacts.list', { courseId: a.id })).total).toBe(0);
  });

  it('refuses each bad contact, naming the field, with nothing written', async () => {
    const a = await assigned(soeren, { name: 'Anna' }, { referralDate: '2026-09-01' });
    const closed = await assigned(soeren, { name: 'Bent' });
    await b.registry.call('courses.close', { id: closed.id, closedOn: '2026-10-01', outcome: 'afbrudt' });
    const withdrawn = await assigned(soeren, { name: 'Cille' });
    await b.registry.call('courses.update', { id: withdrawn.id, data: newCourse({ consentWithdrawnOn: '2026-10-01' }) });
    await expectRefused(b, 'contacts.create', contact([a.id], { date: '2026-08-31' }), 'date');
    await expectRefused(b, 'contacts.create', contact([a.id], { date: '2026-11-24' }), 'date');
    await expectRefused(b, 'contacts.create', contact([closed.id], { date: '2026-09-15' }), 'courseIds');
    await expectRefused(b, 'contacts.create', contact([withdrawn.id], { date: '2026-09-15' }), 'courseIds');
    await expectRefused(b, 'contacts.create', contact([], { type: 'gruppe' }), 'courseIds');
    await expectRefused(b, 'contacts.create', contact([a.id, closed.id], { type: 'individuel' }), 'courseIds');
    await expectRefused(b, 'contacts.create', { ...contact([]), type: 'klasse', school: 'SOSU Fyn', headCount: 0 }, 'headCount');
    await expectRefused(b, 'contacts.create', { ...contact([]), type: 'klasse', school: 'SOSU Fyn', headCount: -2 }, 'headCount');
    await expectRefused(b, 'contacts.create', { ...contact([]), type: 'klasse', school: 'SOSU Fyn', headCount: 5000 }, 'headCount');
    await expectRefused(b, 'contacts.create', { ...contact([]), type: 'klasse', headCount: 20 }, 'school');
    await expectRefused(b, 'contacts.create', { ...contact([a.id]), type: 'klasse', school: 'SOSU Fyn', headCount: 20 }, 'courseIds');
    await expectRefused(b, 'contacts.create', contact([a.id], { durationMinutes: 0 }), 'durationMinutes');
    await expectRefused(b, 'contacts.create', contact([a.id], { type: 'kaffe' }), 'type');
    await expectRefused(b, 'contacts.create', contact([a.id], { mentorId: 999 }), 'mentorId');
    await expectRefused(b, 'contacts.create', contact([999]), 'courseIds');
    await expectRefused(b, 'contacts.create', contact([a.id], { themeIds: [999] }), 'themeIds');
    await expectRefused(b, 'contacts.create', contact([a.id], { journal: 'fri tekst' }), 'journal');
    // Closing a course before its last contact is refused too.
    await b.registry.call('contacts.create', contact([a.id], { date: '2026-11-01' }));
    await expectRefused(b, 'courses.close', { id: a.id, closedOn: '2026-10-15', outcome: 'job' }, 'closedOn');
    const k = await b.registry.call('contacts.list', { courseId: a.id });
    await expectRefused(b, 'contacts.update', { id: k.rows[0].id, data: contact([a.id], { date: '2027-01-01' }) }, 'data.date');
    await expectRefused(b, 'contacts.update', { id: 999, data: contact([a.id]) }, 'id', 'NOT_FOUND');
    await expectRefused(b, 'contacts.delete', { id: 999 }, 'id', 'NOT_FOUND');
  });
});

describe('demo corps', () => {
  it('has Fælles Fynsk Mentorkorps’ scale, clean data, and is the same every time', async () => {
    const demo = makeBackend();
    try {
      await demo.registry.call('setup.loadDemo');
      const one = (sql: string) => demo.ctx.db.prepare(sql).get() as Record<string, number>;
      const scale = one(`SELECT (SELECT count(*) FROM mentees) AS persons, (SELECT count(*) FROM contacts) AS contacts,
        (SELECT count(DISTINCT home_municipality_id) FROM mentees) AS municipalities`);
      expect(scale.persons).toBeGreaterThan(440);
      expect(scale.persons).toBeLessThan(500);
      expect(scale.contacts).toBeGreaterThan(2300);
      expect(scale.contacts).toBeLessThan(2700);
      expect(scale.municipalities).toBe(10);
      // Every participant's contact lies within its course (referral .. close / consent withdrawn) and up to today.
      expect(
        one(`SELECT count(*) AS n FROM contact_participants p JOIN contacts k ON k.id = p.contact_id JOIN courses c ON c.id = p.course_id
             WHERE k.contact_date < c.referral_date OR k.contact_date > coalesce(c.closed_on, '2026-11-23')
                OR k.contact_date > coalesce(c.consent_withdrawn_on, '9999') OR k.contact_date > '2026-11-23'`).n,
      ).toBe(0);
      expect(one(`SELECT count(*) AS n FROM contacts k WHERE type = 'klasse' AND (head_count IS NULL OR EXISTS (SELECT 1 FROM contact_participants p WHERE p.contact_id = k.id))`).n).toBe(0);
      expect(one(`SELECT count(*) AS n FROM contacts k WHERE type <> 'klasse' AND NOT EXISTS (SELECT 1 FROM contact_participants p WHERE p.contact_id = k.id)`).n).toBe(0);
      expect(one(`SELECT count(*) AS n FROM courses WHERE closed_on IS NOT NULL AND outcome IS NULL`).n).toBe(0);
      expect(one(`SELECT count(*) AS n FROM payer_periods a JOIN payer_periods b ON a.course_id = b.course_id AND a.id < b.id
                  AND a.from_date <= coalesce(b.to_date, '9999') AND b.from_date <= coalesce(a.to_date, '9999')`).n).toBe(0);
      expect(one(`SELECT count(*) AS n FROM courses c WHERE c.last_contact_on IS NOT (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = c.id)`).n).toBe(0);
      const board = await demo.registry.call('caseload.board');
      expect(board.mentors).toHaveLength(3);
      expect(board.waiting).toBeGreaterThan(0);
      expect(board.mentors.some((m) => m.overCapacity)).toBe(true);
      expect(board.mentors.some((m) => m.activeCourses < m.capacity)).toBe(true);
      expect((await demo.registry.call('followUp.list')).total).toBeGreaterThan(0);

      const again = makeBackend();
      try {
        await again.registry.call('setup.loadDemo');
        const names = (b2: TestBackend) => b2.ctx.db.prepare('SELECT name FROM mentees ORDER BY id LIMIT 20').all();
        expect(names(again)).toEqual(names(demo));
      } finally {
        again.cleanup();
      }
    } finally {
      demo.cleanup();
    }
  });
});
