// The recount the summaries are checked against: the statistics' contact counts straight from the base
// tables (contacts -> participants -> courses -> mentees), as the app computed them before migration 010.
// Only the tests keep this second implementation.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE, type Education, type Phase } from '../../shared/caseload';
import type { CountSource, YearCounts } from '../../electron/backend/evaluation/summaryCounts';

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
