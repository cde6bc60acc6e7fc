// Keeps the person summaries (migration 013) true: the triggers have listed every person whose
// contribution may have changed in stat_person_dirty; this takes their old rows out of the sums,
// recomputes their rows from the base tables and adds them back. Called from the flush that ends every
// write transaction (summaries.ts), so the sums always equal a recount of the year's persons.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE } from '../../../shared/caseload';
import { prepared } from '../statements';

type DB = Database.Database;

const DIRTY = 'SELECT mentee_id FROM stat_person_dirty';

// CROSS JOIN keeps the dirty persons as the outer loop: the planner, knowing nothing of the small
// dirty table, scanned every course instead (2.5 s for one new contact on a national file).
// A person's participations per year, contact mentor and course; a person counts once per year and
// mentor_key (0 = any mentor), in the phase of the latest referred course (SQLite's bare column beside max()).
const PARTICIPATIONS = `
  SELECT c.mentee_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, k.mentor_id, c.id AS course_id,
         c.phase_at_start AS phase, c.referral_date, count(*) AS n
  FROM stat_person_dirty d CROSS JOIN courses c ON c.mentee_id = d.mentee_id
  JOIN contact_participants p ON p.course_id = c.id JOIN contacts k ON k.id = p.contact_id
  WHERE k.type <> '${ATTEMPT_TYPE}' GROUP BY c.mentee_id, year, k.mentor_id, c.id`;

const ROWS_SQL = `
  WITH part AS (${PARTICIPATIONS})
  INSERT INTO stat_person_rows (mentee_id, year, mentor_key, muni, edu, phase, participations)
  SELECT x.mentee_id, x.year, x.mentor_key, me.home_municipality_id, me.education, x.phase, x.n FROM (
    SELECT mentee_id, year, mentor_id AS mentor_key, phase, sum(n) AS n, max(referral_date || printf('%012d', course_id)) AS latest
    FROM part GROUP BY mentee_id, year, mentor_id
    UNION ALL
    SELECT mentee_id, year, 0, phase, sum(n), max(referral_date || printf('%012d', course_id)) FROM part GROUP BY mentee_id, year
  ) x JOIN mentees me ON me.id = x.mentee_id`;

const THEME_ROWS_SQL = `
  WITH t AS (
    SELECT DISTINCT c.mentee_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, k.mentor_id, ct.theme_id
    FROM stat_person_dirty d CROSS JOIN courses c ON c.mentee_id = d.mentee_id
    JOIN contact_participants p ON p.course_id = c.id JOIN contacts k ON k.id = p.contact_id
    JOIN contact_themes ct ON ct.contact_id = k.id
    WHERE k.type <> '${ATTEMPT_TYPE}')
  INSERT INTO stat_person_theme_rows (mentee_id, year, mentor_key, theme_id, muni, edu)
  SELECT x.mentee_id, x.year, x.mentor_key, x.theme_id, me.home_municipality_id, me.education FROM (
    SELECT mentee_id, year, mentor_id AS mentor_key, theme_id FROM t
    UNION
    SELECT mentee_id, year, 0, theme_id FROM t
  ) x JOIN mentees me ON me.id = x.mentee_id`;

/** The statements that recompute the dirty persons' rows (exported for the query-plan test). */
export const PERSON_ROWS_SQL = { rows: ROWS_SQL, themeRows: THEME_ROWS_SQL } as const;

interface Sums {
  sums: string;
  rows: string;
  keys: readonly string[];
  /** Each row's contribution to the sums' columns. */
  adds: Record<string, string>;
  insert: string;
}

const SUMS: readonly Sums[] = [
  { sums: 'stat_persons', rows: 'stat_person_rows', keys: ['year', 'mentor_key', 'muni', 'edu', 'phase'], adds: { persons: 'count(*)', participations: 'sum(participations)' }, insert: ROWS_SQL },
  { sums: 'stat_theme_persons', rows: 'stat_person_theme_rows', keys: ['year', 'mentor_key', 'muni', 'edu', 'theme_id'], adds: { persons: 'count(*)' }, insert: THEME_ROWS_SQL },
];

/** Adds (sign 1) or takes out (sign -1) the dirty persons' rows. */
function applySql(s: Sums, sign: 1 | -1): string {
  const cols = Object.keys(s.adds);
  return `INSERT INTO ${s.sums} (${[...s.keys, ...cols].join(', ')})
    SELECT ${s.keys.join(', ')}, ${cols.map((c) => `${sign < 0 ? '-' : ''}${s.adds[c]}`).join(', ')}
    FROM ${s.rows} WHERE mentee_id IN (${DIRTY}) GROUP BY ${s.keys.join(', ')}
    ON CONFLICT (${s.keys.join(', ')}) DO UPDATE SET ${cols.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/** Recomputes every dirty person's rows and sums, and empties stat_person_dirty. */
export function flushPersonSummaries(db: DB): void {
  if (prepared(db, 'SELECT 1 FROM stat_person_dirty LIMIT 1').get() === undefined) return;
  db.transaction(() => {
    for (const s of SUMS) {
      prepared(db, applySql(s, -1)).run();
      prepared(db, `DELETE FROM ${s.rows} WHERE mentee_id IN (${DIRTY})`).run();
      prepared(db, s.insert).run();
      prepared(db, applySql(s, 1)).run();
      // A zero row would list a municipality or theme nobody was reached in; the partial index finds them.
      prepared(db, `DELETE FROM ${s.sums} WHERE persons = 0`).run();
    }
    prepared(db, 'DELETE FROM stat_person_dirty').run();
  })();
}
