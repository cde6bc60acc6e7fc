// The national file's case data (mentees, courses, contacts, referrals, checkpoints) by direct
// inserts in one transaction, as benchCaseload.ts does: a million contacts through the registry
// would take hours. Deterministic: a seeded PRNG and dates counted from TODAY.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ContactType, Education, Offer, Outcome, Phase } from '../shared/caseload';
import type { CheckpointStatus } from '../shared/followUp';
import { addMonths } from '../shared/followUp';
import { danishSortKey } from '../shared/format';
import { seededRandom, weighted, addDays } from '../electron/backend/demo/caseload';

export interface CaseloadPlan {
  today: string;
  mentees: number;
  contacts: number;
  /** Municipality ids with their weights. */
  municipalities: ReadonlyArray<readonly [number, number]>;
  /** Mentor ids with their active period. */
  mentors: ReadonlyArray<{ id: number; from: string; to: string | null }>;
  firstDay: string;
}

const FIRST = ['Emma', 'Sofie', 'Ida', 'Freja', 'Clara', 'Laura', 'Anna', 'Maja', 'Karla', 'Nanna', 'Fatima', 'Aisha', 'Zeynep', 'Åse', 'Ørnhild', 'Æsa', 'Mikkel', 'Jonas', 'Mads', 'Ali', 'Søren', 'Emil', 'Oliver', 'Ahmad'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen', 'Møller', 'Østergaard', 'Aagaard', 'Ærenlund', 'Åkjær', 'Holm', 'Kjær', 'Yilmaz', 'Nguyen', 'Ibrahim', 'Bruun', 'Winther', 'Dahl'];
const EDUCATIONS: ReadonlyArray<readonly [Education, number]> = [['sosu_assistent', 45], ['sosu_hjaelper', 30], ['pau', 12], ['grundforloeb', 10], ['andet', 3]];
const PHASES: ReadonlyArray<readonly [Phase, number]> = [['oplaering', 38], ['hovedforloeb_start', 27], ['skoleperiode', 20], ['grundforloeb', 15]];
const OUTCOMES: ReadonlyArray<readonly [Outcome, number]> = [['fastholdt', 55], ['gennemfoert', 12], ['afbrudt', 12], ['skiftet', 8], ['ukendt', 7], ['job', 3], ['fraflyttet', 3]];
const TYPES: ReadonlyArray<readonly [ContactType, number]> = [['individuel', 60], ['telefon', 22], ['afklarende', 8], ['ledsagelse', 5], ['netvaerk', 5]];
const OFFERS: ReadonlyArray<readonly [Offer, number]> = [['psykolog', 35], ['gaeldsraadgivning', 20], ['misbrugsbehandling', 15], ['psykiatri', 15], ['rygestop', 10], ['andet', 5]];
const STATUSES: ReadonlyArray<readonly [CheckpointStatus, number]> = [['uddannelse_samme', 40], ['uddannelse_anden', 10], ['fuldfoert', 10], ['arbejde', 10], ['hverken', 12], ['flyttet', 5], ['ikke_naaet', 13]];
const MINUTES: Record<ContactType, [number, number]> = { afklarende: [45, 60], individuel: [30, 75], gruppe: [90, 120], klasse: [45, 90], ledsagelse: [60, 180], netvaerk: [60, 90], telefon: [5, 20], forsoeg: [5, 10] };
/** Shares of all contacts: group contacts, class sessions and attempts; the rest are one course's. */
const GROUP_SHARE = 0.02;
const CLASS_SHARE = 0.01;
const ATTEMPT_SHARE = 0.03;

interface Course {
  id: number;
  mentor: number;
  start: number;
  end: number;
  themes: number[];
}

export function insertNationalCaseload(db: Database.Database, plan: CaseloadPlan): { courses: number } {
  const rng = seededRandom(1313);
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  // Every day from firstDay to today, so a day is an index.
  const days: string[] = [];
  for (let d = plan.firstDay; d <= plan.today; d = addDays(d, 1)) days.push(d);
  const last = days.length - 1;
  const themes = db.prepare('SELECT id FROM themes').pluck().all() as number[];
  const st = {
    mentee: db.prepare('INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education, school) VALUES (?, ?, ?, ?, ?, ?)'),
    course: db.prepare(`INSERT INTO courses (mentee_id, referral_date, referred_by, consent_given_on, consent_withdrawn_on, phase_at_start, planned_review_on, closed_on, outcome, mentor_id)
      VALUES (?, ?, 'laerer', ?, ?, ?, ?, ?, ?, ?)`),
    courseTheme: db.prepare('INSERT INTO course_themes (course_id, theme_id) VALUES (?, ?)'),
    assignment: db.prepare("INSERT INTO course_assignments (course_id, mentor_id, from_date, to_date, kind, recorded_at) VALUES (?, ?, ?, ?, 'tildelt', ?)"),
    payer: db.prepare("INSERT INTO payer_periods (course_id, payer, from_date, to_date) VALUES (?, 'korps', ?, ?)"),
    referral: db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)'),
    checkpoint: db.prepare('INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, 6, ?, ?, ?, ?)'),
    contact: db.prepare('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, school, class_name, head_count) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    participant: db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)'),
    contactTheme: db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)'),
  };
  const mentorsOver = (from: string, to: string) => plan.mentors.filter((m) => m.from <= from && (m.to === null || m.to >= to)).map((m) => m.id);
  const courses: Course[] = [];

  function addCourse(menteeId: number, municipality: number, referralDay: number): number {
    const referral = days[referralDay];
    const assigned = referralDay + int(0, 8);
    const length = weighted(rng, [[int(14, 90), 40], [int(90, 240), 45], [int(240, 600), 15]]);
    const end = assigned + length;
    const open = end > last;
    const eligible = assigned > last ? [] : mentorsOver(days[assigned], days[Math.min(end, last)]);
    const mentor = eligible.length && rng() > 0.01 ? pick(eligible) : null;
    const closed = mentor !== null && !open ? days[end] : null;
    const withdrawn = closed !== null && rng() < 0.03;
    const info = st.course.run(menteeId, referral, mentor ? days[Math.min(assigned, last)] : null, withdrawn ? closed : null, weighted(rng, PHASES), addDays(referral, 90), closed, closed ? weighted(rng, OUTCOMES) : null, mentor);
    const id = Number(info.lastInsertRowid);
    const courseThemes = [...new Set([pick(themes), pick(themes), pick(themes)].slice(0, int(1, 3)))];
    for (const t of courseThemes) st.courseTheme.run(id, t);
    st.payer.run(id, referral, closed);
    if (mentor === null) return referralDay;
    st.assignment.run(id, mentor, days[assigned], closed, `${days[assigned]}T09:00:00.000Z`);
    courses.push({ id, mentor, start: assigned, end: Math.min(end, last), themes: courseThemes });
    if (rng() < 0.15) st.referral.run(id, weighted(rng, OFFERS), municipality, days[int(assigned, Math.min(end, last))]);
    const due = closed && addMonths(closed, 6);
    if (due && due <= plan.today && rng() < 0.6) st.checkpoint.run(id, weighted(rng, STATUSES), due, pick(['egen_kontakt', 'skolen', 'kommunen']), `${due}T10:00:00.000Z`);
    return Math.min(end, last);
  }

  function addContact(type: ContactType, day: number, mentor: number, courseIds: number[], themeIds: number[], klass: [string, string, number] | null = null) {
    const [min, max] = MINUTES[type];
    const info = st.contact.run(type, days[day], mentor, Math.max(5, Math.round(int(min, max) / 5) * 5), klass?.[0] ?? null, klass?.[1] ?? null, klass?.[2] ?? null);
    const id = Number(info.lastInsertRowid);
    for (const c of courseIds) st.participant.run(id, c);
    for (const t of new Set(themeIds)) st.contactTheme.run(id, t);
  }

  for (let i = 0; i < plan.mentees; i++) {
    const name = rng() < 0.3 ? `${pick(FIRST)} ${pick(FIRST)} ${pick(LAST)}` : `${pick(FIRST)} ${pick(LAST)}`;
    const municipality = weighted(rng, plan.municipalities);
    const m = st.mentee.run(name, danishSortKey(name), int(1975, 2008), municipality, weighted(rng, EDUCATIONS), 'SOSU-skolen');
    const menteeId = Number(m.lastInsertRowid);
    const ended = addCourse(menteeId, municipality, int(0, last - 1));
    // One in ten comes back for a second course.
    if (rng() < 0.1 && ended + 30 < last) addCourse(menteeId, municipality, int(ended + 30, last - 1));
  }

  // One course's contacts, spread by course length; a week's open courses for group contacts.
  const cumulative: number[] = [];
  let total = 0;
  for (const c of courses) cumulative.push((total += c.end - c.start + 1));
  const byWeek: number[][] = Array.from({ length: Math.floor(last / 7) + 1 }, () => []);
  courses.forEach((c, i) => {
    for (let w = Math.floor(c.start / 7); w <= Math.floor(c.end / 7); w++) byWeek[w].push(i);
  });
  const mentorIds = plan.mentors.map((m) => m.id);
  for (let n = 0; n < plan.contacts; n++) {
    const r = rng();
    if (r < CLASS_SHARE) {
      addContact('klasse', int(0, last), pick(mentorIds), [], [pick(themes)], ['SOSU-skolen', `H${int(1, 3)}-${pick(['a', 'b', 'c'])}`, int(14, 28)]);
      continue;
    }
    if (r < CLASS_SHARE + GROUP_SHARE) {
      const day = int(0, last);
      const open = byWeek[Math.floor(day / 7)].map((i) => courses[i]).filter((c) => c.start <= day && c.end >= day);
      const group = [...new Set(Array.from({ length: int(3, 6) }, () => pick(open)))].filter(Boolean);
      if (group.length >= 2) {
        addContact('gruppe', day, group[0].mentor, group.map((c) => c.id), [pick(group[0].themes)]);
        continue;
      }
    }
    // Binary search for the course whose share of all course-days holds this draw.
    const target = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    const c = courses[lo];
    const type = r > 1 - ATTEMPT_SHARE ? 'forsoeg' : weighted(rng, TYPES);
    addContact(type, int(c.start, c.end), c.mentor, [c.id], c.themes.filter(() => rng() < 0.5).slice(0, 2));
  }
  return { courses: courses.length };
}
