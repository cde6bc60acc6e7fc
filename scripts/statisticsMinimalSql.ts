// The minimal SQL for the annual statistics on today's base tables (#13): each figure computed the
// cheapest way this schema allows (the filter's own index as the starting point, one GROUP BY per
// figure group, SQLite's bare-column max() for a person's latest course), with no temp tables and
// no JavaScript counting. The benchmark times it beside `statistics.get` and checks that it gives
// the same figures (statisticsFigures.ts), so the comparison stays honest.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE } from '../shared/caseload';
import { FOLLOW_UP_KNOWN, FOLLOW_UP_POSITIVE, caseloadDate, yearBounds } from '../shared/statistics/definitions';
import type { StatisticsFilter } from '../shared/statistics/types';
import { emptyFigures, hoursOf, type Figures } from './statisticsFigures';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** Conditions on the mentee (home municipality, education) and on the contact's mentor, as the filter asks. */
function conditions(f: StatisticsFilter) {
  const mentee = [f.municipalityId !== null ? 'me.home_municipality_id = @muni' : null, f.education !== null ? 'me.education = @edu' : null].filter(Boolean).join(' AND ');
  return { mentee, mentor: f.mentorId !== null ? 'AND k.mentor_id = @mentor' : '', courseMentor: f.mentorId !== null ? 'AND c.mentor_id = @mentor' : '' };
}

/** The year's counted contacts under the filter; a person filter starts from the filter's mentees. */
function contactsSql(f: StatisticsFilter): string {
  const c = conditions(f);
  const byPerson = c.mentee
    ? `AND k.id IN (SELECT p.contact_id FROM mentees me JOIN courses c ON c.mentee_id = me.id JOIN contact_participants p ON p.course_id = c.id WHERE ${c.mentee})`
    : '';
  return `SELECT k.id, k.type, k.contact_date, k.mentor_id, k.duration_minutes, k.head_count FROM contacts k
    WHERE k.contact_date BETWEEN @from AND @to AND k.type <> '${ATTEMPT_TYPE}' ${c.mentor} ${byPerson}`;
}

/** One row per (counted contact, participating course) whose mentee matches the filter; the mentee's row only when needed. */
function participationsSql(f: StatisticsFilter, needMentee = false): string {
  const c = conditions(f);
  const mentee = needMentee || c.mentee ? 'JOIN mentees me ON me.id = c.mentee_id' : '';
  return `FROM contacts k JOIN contact_participants p ON p.contact_id = k.id JOIN courses c ON c.id = p.course_id ${mentee}
    WHERE k.contact_date BETWEEN @from AND @to AND k.type <> '${ATTEMPT_TYPE}' ${c.mentor} ${c.mentee ? `AND ${c.mentee}` : ''}`;
}

function coursesWhere(f: StatisticsFilter): string {
  const c = conditions(f);
  return `${c.courseMentor} ${c.mentee ? `AND ${c.mentee}` : ''}`;
}

export function minimalSql(f: StatisticsFilter) {
  return {
    contacts: `SELECT CAST(substr(contact_date, 6, 2) AS INTEGER) AS month, type, mentor_id, count(*) AS n, sum(duration_minutes) AS minutes, sum(coalesce(head_count, 0)) AS heads
      FROM (${contactsSql(f)}) GROUP BY month, type, mentor_id`,
    // Per person: participations, and the phase of the latest referred course (bare column beside max()).
    persons: `SELECT muni, edu, phase, count(*) AS persons, sum(n) AS participations FROM (
        SELECT me.home_municipality_id AS muni, me.education AS edu, c.phase_at_start AS phase, count(*) AS n,
               max(c.referral_date || printf('%012d', c.id)) AS latest
        ${participationsSql(f, true)} GROUP BY c.mentee_id)
      GROUP BY muni, edu, phase`,
    mentorPersons: `SELECT k.mentor_id AS id, count(DISTINCT c.mentee_id) AS n ${participationsSql(f)} GROUP BY k.mentor_id`,
    themeContacts: `SELECT t.theme_id AS id, count(*) AS n FROM (${contactsSql(f)}) k JOIN contact_themes t ON t.contact_id = k.id GROUP BY t.theme_id`,
    themePersons: `SELECT t.theme_id AS id, count(DISTINCT c.mentee_id) AS n ${participationsSql(f).replace('FROM contacts k', 'FROM contacts k JOIN contact_themes t ON t.contact_id = k.id')} GROUP BY t.theme_id`,
    referrals: `SELECT r.offer AS key, count(*) AS n FROM referrals r JOIN courses c ON c.id = r.course_id JOIN mentees me ON me.id = c.mentee_id
      WHERE r.referred_on BETWEEN @from AND @to ${coursesWhere(f)} GROUP BY r.offer`,
    outcomes: `SELECT c.outcome AS key, count(*) AS n FROM courses c JOIN mentees me ON me.id = c.mentee_id
      WHERE c.closed_on BETWEEN @from AND @to ${coursesWhere(f)} GROUP BY c.outcome`,
    openCourses: `SELECT a.mentor_id AS id, count(DISTINCT a.course_id) AS n FROM course_assignments a JOIN courses c ON c.id = a.course_id JOIN mentees me ON me.id = c.mentee_id
      WHERE a.from_date <= @day AND (a.to_date IS NULL OR a.to_date > @day) AND (c.closed_on IS NULL OR c.closed_on > @day)
        ${f.mentorId !== null ? 'AND a.mentor_id = @mentor' : ''} ${conditions(f).mentee ? `AND ${conditions(f).mentee}` : ''}
      GROUP BY a.mentor_id`,
    // Each checkpoint's due date (close + N months, clamped to the month's last day); per due year and
    // checkpoint each person once, at their latest closed course; only what fell due by the cut-off.
    followUp: `SELECT CAST(substr(due, 1, 4) AS INTEGER) AS year, months, count(*) AS due,
        sum(status IS NOT NULL AND status <> 'ikke_naaet') AS reached, sum(status IN (${list(FOLLOW_UP_KNOWN)})) AS known,
        sum(status IN (${list(FOLLOW_UP_POSITIVE)})) AS positive
      FROM (SELECT *, row_number() OVER (PARTITION BY substr(due, 1, 4), months, mentee_id ORDER BY closed_on DESC, course_id DESC) AS rn FROM (
        SELECT c.id AS course_id, c.mentee_id, c.closed_on, m.months,
          min(date(c.closed_on, 'start of month', '+' || m.months || ' months', '+' || (CAST(substr(c.closed_on, 9, 2) AS INTEGER) - 1) || ' days'),
              date(c.closed_on, 'start of month', '+' || (m.months + 1) || ' months', '-1 day')) AS due,
          (SELECT k.status FROM checkpoints k WHERE k.course_id = c.id AND k.months = m.months) AS status
        FROM courses c JOIN mentees me ON me.id = c.mentee_id CROSS JOIN checkpoint_months m
        WHERE c.closed_on IS NOT NULL ${coursesWhere(f)})
        WHERE due <= @cut)
      WHERE rn = 1 GROUP BY 1, 2`,
  };
}

type Row = Record<string, number | string>;

/** Every figure of the year's statistics from the base tables, by the minimal SQL. */
export function minimalFigures(db: Database.Database, year: number, filter: StatisticsFilter, today: string): Figures {
  const sql = minimalSql(filter);
  const { from, to } = yearBounds(year);
  const p = { from, to, mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education };
  const named = (params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null));
  const all = (q: string, extra: Record<string, unknown> = {}) => db.prepare(q).all(named({ ...p, ...extra })) as Row[];
  const out = emptyFigures();
  const mentor = (id: number) => (out.mentors[id] ??= { persons: 0, contacts: 0, hours: 0, openCourses: 0 });
  let minutes = 0;
  const mentorMinutes = new Map<number, number>();
  for (const r of all(sql.contacts)) {
    const key = `${r.month}|${r.type}`;
    out.contactsByMonthType[key] = (out.contactsByMonthType[key] ?? 0) + Number(r.n);
    minutes += Number(r.minutes);
    out.heads += Number(r.heads);
    mentor(Number(r.mentor_id)).contacts += Number(r.n);
    mentorMinutes.set(Number(r.mentor_id), (mentorMinutes.get(Number(r.mentor_id)) ?? 0) + Number(r.minutes));
  }
  out.hours = hoursOf(minutes);
  for (const [id, m] of mentorMinutes) mentor(id).hours = hoursOf(m);
  for (const r of all(sql.persons)) {
    const n = Number(r.persons);
    out.persons += n;
    out.participations += Number(r.participations);
    out.byMunicipality[r.muni] = (out.byMunicipality[r.muni] ?? 0) + n;
    out.byEducation[r.edu] = (out.byEducation[r.edu] ?? 0) + n;
    out.byPhase[r.phase] = (out.byPhase[r.phase] ?? 0) + n;
  }
  for (const r of all(sql.mentorPersons)) mentor(Number(r.id)).persons = Number(r.n);
  for (const r of all(sql.openCourses, { day: caseloadDate(year, today) })) mentor(Number(r.id)).openCourses = Number(r.n);
  for (const r of all(sql.themeContacts)) out.themes[r.id] = { contacts: Number(r.n), persons: 0 };
  for (const r of all(sql.themePersons)) out.themes[r.id].persons = Number(r.n);
  for (const r of all(sql.referrals)) out.referrals[r.key] = Number(r.n);
  for (const r of all(sql.outcomes)) out.outcomes[r.key] = Number(r.n);
  // The year's figure and the trend before it: due dates up to the year's end, or today in the current year.
  for (const r of all(sql.followUp, { cut: caseloadDate(year, today) })) {
    out.followUp[`${r.year}|${r.months}`] = { due: Number(r.due), reached: Number(r.reached), known: Number(r.known), positive: Number(r.positive) };
  }
  return out;
}
