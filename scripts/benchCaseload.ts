// Builds a corps of 100,000 mentees and 1,000,000 contacts in an encrypted temp file and times the
// list queries the screens make (through the real registry, as the UI calls them), then compares
// the encrypted file with a plain copy (benchCipher.ts). Reports figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { danishSortKey } from '../shared/format';
import type { Method, MethodInput } from '../shared/api/index';
import { startBackend } from '../electron/backend/index';
import { seededRandom } from '../electron/backend/demo/caseload';
import { refreshLastContact } from '../electron/backend/caseload/courseRows';
import { flushStatisticsSummaries } from '../electron/backend/evaluation/summaries';
import { daysBefore } from '../shared/caseload';
import { unwrapWithPassphrase, type Kdfs } from '../electron/backend/datafile/keys';
import { runCipherBench } from './benchCipher';

const TODAY = '2026-11-23';
const MENTEES = Number(process.env.BENCH_MENTEES ?? 100_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const FIRST = ['Emma', 'Åse', 'Ida', 'Ørnhild', 'Mads', 'Ali', 'Sofie', 'Zeynep', 'Aase', 'Lucas', 'Æsa', 'Karla'];
const LAST = ['Jensen', 'Nielsen', 'Østergaard', 'Aagaard', 'Hansen', 'Yilmaz', 'Ærenlund', 'Holm', 'Kjær', 'Bach'];

export const BENCH_PASSPHRASE = 'grøn cykel under broen';
/** Cheap scrypt while building: the KDF's cost is measured on its own in benchCipher.ts. */
const BUILD_KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };

const isoDaysBefore = (days: number) => daysBefore(TODAY, days);

export async function runBench(log: (line: string) => void = console.log): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-bench-'));
  const dataFile = path.join(dir, 'bench.sqlite');
  const backend = startBackend(dataFile, 'bench', () => TODAY, { kdfs: BUILD_KDFS });
  let closed = false;
  try {
    backend.vault.setup(BENCH_PASSPHRASE);
    const { db } = backend.ctx;
    const { registry } = backend;
    await registry.call('municipalities.addFunen');
    const municipalities = (db.prepare('SELECT id FROM municipalities').all() as { id: number }[]).map((m) => m.id);
    for (let i = 0; i < 30; i++) {
      await registry.call('mentors.create', {
        name: `Mentor ${i + 1}`,
        profession: (['socialraadgiver', 'ergoterapeut', 'specialpaedagog'] as const)[i % 3],
        employerMunicipalityId: municipalities[i % municipalities.length],
        hoursPerWeek: 37,
        capacity: 20,
        activeFrom: '2020-01-01',
      });
    }
    const mentors = (db.prepare('SELECT id FROM mentors').all() as { id: number }[]).map((m) => m.id);
    const themes = (db.prepare('SELECT id FROM themes').all() as { id: number }[]).map((t) => t.id);

    const rng = seededRandom(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
    const started = performance.now();
    const mentee = db.prepare('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education, school) VALUES (?, ?, ?, ?, ?, ?)');
    const course = db.prepare(
      `INSERT INTO courses (mentee_id, referral_date, referred_by, consent_given_on, phase_at_start, closed_on, outcome, mentor_id, planned_review_on)
       VALUES (?, ?, 'laerer', ?, 'oplaering', ?, ?, ?, ?)`,
    );
    const courseTheme = db.prepare('INSERT INTO course_themes (course_id, theme_id) VALUES (?, ?)');
    const contact = db.prepare("INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES ('individuel', ?, ?, 45)");
    const participant = db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
    const contactTheme = db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)');
    const courses: Array<{ id: number; mentor: number | null; from: number }> = [];
    db.transaction(() => {
      for (let i = 0; i < MENTEES; i++) {
        const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
        const m = mentee.run(name, danishSortKey(name), 1980 + Math.floor(rng() * 28), pick(municipalities), 'sosu_assistent', 'SOSU Fyn, Odense');
        const from = Math.floor(rng() * 1800) + 1;
        const open = rng() < 0.03;
        const mentor = rng() < 0.005 ? null : pick(mentors);
        const referral = isoDaysBefore(from);
        const c = course.run(
          m.lastInsertRowid,
          referral,
          referral,
          open || mentor === null ? null : isoDaysBefore(Math.max(0, from - 60)),
          open || mentor === null ? null : 'fastholdt',
          mentor,
          isoDaysBefore(from - 90),
        );
        const id = Number(c.lastInsertRowid);
        courseTheme.run(id, pick(themes));
        courses.push({ id, mentor, from });
      }
      const withMentor = courses.filter((c) => c.mentor !== null);
      for (let i = 0; i < CONTACTS; i++) {
        const c = pick(withMentor);
        const k = contact.run(isoDaysBefore(Math.max(0, c.from - Math.floor(rng() * 60))), c.mentor);
        participant.run(k.lastInsertRowid, c.id);
        contactTheme.run(k.lastInsertRowid, pick(themes));
      }
      refreshLastContact(db, 'all');
      flushStatisticsSummaries(db);
    })();
    db.pragma('optimize');
    log(`Built ${MENTEES.toLocaleString('da-DK')} mentees and ${CONTACTS.toLocaleString('da-DK')} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

    const someCourse = courses[Math.floor(courses.length / 2)].id;
    const midContact = Math.floor(CONTACTS / 2);
    const cases: Array<[string, Method, unknown]> = [
      ['Forløb, alle, navn A–Å, første side', 'courses.list', { sort: 'name' }],
      ['Forløb, alle, navn, side ved række 50.000', 'courses.list', { sort: 'name', offset: 50_000 }],
      ['Forløb, aktive, navn', 'courses.list', { status: 'aktiv' }],
      ['Forløb, søgning "østergaard"', 'courses.list', { search: 'østergaard' }],
      ['Forløb, én mentor, sidste kontakt', 'courses.list', { mentorId: 1, sort: 'lastContact', direction: 'desc' }],
      ['Forløb, én kommune, henvist', 'courses.list', { municipalityId: 6, sort: 'referralDate' }],
      ['Venteliste', 'courses.list', { status: 'venteliste', sort: 'referralDate' }],
      ['Sagsfordeling (mentorer og antal)', 'caseload.board', {}],
      ['Forslag til ét forløb', 'caseload.suggest', { courseId: someCourse }],
      ['Opfølgning, 30 dage', 'followUp.list', {}],
      ['Samtaler, alle, nyeste først', 'contacts.list', {}],
      [`Samtaler, side ved række ${midContact.toLocaleString('da-DK')}`, 'contacts.list', { offset: midContact }],
      ['Samtaler, én mentor', 'contacts.list', { mentorId: 2 }],
      ['Samtaler, én type og periode', 'contacts.list', { type: 'individuel', from: '2026-01-01', to: '2026-03-31' }],
      ['Samtaler i ét forløb', 'contacts.list', { courseId: someCourse }],
      ['Ét forløb (detaljer)', 'courses.get', { id: someCourse }],
      ['Mentees, navn', 'mentees.list', {}],
      ['Oversigt 2026 (alle tal og grafer)', 'statistics.get', { year: 2026 }],
      ['Oversigt 2026, én kommune', 'statistics.get', { year: 2026, municipalityId: 6 }],
      ['Oversigt 2026, én mentor', 'statistics.get', { year: 2026, mentorId: 2 }],
      ['Evaluering 2026 som .xlsx', 'evaluation.exportXlsx', { year: 2026 }],
    ];
    log('');
    log('query (100 rows unless paged further)                 median   max   (7 runs, 3 when over 1 s)');
    for (const [label, method, input] of cases) {
      const times: number[] = [];
      // Calls over a second get 3 runs, so the whole bench fits in minutes on a slow machine.
      for (let i = 0; i < 7 && !(i === 3 && times[0] > 1000); i++) {
        const t = performance.now();
        await registry.call(method, input as MethodInput<typeof method>);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const median = times[times.length >> 1];
      log(`${label.padEnd(52)} ${median.toFixed(1).padStart(7)} ms ${times[times.length - 1].toFixed(1).padStart(6)} ms`);
    }
    const t = performance.now();
    const open = db.prepare('SELECT id, mentor_id FROM courses WHERE closed_on IS NULL AND mentor_id IS NOT NULL LIMIT 1').get() as { id: number; mentor_id: number };
    await registry.call('contacts.create', { type: 'individuel', date: TODAY, mentorId: open.mentor_id, durationMinutes: 30, courseIds: [open.id] });
    log(`${'Ny samtale (skriver, opdaterer sidste kontakt)'.padEnd(52)} ${(performance.now() - t).toFixed(1).padStart(7)} ms`);

    const envelope = backend.vault.keyEnvelope();
    const dataKey = envelope && unwrapWithPassphrase(envelope, BENCH_PASSPHRASE);
    if (!envelope || !dataKey) throw new Error('The bench file has no key envelope.');
    backend.close();
    closed = true;
    await runCipherBench({ dir, dataFile, dataKey, envelope, passphrase: BENCH_PASSPHRASE, today: TODAY, log });
  } finally {
    if (!closed) backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
