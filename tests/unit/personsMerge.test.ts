// Merging two records of one person (#11): everything the person had moves, in one transaction, and
// the statistics count the person once afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let muni: number;
let mentorId: number;
let names = 0;

beforeAll(async () => {
  b = makeBackend();
  muni = (await b.registry.call('municipalities.create', { name: 'Nyborg', code: 450 })).id;
  mentorId = (await b.registry.call('mentors.create', { name: 'Mette Kjærgaard', profession: 'ergoterapeut', employerMunicipalityId: muni, hoursPerWeek: 37, capacity: 100, activeFrom: '2024-08-01', schools: [] })).id;
  // A course in 2025, so both years are in the statistics' range from the first run on.
  await refer(null, 2025, 0);
});
afterAll(() => b.cleanup());

const date = (year: number, slot: number, day: number) => `${year}-${String(1 + 3 * slot).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const course = (year: number, slot: number) => ({ referralDate: date(year, slot, 1), referredBy: 'selv' as const, consentGivenOn: date(year, slot, 1), phaseAtStart: 'oplaering' as const, themeIds: [] });

/** A course for a known mentee, or for a new one with a name of its own. */
async function refer(menteeId: number | null, year: number, slot: number) {
  if (menteeId) return b.registry.call('courses.refer', { menteeId, course: course(year, slot) });
  names += 1;
  return b.registry.call('courses.refer', { mentee: { name: `Person ${names}`, birthYear: 2004, homeMunicipalityId: muni, education: 'pau' }, course: course(year, slot) });
}
const contact = (courseIds: number[], day: string) =>
  b.registry.call('contacts.create', { type: courseIds.length > 1 ? 'gruppe' : 'individuel', date: day, mentorId, durationMinutes: 30, courseIds, themeIds: [] });
const persons = async (year: number) => (await b.registry.call('statistics.get', { year })).persons.total;
const coursesOf = (menteeId: number) => b.ctx.db.prepare('SELECT id FROM courses WHERE mentee_id = ? ORDER BY id').pluck().all(menteeId) as number[];
const participations = () => b.ctx.db.prepare('SELECT contact_id AS k, course_id AS c FROM contact_participants ORDER BY 1, 2').all();

// A slot is three months of one year; each of the two records may have a course in it, with contacts, and share a group contact.
const slot = fc.record({ year: fc.constantFrom(2025, 2026), a: fc.nat(2), b: fc.nat(2), group: fc.boolean(), aHas: fc.boolean(), bHas: fc.boolean() });

describe('mentees.merge', () => {
  it('keeps every course and contact, and counts the person once in the statistics', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(slot, { minLength: 1, maxLength: 3 }), async (slots) => {
        const ids: { a: number | null; b: number | null } = { a: null, b: null };
        const reached = { a: new Set<number>(), b: new Set<number>() };
        for (const [i, s] of slots.entries()) {
          const courses: { a?: number; b?: number } = {};
          for (const who of ['a', 'b'] as const) {
            if (!(who === 'a' ? s.aHas : s.bHas)) continue;
            const c = await refer(ids[who], s.year, i);
            ids[who] = c.menteeId;
            courses[who] = c.id;
            for (let n = 0; n < s[who]; n++) await contact([c.id], date(s.year, i, 2 + n));
            if (s[who] > 0) reached[who].add(s.year);
          }
          if (s.group && courses.a && courses.b) {
            await contact([courses.a, courses.b], date(s.year, i, 10));
            reached.a.add(s.year);
            reached.b.add(s.year);
          }
          for (const c of [courses.a, courses.b]) if (c) await b.registry.call('courses.close', { id: c, closedOn: date(s.year, i, 20), outcome: 'fastholdt' });
        }
        if (!ids.a || !ids.b) return;
        const before = { courses: [...coursesOf(ids.a), ...coursesOf(ids.b)].sort((x, y) => x - y), participations: participations(), p2025: await persons(2025), p2026: await persons(2026) };
        await b.registry.call('mentees.merge', { keepId: ids.a, mergeId: ids.b });
        expect(coursesOf(ids.a)).toEqual(before.courses);
        expect(coursesOf(ids.b)).toEqual([]);
        expect(b.ctx.db.prepare('SELECT 1 FROM mentees WHERE id = ?').get(ids.b)).toBeUndefined();
        expect(participations()).toEqual(before.participations);
        const both = (y: number) => (reached.a.has(y) && reached.b.has(y) ? 1 : 0);
        expect(await persons(2025)).toBe(before.p2025 - both(2025));
        expect(await persons(2026)).toBe(before.p2026 - both(2026));
      }),
      { numRuns: 25 },
    );
  });

  it('moves checkpoints and the mentor history, fills the kept record’s blanks, and the merged person can no longer be found', async () => {
    const first = await b.registry.call('courses.refer', {
      mentee: { name: 'Åse Ærtebjerg', birthYear: 2005, homeMunicipalityId: muni, education: 'pau' },
      course: course(2025, 0),
    });
    await b.registry.call('caseload.assign', { courseId: first.id, mentorId, fromDate: date(2025, 0, 1) });
    await b.registry.call('courses.close', { id: first.id, closedOn: date(2025, 0, 20), outcome: 'fastholdt' });
    await b.registry.call('checkpoints.record', { courseId: first.id, months: 6, status: 'arbejde', learnedOn: '2025-08-01', source: 'skolen' });
    const dup = await b.registry.call('courses.refer', {
      mentee: { name: 'Aase Aertebjerg', birthYear: 2005, homeMunicipalityId: muni, education: 'pau', phone: '12345678' },
      course: course(2026, 1),
      confirmNewPerson: true,
    });
    const preview = await b.registry.call('mentees.mergePreview', { keepId: dup.menteeId, mergeId: first.menteeId });
    expect(preview.moving).toMatchObject({ courses: 1, openCourses: 0, checkpoints: 1, assignments: 1 });
    const merged = await b.registry.call('mentees.merge', { keepId: dup.menteeId, mergeId: first.menteeId });
    // The merge is written in the kept person's log.
    const logged = b.ctx.db.prepare("SELECT mentee_id FROM audit_log WHERE method = 'mentees.merge'").pluck().all();
    expect(logged.at(-1)).toBe(dup.menteeId);
    expect(logged).not.toContain(null);
    expect(merged.keep).toMatchObject({ name: 'Aase Aertebjerg', phone: '12345678' });
    const detail = await b.registry.call('courses.get', { id: first.id });
    expect(detail.menteeId).toBe(dup.menteeId);
    expect(detail.otherCourses.map((c) => c.id)).toEqual([dup.id]);
    expect(b.ctx.db.prepare('SELECT count(*) FROM checkpoints WHERE course_id = ?').pluck().get(first.id)).toBe(1);
    expect(b.ctx.db.prepare('SELECT count(*) FROM course_assignments WHERE course_id = ?').pluck().get(first.id)).toBe(1);
    expect(await b.registry.call('mentees.similar', { name: 'Åse Ærtebjerg', birthYear: 2005, homeMunicipalityId: muni })).toEqual([
      expect.objectContaining({ id: dup.menteeId, courses: 2, openCourse: true }),
    ]);
  });

  it('refuses a merge with itself, an unknown or anonymised person, or two active courses, writing nothing', async () => {
    const a = await refer(null, 2026, 2);
    const other = await refer(null, 2026, 2);
    await expectRefused(b, 'mentees.merge', { keepId: a.menteeId, mergeId: a.menteeId }, 'mergeId');
    await expectRefused(b, 'mentees.merge', { keepId: a.menteeId, mergeId: 999_999 }, 'mergeId');
    await expectRefused(b, 'mentees.merge', { keepId: 999_999, mergeId: a.menteeId }, 'keepId');
    const refusal = await expectRefused(b, 'mentees.merge', { keepId: a.menteeId, mergeId: other.menteeId }, 'mergeId');
    expect(refusal.fields.mergeId).toContain('aktivt forløb');
    await expectRefused(b, 'mentees.mergePreview', { keepId: a.menteeId, mergeId: other.menteeId }, 'mergeId');
    await b.registry.call('courses.close', { id: other.id, closedOn: date(2026, 2, 20), outcome: 'afbrudt' });
    await b.registry.call('privacy.erase', { menteeId: other.menteeId, reason: 'Anmodning om sletning' });
    await expectRefused(b, 'mentees.merge', { keepId: a.menteeId, mergeId: other.menteeId }, 'mergeId');
    await expectRefused(b, 'mentees.merge', { keepId: other.menteeId, mergeId: a.menteeId }, 'keepId');
  });
});
