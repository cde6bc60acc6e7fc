// The demo corps' daily work: about 470 invented mentees and a year of contacts (about 2,500)
// up to today, at the scale and with the spreads the Fælles Fynsk Mentorkorps evaluation reports.
// Deterministic (a seeded PRNG, dates from ctx.today()), so tests see the same corps every time.
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  daysBefore,
  type ContactType,
  type Education,
  type Outcome,
  type Phase,
  type Referrer,
  type ThemeKey,
} from '../../../shared/caseload';
import { danishSortKey } from '../../../shared/format';
import type { Profession } from '../../../shared/reference';
import { THEME_PROFESSIONS } from '../../../shared/suggestions';
import type { BackendContext } from '../context';
import { refreshLastContact } from '../caseload/courseRows';

/** mulberry32: small, fast and good enough for invented data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
export function weighted<T extends string | number>(rng: Rng, weights: ReadonlyArray<readonly [T, number]>): T {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of weights) {
    r -= w;
    if (r < 0) return value;
  }
  return weights[weights.length - 1][0];
}

export const addDays = (iso: string, days: number) => daysBefore(iso, -days);
/** Contacts happen on weekdays: a weekend date moves to the Friday before. */
function weekday(iso: string): string {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(iso, -1) : dow === 0 ? addDays(iso, -2) : iso;
}

const FIRST_NAMES = [
  'Emma', 'Sofie', 'Ida', 'Freja', 'Clara', 'Laura', 'Anna', 'Ella', 'Maja', 'Karla', 'Josefine', 'Mathilde', 'Nanna', 'Line',
  'Camilla', 'Sara', 'Julie', 'Cecilie', 'Amalie', 'Signe', 'Louise', 'Mette', 'Pernille', 'Rikke', 'Trine', 'Heidi', 'Fatima',
  'Aisha', 'Zeynep', 'Hiba', 'Mariam', 'Natasha', 'Agnieszka', 'Ása', 'Åse', 'Ørnhild', 'Æsa', 'Birgitte', 'Dorthe', 'Gitte',
  'Mikkel', 'Jonas', 'Mads', 'Frederik', 'Lucas', 'Oliver', 'Ahmad', 'Ali', 'Kasper', 'Søren', 'Thomas', 'Rasmus', 'Emil',
] as const;
const LAST_NAMES = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen',
  'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Østergaard', 'Aagaard',
  'Ærenlund', 'Åkjær', 'Bach', 'Dall', 'Frandsen', 'Holm', 'Kjær', 'Lund', 'Munk', 'Nørgaard', 'Skov', 'Vestergaard', 'Yilmaz',
  'Hussein', 'Kowalski', 'Nguyen', 'Ibrahim', 'Dahl', 'Bruun', 'Krogh', 'Lauridsen', 'Svendsen', 'Winther',
] as const;

/** Mentees per municipality (by code), roughly in proportion to SOSU students, with Odense's reach a little higher. */
const MUNICIPALITY_WEIGHTS = [[461, 44], [479, 11], [430, 9], [420, 7], [410, 7], [450, 6], [480, 6], [440, 5], [482, 3], [492, 2]] as const;
const SCHOOL_BY_CODE: Record<number, string> = {
  461: 'SOSU Fyn, Odense', 440: 'SOSU Fyn, Odense', 480: 'SOSU Fyn, Odense', 450: 'SOSU Fyn, Odense',
  479: 'SOSU Fyn, Svendborg', 430: 'SOSU Fyn, Svendborg', 482: 'SOSU Fyn, Svendborg', 492: 'SOSU Fyn, Svendborg',
  410: 'SOSU Fyn, Middelfart', 420: 'SOSU Fyn, Middelfart',
};
const EDUCATION_WEIGHTS: ReadonlyArray<readonly [Education, number]> = [['sosu_assistent', 45], ['sosu_hjaelper', 30], ['pau', 12], ['grundforloeb', 10], ['andet', 3]];
// Mentors are used most in training placements and at the start of the main course.
const PHASE_WEIGHTS: ReadonlyArray<readonly [Phase, number]> = [['oplaering', 38], ['hovedforloeb_start', 27], ['skoleperiode', 20], ['grundforloeb', 15]];
const REFERRER_WEIGHTS: ReadonlyArray<readonly [Referrer, number]> = [['laerer', 40], ['selv', 20], ['praktikvejleder', 20], ['ungevejledning', 8], ['jobcenter', 7], ['andet', 5]];
const THEME_WEIGHTS: ReadonlyArray<readonly [ThemeKey, number]> = [
  ['psykisk', 22], ['struktur', 14], ['privatliv', 12], ['eksamensangst', 10], ['konflikter', 9], ['selvvaerd', 9], ['oekonomi', 7],
  ['skolestart', 5], ['fysisk', 5], ['netvaerk', 4], ['bolig', 4], ['misbrug', 3], ['andet', 3],
];
const OUTCOME_WEIGHTS: ReadonlyArray<readonly [Outcome, number]> = [['fastholdt', 55], ['gennemfoert', 12], ['afbrudt', 12], ['skiftet', 8], ['ukendt', 7], ['job', 3], ['fraflyttet', 3]];
const FOLLOW_ON: ReadonlyArray<readonly [ContactType, number]> = [['individuel', 62], ['telefon', 22], ['ledsagelse', 6], ['netvaerk', 6], ['afklarende', 0]];
const DURATION: Record<ContactType, [number, number]> = {
  afklarende: [45, 60], individuel: [30, 75], gruppe: [90, 120], klasse: [45, 90], ledsagelse: [60, 180], netvaerk: [60, 90], telefon: [5, 20], forsoeg: [5, 10],
};
const GOALS_BY_THEME: Partial<Record<ThemeKey, string>> = {
  psykisk: 'Kende egne tegn på stress og bede om hjælp i tide',
  struktur: 'Få en fast ugeplan, der hænger sammen med praktikken',
  eksamensangst: 'Gå op til eksamen',
  oekonomi: 'Få overblik over gæld og budget',
  bolig: 'Finde en stabil bolig',
  konflikter: 'Tage en god samtale med praktikvejlederen',
  skolestart: 'Komme godt i gang på hovedforløbet',
  misbrug: 'Tage imod tilbud om behandling',
  selvvaerd: 'Sige sin mening på holdet',
};
const OFFER_BY_THEME: Partial<Record<ThemeKey, 'misbrugsbehandling' | 'psykolog' | 'psykiatri' | 'gaeldsraadgivning' | 'rygestop'>> = {
  misbrug: 'misbrugsbehandling', psykisk: 'psykolog', oekonomi: 'gaeldsraadgivning', fysisk: 'rygestop', selvvaerd: 'psykolog',
};

const PERSONS_THIS_YEAR = 462;
const LONG_RUNNING = 12;
const QUIET = 6;
const GROUP_SESSIONS = 70;
const CLASS_SESSIONS = 60;

interface DemoCourse {
  id: number;
  school: string;
  themes: ThemeKey[];
  mentorId: number | null;
  start: string;
  end: string | null; // closed_on, or null when still open today
  consentWithdrawn: boolean;
}

export function addDemoCaseload({ db, today }: BackendContext): void {
  const rng = seededRandom(2517);
  const day = today();
  const yearAgo = daysBefore(day, 365);
  const municipalities = new Map((db.prepare('SELECT code, id FROM municipalities').all() as { code: number; id: number }[]).map((m) => [m.code, m.id]));
  const mentors = db.prepare('SELECT id, profession, capacity FROM mentors ORDER BY id').all() as { id: number; profession: Profession; capacity: number }[];
  const themeIds = new Map((db.prepare('SELECT key, id FROM themes WHERE key IS NOT NULL').all() as { key: ThemeKey; id: number }[]).map((t) => [t.key, t.id]));
  if (!mentors.length || municipalities.size === 0) return;

  const st = prepare(db);
  const usedNames = new Set<string>();
  const courses: DemoCourse[] = [];
  const openLoad = new Map(mentors.map((m) => [m.id, 0]));

  function newMentee(code: number): { id: number; school: string } {
    let name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    while (usedNames.has(name)) name = `${pick(rng, FIRST_NAMES)} ${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    usedNames.add(name);
    const school = rng() < 0.15 ? 'SOSU Fyn, Odense' : SCHOOL_BY_CODE[code];
    const age = weighted(rng, [[int(rng, 18, 24), 60], [int(rng, 25, 34), 25], [int(rng, 35, 52), 15]]);
    const slug = name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z]+/g, '.');
    const info = st.mentee.run(
      name,
      danishSortKey(name),
      Number(day.slice(0, 4)) - age,
      municipalities.get(code),
      weighted(rng, EDUCATION_WEIGHTS),
      school,
      rng() < 0.8 ? `2${int(rng, 0, 9)} ${int(rng, 10, 99)} ${int(rng, 10, 99)} ${int(rng, 10, 99)}` : null,
      rng() < 0.5 ? `${slug}@elev.example.dk` : null,
    );
    return { id: Number(info.lastInsertRowid), school };
  }

  // Open courses per mentor today: the second mentor runs slightly over capacity, so the board shows it.
  const targetLoad = (mentorId: number) => {
    const i = mentors.findIndex((m) => m.id === mentorId);
    return mentors[i].capacity + [-2, 2, -4][i % 3];
  };

  function chooseMentor(themes: ThemeKey[]): number {
    return weighted(
      rng,
      mentors.map((m) => {
        const fit = themes.filter((t) => THEME_PROFESSIONS[t].includes(m.profession)).length;
        const room = Math.max(0.3, targetLoad(m.id) - (openLoad.get(m.id) ?? 0)) / m.capacity;
        return [m.id, (1 + 2 * fit) * room ** 2] as const;
      }),
    );
  }

  /** One course: referral, assignment, a run of contacts and (when its time has passed) a close. */
  function addCourse(menteeId: number, school: string, code: number, referral: string, opts: { contacts: number; spacing: number; forceOpen?: boolean; forceClosedBy?: string; lastContactBy?: string }) {
    const themes = [...new Set(Array.from({ length: weighted(rng, [[1, 45], [2, 40], [3, 15]]) }, () => weighted(rng, THEME_WEIGHTS)))];
    const referredBy = weighted(rng, REFERRER_WEIGHTS);
    const waiting = !opts.forceOpen && referral > daysBefore(day, 20) && rng() < 0.25;
    const assignedOn = weekday(addDays(referral, int(rng, 0, 8)));
    const mentorId = waiting || assignedOn > day ? null : chooseMentor(themes);
    const dates: string[] = [];
    if (mentorId !== null) {
      let d = weekday(addDays(assignedOn, int(rng, 0, 6)));
      for (let i = 0; i < opts.contacts && d <= day && d <= (opts.forceClosedBy ?? opts.lastContactBy ?? '9999-12-31'); i++) {
        if (d >= referral) dates.push(d);
        d = weekday(addDays(d, Math.max(3, Math.round(opts.spacing * (0.5 + rng())))));
        // Summer holiday: most talks wait until August.
        if (d.slice(5, 7) === '07' && rng() < 0.6) d = weekday(addDays(d, 21));
      }
    }
    const last = dates[dates.length - 1] ?? null;
    let end: string | null = null;
    if (!opts.forceOpen && mentorId !== null && last) {
      const closeOn = addDays(last, int(rng, 5, 25));
      if (closeOn <= day && (opts.forceClosedBy === undefined || closeOn <= opts.forceClosedBy)) end = closeOn;
      else if (opts.forceClosedBy) end = last;
      // Keep today's caseloads near the corps' real ones (one mentor a little over capacity): close on the last talk.
      else if ((openLoad.get(mentorId) ?? 0) >= targetLoad(mentorId)) end = last;
    }
    const consentWithdrawn = end !== null && rng() < 0.03;
    const outcome: Outcome | null = end === null ? null : consentWithdrawn ? pick(rng, ['afbrudt', 'ukendt'] as const) : weighted(rng, OUTCOME_WEIGHTS);
    const review = end === null ? addDays(day, int(rng, -12, 80)) : addDays(referral, 90);
    const info = st.course.run(
      menteeId,
      referral,
      referredBy,
      dates[0] ?? (rng() < 0.6 ? referral : null),
      consentWithdrawn ? end : null,
      weighted(rng, PHASE_WEIGHTS),
      review < referral ? addDays(referral, 30) : review,
      end,
      outcome,
      mentorId,
    );
    const id = Number(info.lastInsertRowid);
    for (const t of themes) st.courseTheme.run(id, themeIds.get(t));
    if (mentorId !== null) {
      // About one course in twenty changes mentor along the way: the history keeps both.
      const switchAt = dates.length >= 4 && rng() < 0.05 ? dates[Math.floor(dates.length / 2)] : null;
      const firstMentor = switchAt ? (mentors.find((m) => m.id !== mentorId) ?? mentors[0]).id : mentorId;
      st.assignment.run(id, firstMentor, assignedOn, switchAt ?? end, 'tildelt', 0, `${assignedOn}T09:00:00.000Z`);
      if (switchAt) st.assignment.run(id, mentorId, switchAt, end, 'skiftet', 0, `${switchAt}T09:00:00.000Z`);
      dates.forEach((d, i) => {
        const mentorThen = switchAt && d < switchAt ? firstMentor : mentorId;
        const type: ContactType = i === 0 ? 'afklarende' : weighted(rng, FOLLOW_ON);
        addContact(type, d, mentorThen, [id], themes.filter(() => rng() < 0.6).slice(0, 2));
      });
      if (end === null) {
        const load = (openLoad.get(mentorId) ?? 0) + 1;
        openLoad.set(mentorId, load);
        // Past capacity the coordinator confirmed the assignment: recorded as such.
        if (load > (mentors.find((m) => m.id === mentorId)?.capacity ?? Infinity)) st.confirmOver.run(id, mentorId);
      }
    }
    // The jobcenter pays for the first 3.5 months of the courses it refers; then the corps' key takes over.
    const handOver = addDays(referral, 106);
    if (referredBy === 'jobcenter' && (end === null || end >= handOver)) {
      st.payer.run(id, 'jobcenter', referral, addDays(referral, 105));
      st.payer.run(id, 'korps', handOver, end);
    } else {
      st.payer.run(id, referredBy === 'jobcenter' ? 'jobcenter' : 'korps', referral, end);
    }
    if (dates.length >= 3) {
      const theme = themes.find((t) => GOALS_BY_THEME[t]);
      if (theme) st.goal.run(id, GOALS_BY_THEME[theme], end ? weighted(rng, [['naaet', 60], ['opgivet', 15], ['i_gang', 25]]) : weighted(rng, [['i_gang', 70], ['ikke_startet', 20], ['naaet', 10]]));
    }
    const offerTheme = themes.find((t) => OFFER_BY_THEME[t]);
    if (offerTheme && dates.length >= 2 && rng() < 0.3) {
      st.referral.run(id, OFFER_BY_THEME[offerTheme], municipalities.get(code), dates[1]);
    }
    courses.push({ id, school, themes, mentorId, start: dates[0] ?? referral, end, consentWithdrawn });
    return id;
  }

  function addContact(type: ContactType, date: string, mentorId: number, courseIds: number[], themes: ThemeKey[], klass?: { school: string; className: string; headCount: number }) {
    const [min, max] = DURATION[type];
    const info = st.contact.run(type, date, mentorId, Math.round(int(rng, min, max) / 5) * 5 || 5, klass?.school ?? null, klass?.className ?? null, klass?.headCount ?? null);
    const contactId = Number(info.lastInsertRowid);
    for (const c of courseIds) st.participant.run(contactId, c);
    for (const t of new Set(themes)) st.contactTheme.run(contactId, themeIds.get(t));
  }

  // A few mentees came back: an earlier, closed course a year or two ago.
  for (let i = 0; i < 10; i++) {
    const code = weighted(rng, MUNICIPALITY_WEIGHTS);
    const m = newMentee(code);
    const earlier = weekday(daysBefore(yearAgo, int(rng, 60, 400)));
    addCourse(m.id, m.school, code, earlier, { contacts: int(rng, 2, 6), spacing: 14, forceClosedBy: addDays(earlier, 200) });
    addCourse(m.id, m.school, code, weekday(addDays(yearAgo, int(rng, 0, 340))), { contacts: int(rng, 1, 8), spacing: 14 });
  }
  // Long-running courses started before this year; some have passed two years.
  for (let i = 0; i < LONG_RUNNING; i++) {
    const code = weighted(rng, MUNICIPALITY_WEIGHTS);
    const m = newMentee(code);
    addCourse(m.id, m.school, code, weekday(daysBefore(day, int(rng, 400, 800))), { contacts: 60, spacing: 21, forceOpen: true });
  }
  // Courses gone quiet (intense periods, then silence): open, but no contact for five weeks or more.
  for (let i = 0; i < QUIET; i++) {
    const code = weighted(rng, MUNICIPALITY_WEIGHTS);
    const m = newMentee(code);
    const referral = weekday(daysBefore(day, int(rng, 80, 200)));
    addCourse(m.id, m.school, code, referral, { contacts: int(rng, 2, 5), spacing: 10, forceOpen: true, lastContactBy: daysBefore(day, int(rng, 35, 70)) });
  }
  // This year's referrals: fewer in the summer holiday, most courses short.
  for (let i = 0; i < PERSONS_THIS_YEAR - 10 - QUIET; i++) {
    const code = weighted(rng, MUNICIPALITY_WEIGHTS);
    const m = newMentee(code);
    let referral = weekday(addDays(yearAgo, int(rng, 0, 364)));
    if (referral.slice(5, 7) === '07' && rng() < 0.7) referral = weekday(addDays(referral, 35));
    if (referral > day) referral = weekday(day);
    const contacts = weighted(rng, [[1, 25], [int(rng, 2, 3), 32], [int(rng, 4, 9), 28], [int(rng, 10, 20), 15]]);
    addCourse(m.id, m.school, code, referral, { contacts, spacing: weighted(rng, [[7, 40], [14, 45], [28, 15]]) });
  }

  // Group conversations: three to six mentees from one school, all in an open, consented course that day.
  for (let i = 0; i < GROUP_SESSIONS; i++) {
    const date = weekday(addDays(yearAgo, int(rng, 10, 364)));
    const school = pick(rng, Object.values(SCHOOL_BY_CODE));
    const eligible = courses.filter((c) => c.mentorId !== null && c.school === school && c.start <= date && (c.end === null || c.end >= date) && !c.consentWithdrawn);
    if (eligible.length < 3) continue;
    const group = [...new Set(Array.from({ length: int(rng, 3, 6) }, () => pick(rng, eligible)))];
    addContact('gruppe', date, group[0].mentorId!, group.map((c) => c.id), [pick(rng, group[0].themes)]);
  }
  // Class-level sessions: a head count, never names.
  for (let i = 0; i < CLASS_SESSIONS; i++) {
    let date = weekday(addDays(yearAgo, int(rng, 5, 364)));
    if (date.slice(5, 7) === '07') date = weekday(addDays(date, 31));
    if (date > day) continue;
    const school = pick(rng, Object.values(SCHOOL_BY_CODE));
    const klass = { school, className: `${pick(rng, ['H1', 'H2', 'GF2', 'PAU'])}-${pick(rng, ['a', 'b', 'c'])}`, headCount: int(rng, 14, 28) };
    addContact('klasse', date, pick(rng, mentors).id, [], [pick(rng, ['eksamensangst', 'struktur', 'skolestart', 'psykisk'] as const)], klass);
  }

  refreshLastContact(db, 'all');
}

function prepare(db: Database.Database) {
  return {
    mentee: db.prepare('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education, school, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    course: db.prepare(
      `INSERT INTO courses (mentee_id, referral_date, referred_by, consent_given_on, consent_withdrawn_on, phase_at_start, planned_review_on, closed_on, outcome, mentor_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    courseTheme: db.prepare('INSERT INTO course_themes (course_id, theme_id) VALUES (?, ?)'),
    confirmOver: db.prepare('UPDATE course_assignments SET over_capacity_confirmed = 1 WHERE course_id = ? AND mentor_id = ? AND to_date IS NULL'),
    assignment: db.prepare('INSERT INTO course_assignments (course_id, mentor_id, from_date, to_date, kind, over_capacity_confirmed, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    payer: db.prepare('INSERT INTO payer_periods (course_id, payer, from_date, to_date) VALUES (?, ?, ?, ?)'),
    goal: db.prepare('INSERT INTO goals (course_id, text, status) VALUES (?, ?, ?)'),
    referral: db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)'),
    contact: db.prepare('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, school, class_name, head_count) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    participant: db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)'),
    contactTheme: db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)'),
  };
}
