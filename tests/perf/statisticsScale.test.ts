// Manual measurement (not in the unit suite): a national-scale file (98 municipalities, 250 mentors,
// PERF_MENTEES mentees, PERF_CONTACTS contacts over 7 years, no ANALYZE) and the time of the statistics
// from the summaries, the summaries' build, and one contact write. Run:
//   npx vitest run --config tests/perf/vitest.config.ts
// PERF_OLD=1 also times the code before the summaries, after
//   git show b690027:electron/backend/evaluation/aggregates.ts > electron/backend/evaluation/aggregatesOld.ts
// PERF_PROFILE=1 times each part of the summaries' build and each query.
import { it } from 'vitest';
import { EDUCATION_KEYS } from '../../shared/caseload';
import { danishSortKey } from '../../shared/format';
import { seededRandom } from '../../electron/backend/demo/caseload';
import { yearStatistics } from '../../electron/backend/evaluation/aggregates';
import { flushStatisticsSummaries } from '../../electron/backend/evaluation/summaries';
import { makeBackend } from '../helpers/backend';

const MENTEES = Number(process.env.PERF_MENTEES ?? 100_000);
const CONTACTS = Number(process.env.PERF_CONTACTS ?? 1_000_000);
const TYPES = ['individuel', 'individuel', 'individuel', 'telefon', 'afklarende', 'gruppe', 'ledsagelse', 'netvaerk', 'forsoeg', 'klasse'] as const;

function median(f: () => unknown, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    f();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[runs >> 1];
}

it('measures', async () => {
  const b = makeBackend('2026-11-23');
  const { db } = b.ctx;
  const rng = seededRandom(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  await b.registry.call('setup.startEmpty', { corpsName: 'Perf' });
  let t = performance.now();
  db.transaction(() => {
    for (let i = 0; i < 98; i++) db.prepare('INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)').run(`Kommune ${i}`, `kommune ${i}`, 100 + i);
    for (let i = 0; i < 250; i++) {
      db.prepare("INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from) VALUES (?, ?, 'socialraadgiver', ?, 37, 30, '2019-01-01')").run(`Mentor ${i}`, danishSortKey(`Mentor ${i}`), 1 + (i % 98));
    }
    const themes = db.prepare('SELECT id FROM themes').pluck().all() as number[];
    const mentee = db.prepare('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education) VALUES (?, ?, 2003, ?, ?)');
    const course = db.prepare("INSERT INTO courses (mentee_id, referral_date, referred_by, consent_given_on, phase_at_start, mentor_id) VALUES (?, ?, 'selv', ?, ?, ?)");
    const contact = db.prepare('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, school, head_count) VALUES (?, ?, ?, 45, ?, ?)');
    const participant = db.prepare('INSERT OR IGNORE INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
    const theme = db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)');
    const day = (n: number) => new Date(Date.UTC(2026, 10, 23) - n * 86_400_000).toISOString().slice(0, 10);
    const courses: { id: number; mentor: number; from: number }[] = [];
    for (let i = 0; i < MENTEES; i++) {
      const m = Number(mentee.run(`Person ${i}`, `person ${i}`, 1 + Math.floor(rng() * 98), pick(EDUCATION_KEYS)).lastInsertRowid);
      const from = 60 + Math.floor(rng() * 2500);
      const mentor = 1 + Math.floor(rng() * 250);
      courses.push({ id: Number(course.run(m, day(from), day(from), pick(['oplaering', 'skoleperiode', 'grundforloeb']), mentor).lastInsertRowid), mentor, from });
    }
    for (let i = 0; i < CONTACTS; i++) {
      const c = pick(courses);
      const type = pick(TYPES);
      const k = Number(contact.run(type, day(Math.max(0, c.from - Math.floor(rng() * 60))), c.mentor, type === 'klasse' ? 'Skole' : null, type === 'klasse' ? 20 : null).lastInsertRowid);
      if (type !== 'klasse') participant.run(k, c.id);
      if (type === 'gruppe') participant.run(k, pick(courses).id);
      theme.run(k, pick(themes));
    }
  })();
  console.log(`built ${MENTEES} mentees, ${CONTACTS} contacts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  if (process.env.PERF_PROFILE) {
    const { SUMMARY_TABLES } = await import('../../electron/backend/evaluation/summaries');
    for (const s of SUMMARY_TABLES) {
      const q = `SELECT ${s.keys.join(', ')}, ${s.sums.map((c) => `sum(${c})`).join(', ')} FROM ${s.table}_v WHERE contact_id IN (SELECT contact_id FROM stat_dirty) GROUP BY ${s.keys.join(', ')}`;
      let u = performance.now();
      const n = db.prepare(q).all().length;
      console.log(s.table, 'select', n, (performance.now() - u).toFixed(0), 'ms');
      console.log(db.prepare(`EXPLAIN QUERY PLAN ${q}`).all().map((r) => (r as { detail: string }).detail).join(' | '));
      u = performance.now();
      db.prepare(`INSERT INTO ${s.table} ${q.replace('GROUP BY', 'GROUP BY')} ON CONFLICT DO NOTHING`).run();
      console.log(s.table, 'insert', (performance.now() - u).toFixed(0), 'ms');
      db.exec(`DELETE FROM ${s.table}`);
    }
  }
  t = performance.now();
  flushStatisticsSummaries(db);
  console.log(`summaries of every contact (= the migration's build): ${((performance.now() - t) / 1000).toFixed(1)} s`);
  console.log('rows', db.prepare("SELECT (SELECT count(*) FROM stat_contacts) || ' / ' || (SELECT count(*) FROM stat_theme_contacts) || ' / ' || (SELECT count(*) FROM stat_course_contacts) || ' / ' || (SELECT count(*) FROM stat_theme_courses)").pluck().get());

  const NONE = { municipalityId: null, mentorId: null, education: null };
  if (process.env.PERF_PROFILE) {
    const { SUMMARY_SQL } = await import('../../electron/backend/evaluation/summaryCounts');
    const { courseCountsSql } = await import('../../electron/backend/evaluation/courseCounts');
    const { followUpStatistics } = await import('../../electron/backend/evaluation/followUp');
    const p = { year: 2026, from: '2026-01-01', to: '2026-12-31', mentor: null, muni: null, edu: null, muniKey: 0, eduKey: '*', day: '2026-11-23' };
    for (const [name, sql] of [...Object.entries(SUMMARY_SQL), ...Object.entries(courseCountsSql(p))]) {
      const stmt = db.prepare(sql);
      const keys = new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]));
      const args = Object.fromEntries(Object.entries(p).filter(([k]) => keys.has(k)));
      console.log(name, median(() => stmt.all(args)).toFixed(1), 'ms');
    }
    console.log('followUp', median(() => followUpStatistics(db, 2026, NONE, '2026-11-23')).toFixed(1), 'ms');
  }
  const cases = [
    ['no filter', NONE],
    ['one municipality', { ...NONE, municipalityId: 6 }],
    ['one mentor', { ...NONE, mentorId: 2 }],
    ['one education', { ...NONE, education: 'pau' as const }],
    ['municipality + education', { ...NONE, municipalityId: 6, education: 'pau' as const }],
  ] as const;
  const old = process.env.PERF_OLD ? ((await import('../../electron/backend/evaluation/aggregatesOld' as string)) as { yearStatistics: typeof yearStatistics }) : null;
  for (const [label, f] of cases) {
    const now = median(() => yearStatistics(b.ctx, 2026, f));
    const before = old ? median(() => old.yearStatistics(b.ctx, 2026, f), 3) : NaN;
    console.log(`${label.padEnd(26)} summaries ${now.toFixed(1)} ms   old ${before.toFixed(1)} ms`);
  }
  const course = db.prepare("SELECT id, mentor_id FROM courses WHERE referral_date < '2026-06-01' ORDER BY referral_date DESC LIMIT 1").get() as { id: number; mentor_id: number };
  const input = { type: 'individuel' as const, date: '2026-11-20', mentorId: course.mentor_id, durationMinutes: 30, courseIds: [course.id], themeIds: [1] };
  const times: number[] = [];
  const upd: number[] = [];
  for (let i = 0; i < 15; i++) {
    let s = performance.now();
    const k = await b.registry.call('contacts.create', input);
    times.push(performance.now() - s);
    s = performance.now();
    await b.registry.call('contacts.update', { id: k.id, data: { ...input, durationMinutes: 50, themeIds: [2] } });
    upd.push(performance.now() - s);
  }
  const med = (xs: number[]) => xs.sort((a, c) => a - c)[xs.length >> 1].toFixed(1);
  console.log(`contacts.create ${med(times)} ms, contacts.update ${med(upd)} ms (median of 15, through the registry)`);
  db.exec('DROP TRIGGER stat_contacts_insert; DROP TRIGGER stat_participants_insert; DROP TRIGGER stat_themes_insert; DROP TRIGGER stat_contacts_update; DROP TRIGGER stat_participants_delete; DROP TRIGGER stat_themes_delete');
  const bare: number[] = [];
  for (let i = 0; i < 15; i++) {
    const s = performance.now();
    await b.registry.call('contacts.create', input);
    bare.push(performance.now() - s);
  }
  console.log(`contacts.create without the summary triggers ${med(bare)} ms`);
  b.cleanup();
}, 3_600_000);
