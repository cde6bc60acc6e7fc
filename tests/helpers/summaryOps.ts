// Random writes through the registry for the statistics-summaries property test: every kind of call that
// changes a figure (contacts, participants, themes, courses, mentees, merges, erasure, retention runs).
// Indices pick among the rows that exist when the operation runs; a call the app refuses is just counted.
import fc from 'fast-check';
import { CONTACT_TYPE_KEYS, EDUCATION_KEYS, OUTCOME_KEYS, PHASE_KEYS } from '../../shared/caseload';
import { ApiError } from '../../shared/errors';
import type { TestBackend } from './backend';

const DAYS = 1420; // 2023-01-04 … 2026-11-23 (the tests' today)
const dayIso = (n: number) => new Date(Date.UTC(2026, 10, 23) - (n % DAYS) * 86_400_000).toISOString().slice(0, 10);

const contactArb = fc.record({
  type: fc.constantFrom(...CONTACT_TYPE_KEYS),
  day: fc.nat(),
  mentor: fc.nat(),
  minutes: fc.integer({ min: 1, max: 240 }),
  heads: fc.integer({ min: 1, max: 40 }),
  courses: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  themes: fc.array(fc.nat(), { maxLength: 3 }),
});

export const opArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('create' as const), c: contactArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('update' as const), which: fc.nat(), c: contactArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('refer' as const), mentee: fc.option(fc.nat(), { nil: null }), day: fc.nat(), phase: fc.constantFrom(...PHASE_KEYS), muni: fc.nat(), edu: fc.constantFrom(...EDUCATION_KEYS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('course' as const), which: fc.nat(), day: fc.nat(), phase: fc.constantFrom(...PHASE_KEYS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('close' as const), which: fc.nat(), day: fc.nat(), outcome: fc.constantFrom(...OUTCOME_KEYS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('assign' as const), which: fc.nat(), mentor: fc.nat(), day: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('mentee' as const), which: fc.nat(), muni: fc.nat(), edu: fc.constantFrom(...EDUCATION_KEYS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('merge' as const), keep: fc.nat(), merge: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('erase' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('retention' as const) }) },
);
export type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const ids = (b: TestBackend, sql: string) => b.ctx.db.prepare(sql).pluck().all() as number[];
const pick = (xs: number[], i: number) => xs[i % xs.length];

/** A small corps through the registry: 3 municipalities, 3 mentors, 4 persons with a course each. */
export async function seedSmallCorps(b: TestBackend): Promise<void> {
  const call = b.registry.call;
  await call('setup.startEmpty', { corpsName: 'Testkorps' });
  const munis: number[] = [];
  for (const [i, name] of ['Odense', 'Svendborg', 'Ærø'].entries()) munis.push((await call('municipalities.create', { name, code: 461 + i })).id);
  for (const [i, name] of ['Birgit Holm', 'Ali Nasser', 'Åse Lund'].entries()) {
    await call('mentors.create', { name, profession: 'socialraadgiver', employerMunicipalityId: munis[i], hoursPerWeek: 30, capacity: 50, activeFrom: '2020-01-01', schools: [] });
  }
  for (let i = 0; i < 4; i++) await runOp(b, { op: 'refer', mentee: null, day: 1000 + i * 90, phase: PHASE_KEYS[i % PHASE_KEYS.length], muni: i, edu: EDUCATION_KEYS[i % EDUCATION_KEYS.length] });
}

function contactInput(b: TestBackend, c: Op & { op: 'create' } extends { c: infer C } ? C : never) {
  const courses = ids(b, 'SELECT id FROM courses ORDER BY id');
  const themes = ids(b, 'SELECT id FROM themes ORDER BY id');
  const klasse = c.type === 'klasse';
  const courseIds = klasse ? [] : [...new Set(c.courses.slice(0, c.type === 'gruppe' ? 3 : 1).map((i) => pick(courses, i)))];
  return {
    type: c.type,
    date: dayIso(c.day),
    mentorId: pick(ids(b, 'SELECT id FROM mentors ORDER BY id'), c.mentor),
    durationMinutes: c.minutes,
    courseIds,
    themeIds: [...new Set(c.themes.map((i) => pick(themes, i)))],
    school: klasse ? 'Tietgen' : null,
    className: null,
    headCount: klasse ? c.heads : null,
  };
}

/** Runs one operation; true when the app accepted it. */
export async function runOp(b: TestBackend, o: Op): Promise<boolean> {
  const { db } = b.ctx;
  const call = b.registry.call;
  const contacts = () => ids(b, 'SELECT id FROM contacts ORDER BY id');
  const courses = () => ids(b, 'SELECT id FROM courses ORDER BY id');
  const mentees = () => ids(b, 'SELECT id FROM mentees WHERE anonymised_at IS NULL ORDER BY id');
  const munis = () => ids(b, 'SELECT id FROM municipalities ORDER BY id');
  const menteeData = (id: number) => {
    const m = db.prepare('SELECT name, birth_year, home_municipality_id, education FROM mentees WHERE id = ?').get(id) as Record<string, never>;
    return { name: m.name, birthYear: m.birth_year, homeMunicipalityId: m.home_municipality_id, education: m.education, school: null, phone: null, email: null };
  };
  try {
    switch (o.op) {
      case 'create':
        await call('contacts.create', contactInput(b, o.c));
        break;
      case 'update':
        if (!contacts().length) return false;
        await call('contacts.update', { id: pick(contacts(), o.which), data: contactInput(b, o.c) });
        break;
      case 'delete':
        if (!contacts().length) return false;
        await call('contacts.delete', { id: pick(contacts(), o.which) });
        break;
      case 'refer': {
        const date = dayIso(o.day);
        const course = { referralDate: date, referredBy: 'selv' as const, consentGivenOn: date, phaseAtStart: o.phase, themeIds: [] };
        // A person with an open course cannot be referred again: a known one is picked among the others.
        const free = ids(b, 'SELECT id FROM mentees me WHERE anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) ORDER BY id');
        const known = o.mentee === null || !free.length ? null : pick(free, o.mentee);
        const mentee = { name: `Person ${courses().length + 1}`, birthYear: 2004, homeMunicipalityId: pick(munis(), o.muni), education: o.edu };
        await call('courses.refer', known ? { menteeId: known, course } : { mentee, course, confirmNewPerson: true });
        break;
      }
      case 'course': {
        const id = pick(courses(), o.which);
        const date = dayIso(o.day);
        await call('courses.update', { id, data: { referralDate: date, referredBy: 'selv', consentGivenOn: date, phaseAtStart: o.phase, themeIds: [] } });
        break;
      }
      case 'close': {
        const open = ids(b, 'SELECT id FROM courses WHERE closed_on IS NULL ORDER BY id');
        if (!open.length) return false;
        // Within the last 200 days: mostly after the referral and the last contact.
        await call('courses.close', { id: pick(open, o.which), closedOn: dayIso(o.day % 200), outcome: o.outcome });
        break;
      }
      case 'assign':
        await call('caseload.assign', { courseId: pick(courses(), o.which), mentorId: pick(ids(b, 'SELECT id FROM mentors ORDER BY id'), o.mentor), fromDate: dayIso(o.day), confirmOverCapacity: true });
        break;
      case 'mentee': {
        if (!mentees().length) return false;
        const id = pick(mentees(), o.which);
        await call('mentees.update', { id, data: { ...menteeData(id), homeMunicipalityId: pick(munis(), o.muni), education: o.edu } });
        break;
      }
      case 'merge': {
        // Two persons with open courses are refused; the merged one is picked among those without.
        const keep = mentees();
        const free = ids(b, 'SELECT id FROM mentees me WHERE anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) ORDER BY id');
        const keepId = keep.length ? pick(keep, o.keep) : null;
        const merge = free.filter((id) => id !== keepId);
        if (keepId === null || !merge.length) return false;
        await call('mentees.merge', { keepId, mergeId: pick(merge, o.merge) });
        break;
      }
      case 'erase': {
        const closed = ids(b, 'SELECT id FROM mentees me WHERE anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) ORDER BY id');
        if (!closed.length) return false;
        await call('privacy.erase', { menteeId: pick(closed, o.which), reason: 'Anmodning fra personen' });
        break;
      }
      case 'retention': {
        // Far in the future every closed person is due; the day is put back at once.
        const today = b.ctx.today;
        b.ctx.today = () => '2060-06-30';
        try {
          const due = await call('privacy.retentionDue');
          if (due.total === 0) return false;
          await call('privacy.runRetention', { confirm: true, expectedCount: due.total });
        } finally {
          b.ctx.today = today;
        }
        break;
      }
    }
    return true;
  } catch (err) {
    // Refused by a rule (ApiError) or by the anonymity triggers (SqliteError): nothing was written.
    if (err instanceof ApiError || (err instanceof Error && err.name === 'SqliteError')) return false;
    throw err;
  }
}
