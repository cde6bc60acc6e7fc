// The recount the summaries are checked against: the statistics' contact counts straight from the base
// tables (contacts -> participants -> courses -> mentees), as the app computed them before migration 010.
// Only the tests keep this second implementation; likewise the follow-up figure from every closed course.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE, type Education, type Phase } from '../../shared/caseload';
import type { CountSource, YearCounts } from '../../electron/backend/evaluation/summaryCounts';
import { checkpointMonths } from '../../electron/backend/followUp/store';
import { checkpointDue, type CheckpointStatus } from '../../shared/followUp';
import { followUpFigure, type CheckpointCourse } from '../../shared/statistics/definitions';
import type { FollowUpStatistics, StatisticsFilter } from '../../shared/statistics/types';

// The year's contacts under the filter; a municipality or education filter keeps the contacts with at
// least one participant who matches (class sessions have none, so they drop out).
const FILTERED_CONTACTS = `
  k AS (
    SELECT k.id, k.type, k.contact_date, k.mentor_id, k.duration_minutes, k.head_count
    FROM contacts k
    WHERE k.contact_date BETWEEN @from AND @to
      AND k.type <> '${ATTEMPT_TYPE}'
      AND (@mentor IS NULL OR k.mentor_id = @mentor)
      AND ((@muni IS NULL AND @edu IS NULL) OR EXISTS (
        SELECT 1 FROM contact_participants p
        JOIN courses c ON c.id = p.course_id
        JOIN mentees me ON me.id = c.mentee_id
        WHERE p.contact_id = k.id
          AND (@muni IS NULL OR me.home_municipality_id = @muni)
          AND (@edu IS NULL OR me.education = @edu)))
  )`;

// One row per (contact, participating course) under the filter.
const PARTICIPATIONS = `
  ${FILTERED_CONTACTS},
  pp AS (
    SELECT k.id AS contact_id, k.mentor_id, c.id AS course_id, c.mentee_id, c.phase_at_start, c.referral_date,
           me.home_municipality_id, me.education
    FROM k
    JOIN contact_participants p ON p.contact_id = k.id
    JOIN courses c ON c.id = p.course_id
    JOIN mentees me ON me.id = c.mentee_id
    WHERE (@muni IS NULL OR me.home_municipality_id = @muni)
      AND (@edu IS NULL OR me.education = @edu)
  )`;

const ORACLE_SQL = {
  byMonthType: `WITH ${FILTERED_CONTACTS}
    SELECT CAST(substr(contact_date, 6, 2) AS INTEGER) AS month, type, count(*) AS n,
           sum(duration_minutes) AS minutes, sum(coalesce(head_count, 0)) AS heads
    FROM k GROUP BY month, type ORDER BY month, type`,
  mentorContacts: `WITH ${FILTERED_CONTACTS} SELECT mentor_id, count(*) AS n, sum(duration_minutes) AS minutes FROM k GROUP BY mentor_id`,
  persons: `WITH ${PARTICIPATIONS} SELECT count(DISTINCT mentee_id) AS persons, count(*) AS participations FROM pp`,
  byMunicipality: `WITH ${PARTICIPATIONS} SELECT home_municipality_id AS id, count(DISTINCT mentee_id) AS n FROM pp GROUP BY home_municipality_id`,
  byEducation: `WITH ${PARTICIPATIONS} SELECT education AS id, count(DISTINCT mentee_id) AS n FROM pp GROUP BY education`,
  byMentor: `WITH ${PARTICIPATIONS} SELECT mentor_id AS id, count(DISTINCT mentee_id) AS n FROM pp GROUP BY mentor_id`,
  themeContacts: `WITH ${FILTERED_CONTACTS} SELECT t.theme_id AS id, count(*) AS n FROM k JOIN contact_themes t ON t.contact_id = k.id GROUP BY t.theme_id`,
  themePersons: `WITH ${PARTICIPATIONS} SELECT t.theme_id AS id, count(DISTINCT pp.mentee_id) AS n
    FROM pp JOIN contact_themes t ON t.contact_id = pp.contact_id GROUP BY t.theme_id`,
  byMunicipalityPhase: `WITH ${PARTICIPATIONS}, latest AS (
      SELECT home_municipality_id, phase_at_start, row_number() OVER (PARTITION BY mentee_id ORDER BY referral_date DESC, course_id DESC) AS rn FROM pp
    )
    SELECT home_municipality_id AS municipalityId, phase_at_start AS phase, count(*) AS persons FROM latest WHERE rn = 1
    GROUP BY home_municipality_id, phase_at_start ORDER BY home_municipality_id, phase_at_start`,
} as const;

/** The contact counts recomputed from the base tables; same shape as the summaries' counts. */
export const oracleCounts: CountSource = (db: Database.Database, { from, to, mentor, muni, edu }) => {
  const p = { from, to, mentor, muni, edu };
  const ids = <K>(sql: string) => new Map((db.prepare(sql).all(p) as { id: K; n: number }[]).map((r) => [r.id, r.n]));
  return {
    byMonthType: db.prepare(ORACLE_SQL.byMonthType).all(p) as YearCounts['byMonthType'],
    mentorContacts: new Map((db.prepare(ORACLE_SQL.mentorContacts).all(p) as { mentor_id: number; n: number; minutes: number }[]).map((r) => [r.mentor_id, { n: r.n, minutes: r.minutes }])),
    persons: db.prepare(ORACLE_SQL.persons).get(p) as YearCounts['persons'],
    byMunicipality: ids<number>(ORACLE_SQL.byMunicipality),
    byEducation: ids<Education>(ORACLE_SQL.byEducation),
    byMentor: ids<number>(ORACLE_SQL.byMentor),
    byMunicipalityPhase: db.prepare(ORACLE_SQL.byMunicipalityPhase).all(p) as { municipalityId: number; phase: Phase; persons: number }[],
    themeContacts: ids<number>(ORACLE_SQL.themeContacts),
    themePersons: ids<number>(ORACLE_SQL.themePersons),
  };
};

/** Counts in a form that compares equal whatever order the rows came in. */
export function canonicalCounts(c: YearCounts) {
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  const map = (m: Map<unknown, number>) => sorted([...m]);
  return {
    byMonthType: sorted(c.byMonthType),
    mentorContacts: sorted([...c.mentorContacts]),
    persons: c.persons,
    byMunicipality: map(c.byMunicipality),
    byEducation: map(c.byEducation),
    byMentor: map(c.byMentor),
    byMunicipalityPhase: sorted(c.byMunicipalityPhase),
    themeContacts: map(c.themeContacts),
    themePersons: map(c.themePersons),
  };
}

// The mentor filter means the course's responsible mentor, as for outcomes.
const CLOSED_COURSES = `SELECT c.id, c.mentee_id, c.closed_on, k.months, k.status
  FROM courses c JOIN mentees me ON me.id = c.mentee_id
  LEFT JOIN checkpoints k ON k.course_id = c.id
  WHERE c.closed_on IS NOT NULL
    AND (@mentor IS NULL OR c.mentor_id = @mentor)
    AND (@muni IS NULL OR me.home_municipality_id = @muni)
    AND (@edu IS NULL OR me.education = @edu)`;

/** The follow-up figure and trend as the app computed them before migration 012: every closed course of every year. */
export function oracleFollowUp(db: Database.Database, year: number, filter: StatisticsFilter, today: string): FollowUpStatistics {
  const months = checkpointMonths(db);
  const rows = db.prepare(CLOSED_COURSES).all({ mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education }) as {
    id: number;
    mentee_id: number;
    closed_on: string;
    months: number | null;
    status: CheckpointStatus | null;
  }[];
  // One list per checkpoint: every closed course once, with its status at that checkpoint or null.
  const courses = new Map<number, { menteeId: number; closedOn: string; statuses: Map<number, CheckpointStatus> }>();
  for (const r of rows) {
    const c = courses.get(r.id) ?? { menteeId: r.mentee_id, closedOn: r.closed_on, statuses: new Map() };
    if (r.months !== null && r.status !== null) c.statuses.set(r.months, r.status);
    courses.set(r.id, c);
  }
  // Each course under each checkpoint, bucketed by the year its checkpoint falls due: the figure of a
  // year only looks at that year's courses, so the trend costs one pass, not one per year.
  const byYearAndMonths = new Map<string, CheckpointCourse[]>();
  let firstYear = year;
  for (const [courseId, c] of courses) {
    for (const m of months) {
      const dueYear = Number(checkpointDue(c.closedOn, m).slice(0, 4));
      if (dueYear > year) continue;
      firstYear = Math.min(firstYear, dueYear);
      const key = `${dueYear}:${m}`;
      const list = byYearAndMonths.get(key) ?? [];
      list.push({ courseId, menteeId: c.menteeId, closedOn: c.closedOn, status: c.statuses.get(m) ?? null });
      byYearAndMonths.set(key, list);
    }
  }
  const figureOf = (y: number, m: number) => followUpFigure(byYearAndMonths.get(`${y}:${m}`) ?? [], y, m, today);
  const figures = months.map((m) => figureOf(year, m));
  // The trend starts at the first year any checkpoint fell due.
  const trend = [];
  for (let y = firstYear; y <= year; y++) for (const m of months) trend.push(figureOf(y, m));
  return { months, figures, trend };
}
