// For the privacy tests: everything a published figure is made of (all years' statistics, the
// evaluation tables and CSV, issued billing statements), and a random small corps as a fast-check arbitrary.
import fc from 'fast-check';
import { CONTACT_TYPE_KEYS, EDUCATION_KEYS, GOAL_STATUS_KEYS, OFFER_KEYS, OUTCOME_KEYS, PHASE_KEYS } from '../../shared/caseload';
import { CHECKPOINT_SOURCE_KEYS, CHECKPOINT_STATUS_KEYS } from '../../shared/followUp';
import { statisticsTables } from '../../shared/statistics/tables';
import type { TestBackend } from './backend';

const UNFILTERED = { municipalityId: null, mentorId: null, education: null };

/** Every figure the corps publishes, as of the backend's today. */
export async function publishedFigures(b: TestBackend, options: { filters?: boolean } = {}) {
  const call = b.registry.call;
  const years = await call('statistics.years');
  const out: Record<string, unknown> = { years };
  for (const year of years.years) {
    const stats = await call('statistics.get', { year, ...UNFILTERED });
    out[`statistics ${year}`] = stats;
    out[`tables ${year}`] = statisticsTables(stats);
    out[`csv ${year}`] = (await call('evaluation.exportCsv', { year })).base64;
    if (!options.filters) continue;
    for (const m of years.municipalities) out[`statistics ${year} kommune ${m.id}`] = await call('statistics.get', { year, ...UNFILTERED, municipalityId: m.id });
    const present = (b.ctx.db.prepare('SELECT DISTINCT education FROM mentees').all() as { education: (typeof EDUCATION_KEYS)[number] }[]).map((r) => r.education);
    for (const education of present) out[`statistics ${year} ${education}`] = await call('statistics.get', { year, ...UNFILTERED, education });
    for (const m of years.mentors) out[`statistics ${year} mentor ${m.id}`] = await call('statistics.get', { year, ...UNFILTERED, mentorId: m.id });
  }
  for (const v of await call('billing.list')) if (v.lockedOn !== null) out[`billing ${v.id}`] = await call('billing.get', { id: v.id });
  return out;
}

const date = (from: number, to: number) =>
  fc.date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 28)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const courseArb = fc.record({
  referral: date(2019, 2026),
  closedAfterDays: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
  phase: fc.constantFrom(...PHASE_KEYS),
  outcome: fc.constantFrom(...OUTCOME_KEYS),
  mentor: fc.nat(1),
  goals: fc.array(fc.constantFrom(...GOAL_STATUS_KEYS), { maxLength: 2 }),
  offers: fc.array(fc.constantFrom(...OFFER_KEYS), { maxLength: 2 }),
  checkpoint: fc.option(fc.record({ status: fc.constantFrom(...CHECKPOINT_STATUS_KEYS), source: fc.constantFrom(...CHECKPOINT_SOURCE_KEYS) }), { nil: null }),
  contacts: fc.array(fc.record({ afterDays: fc.integer({ min: 0, max: 500 }), type: fc.constantFrom(...CONTACT_TYPE_KEYS.filter((t) => t !== 'klasse')), minutes: fc.integer({ min: 15, max: 120 }), withOther: fc.option(fc.nat(30), { nil: null }), theme: fc.nat(5) }), { maxLength: 4 }),
});

export const corpsArb = fc.record({
  mentees: fc.array(fc.record({ municipality: fc.nat(2), education: fc.constantFrom(...EDUCATION_KEYS), birthYear: fc.integer({ min: 1985, max: 2010 }), courses: fc.array(courseArb, { minLength: 1, maxLength: 3 }) }), {
    minLength: 2,
    maxLength: 8,
  }),
  students: fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 })),
  phaseStudents: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
});
export type CorpsSpec = typeof corpsArb extends fc.Arbitrary<infer T> ? T : never;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The identifying text of mentee i: unique, so a byte search finds exactly it. */
export const personText = (i: number) => ({ name: `Zyxna Qorvik${i}`, phone: `+45 9${String(i).padStart(7, '0')}`, email: `zyxna.qorvik${i}@eksempel.dk`, school: `Quexby Skole ${i}`, goal: `Maal Vrelkin ${i}` });

/** Writes the corps straight into the file (as the statistics tests do); courses closed later than today stay open. */
export function seedCorps(b: TestBackend, spec: CorpsSpec, today: string): void {
  const { db } = b.ctx;
  const id = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);
  const munis = ['Odense', 'Svendborg', 'Ærø'].map((name, i) => id('INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)', name, name.toLowerCase(), 461 + i));
  const mentors = ['Birgit Holm', 'Ali Nasser'].map((name) =>
    id("INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from) VALUES (?, ?, 'socialraadgiver', ?, 30, 20, '2018-01-01')", name, name.toLowerCase(), munis[0]),
  );
  const themes = (db.prepare('SELECT id FROM themes ORDER BY id').all() as { id: number }[]).map((t) => t.id);
  const courseIds: number[] = [];
  const pending: { courseIndex: number; c: CorpsSpec['mentees'][number]['courses'][number]['contacts'][number]; date: string }[] = [];
  spec.mentees.forEach((m, i) => {
    const p = personText(i);
    const menteeId = id(
      'INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education, school, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      p.name, p.name.toLowerCase(), m.birthYear, munis[m.municipality], m.education, p.school, p.phone, p.email,
    );
    for (const c of m.courses) {
      const closed = c.closedAfterDays === null ? null : addDays(c.referral, c.closedAfterDays);
      const closedOn = closed !== null && closed <= today ? closed : null;
      const mentorId = mentors[c.mentor];
      const courseId = id(
        `INSERT INTO courses (mentee_id, referral_date, referred_by, phase_at_start, consent_given_on, planned_review_on, mentor_id, closed_on, outcome) VALUES (?, ?, 'selv', ?, ?, ?, ?, ?, ?)`,
        menteeId, c.referral, c.phase, c.referral, addDays(c.referral, 90), mentorId, closedOn, closedOn ? c.outcome : null,
      );
      db.prepare("INSERT INTO course_assignments (course_id, mentor_id, from_date, to_date, kind, recorded_at) VALUES (?, ?, ?, ?, 'tildelt', ?)").run(courseId, mentorId, c.referral, closedOn, c.referral);
      c.goals.forEach((status, g) => db.prepare('INSERT INTO goals (course_id, text, status) VALUES (?, ?, ?)').run(courseId, `${p.goal}.${g}`, status));
      for (const offer of c.offers) db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)').run(courseId, offer, munis[m.municipality], c.referral);
      if (closedOn && c.checkpoint) {
        db.prepare('INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, 6, ?, ?, ?, ?)').run(courseId, c.checkpoint.status, closedOn, c.checkpoint.source, closedOn);
      }
      for (const k of c.contacts) pending.push({ courseIndex: courseIds.length, c: k, date: addDays(c.referral, k.afterDays) });
      courseIds.push(courseId);
    }
  });
  // Contacts last, so a group contact can name another person's course (kept as an anonymous link).
  for (const { courseIndex, c, date } of pending) {
    if (date > today) continue;
    const k = id('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES (?, ?, ?, ?)', c.withOther === null ? c.type : 'gruppe', date, mentors[0], c.minutes);
    db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)').run(k, courseIds[courseIndex]);
    const other = c.withOther === null ? null : courseIds[c.withOther % courseIds.length];
    if (other !== null && other !== courseIds[courseIndex]) db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)').run(k, other);
    db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)').run(k, themes[c.theme % themes.length]);
  }
  db.prepare('UPDATE courses SET last_contact_on = (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = courses.id)').run();
  // An issued 2025 key with phase counts: reach and phase reach read persons' municipality and phase.
  const version = id(
    `INSERT INTO billing_versions (year, version, created_on, locked_on, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account, contact_name)
     VALUES (2025, 1, '2025-01-02', '2025-01-10', 30, 'Odense Kommune', '5798000000001', '1234', '0012345678', 'Koordinator')`,
  );
  munis.forEach((m, i) => {
    db.prepare("INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, ?, '2024-09-05', 'Elevliste')").run(version, m, spec.students[i]);
    if (spec.phaseStudents !== null) db.prepare("INSERT INTO billing_phase_students (version_id, municipality_id, phase, students) VALUES (?, ?, 'skoleperiode', ?)").run(version, m, spec.phaseStudents);
  });
  db.prepare("INSERT INTO billing_cost_lines (version_id, position, kind, amount_oere) VALUES (?, 1, 'loen', 16000000)").run(version);
  db.prepare("INSERT INTO billing_instalments (version_id, number, due_date) VALUES (?, 1, '2025-03-01')").run(version);
  db.prepare("INSERT INTO settings (key, value) VALUES ('corps_name', 'Testkorps'), ('setup_done', '1')").run();
}
