// A small hand-made corps with known answers for the statistics tests (see the comments for the sums).
// Rows go straight into the real SQLite file, so the tests do not depend on the caseload forms.
import type { TestBackend } from './backend';

export interface EvaluationFixture {
  odense: number;
  svendborg: number;
  aeroe: number;
  m1: number;
  m2: number;
}

export function seedEvaluationData(b: TestBackend): EvaluationFixture {
  const { db } = b.ctx;
  const id = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);
  const muni = (name: string, code: number) => id('INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)', name, name.toLowerCase(), code);
  const odense = muni('Odense', 461);
  const svendborg = muni('Svendborg', 479);
  const aeroe = muni('Ærø', 492);
  const mentor = (name: string, capacity: number, hours: number, from: string) =>
    id(
      'INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from) VALUES (?, ?, ?, ?, ?, ?, ?)',
      name,
      name.toLowerCase(),
      'socialraadgiver',
      odense,
      hours,
      capacity,
      from,
    );
  const m1 = mentor('Birgit Holm', 20, 37, '2025-01-01');
  const m2 = mentor('Ali Nasser', 15, 30, '2026-03-01');
  const mentee = (name: string, municipality: number, education: string) =>
    id('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education) VALUES (?, ?, 2004, ?, ?)', name, name.toLowerCase(), municipality, education);
  const p1 = mentee('Person 1', odense, 'sosu_hjaelper');
  const p2 = mentee('Person 2', svendborg, 'sosu_assistent');
  const p3 = mentee('Person 3', svendborg, 'pau');
  const p4 = mentee('Person 4', aeroe, 'sosu_hjaelper');
  const p5 = mentee('Person 5', svendborg, 'grundforloeb');
  const course = (menteeId: number, referral: string, phase: string, mentorId: number, closedOn: string | null, outcome: string | null) => {
    const c = id(
      `INSERT INTO courses (mentee_id, referral_date, referred_by, phase_at_start, consent_given_on, mentor_id, closed_on, outcome)
       VALUES (?, ?, 'selv', ?, ?, ?, ?, ?)`,
      menteeId,
      referral,
      phase,
      referral,
      mentorId,
      closedOn,
      outcome,
    );
    db.prepare("INSERT INTO course_assignments (course_id, mentor_id, from_date, to_date, kind, recorded_at) VALUES (?, ?, ?, ?, 'tildelt', ?)").run(
      c,
      mentorId,
      referral,
      closedOn,
      referral,
    );
    return c;
  };
  // c1 spans New Year: referred 2025, contacts in 2025 and 2026, closed (retained) in 2026.
  const c1 = course(p1, '2025-11-10', 'oplaering', m1, '2026-02-15', 'fastholdt');
  // c2 is the same person's second course; it decides P1's phase in 2026 (the latest referred).
  const c2 = course(p1, '2026-05-01', 'hovedforloeb_start', m1, null, null);
  const c3 = course(p2, '2026-01-05', 'skoleperiode', m1, '2026-06-30', 'afbrudt');
  const c4 = course(p3, '2026-03-10', 'grundforloeb', m2, null, null);
  const c5 = course(p4, '2026-04-01', 'skoleperiode', m2, '2026-09-01', 'ukendt');
  const c6 = course(p5, '2025-02-01', 'oplaering', m1, '2025-12-01', 'gennemfoert');
  const theme = (key: string) => (db.prepare('SELECT id FROM themes WHERE key = ?').get(key) as { id: number }).id;
  const contact = (type: string, date: string, mentorId: number, minutes: number, courses: number[], themes: string[] = [], heads: number | null = null) => {
    const k = id('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, head_count) VALUES (?, ?, ?, ?, ?)', type, date, mentorId, minutes, heads);
    for (const c of courses) db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)').run(k, c);
    for (const t of themes) db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)').run(k, theme(t));
  };
  contact('individuel', '2025-06-01', m1, 60, [c6]);
  contact('individuel', '2025-12-10', m1, 60, [c1]);
  // 2026: 7 contacts, 8 participations, persons P1–P4, 450 minutes, 24 heads.
  contact('afklarende', '2026-01-08', m1, 45, [c1], ['struktur', 'psykisk']);
  contact('gruppe', '2026-01-20', m1, 90, [c1, c3], ['konflikter']); // P1 (Odense) and P2 (Svendborg) together
  contact('gruppe', '2026-02-03', m1, 90, [c1, c3]);
  contact('individuel', '2026-03-15', m2, 60, [c4], ['psykisk']);
  contact('telefon', '2026-04-10', m2, 15, [c5]);
  contact('afklarende', '2026-05-05', m1, 30, [c2]);
  contact('klasse', '2026-09-01', m2, 120, [], [], 24);
  const referral = (courseId: number, offer: string, on: string) =>
    db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)').run(courseId, offer, odense, on);
  referral(c6, 'rygestop', '2025-07-01');
  referral(c1, 'misbrugsbehandling', '2026-01-10');
  referral(c4, 'rygestop', '2026-03-20');
  referral(c4, 'psykolog', '2026-04-01');
  // The 2026 key: 100 + 50 + 10 students, 160.000 kr.
  const version = id(
    `INSERT INTO billing_versions (year, version, created_on, payment_terms_days, payee_name, payee_ean, payee_reg_no, payee_account, contact_name)
     VALUES (2026, 1, '2026-01-02', 30, 'Odense Kommune', '5798000000001', '1234', '0012345678', 'Koordinator')`,
  );
  for (const [m, students] of [
    [odense, 100],
    [svendborg, 50],
    [aeroe, 10],
  ]) {
    db.prepare("INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, ?, '2025-09-05', 'Elevliste')").run(version, m, students);
  }
  db.prepare("INSERT INTO billing_cost_lines (version_id, position, kind, amount_oere) VALUES (?, 1, 'loen', 16000000)").run(version);
  db.prepare("INSERT INTO billing_instalments (version_id, number, due_date) VALUES (?, 1, '2026-03-01')").run(version);
  db.prepare("INSERT INTO settings (key, value) VALUES ('corps_name', 'Testkorps'), ('setup_done', '1')").run();
  return { odense, svendborg, aeroe, m1, m2 };
}
