// Keeps the statistics summaries (migration 010) true. The triggers have already subtracted the rows
// of every contact a write touched and listed it in stat_dirty; this adds those contacts' rows as they
// are now (a deleted contact adds nothing) and empties the list. Called before every write
// transaction ends, so the summaries always equal a recount from the base tables.
import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../statements';
import { flushFollowUpSummary } from './followUpSummary';
import { flushPersonSummaries } from './personSummaries';

type DB = Database.Database;

interface Summary {
  table: string;
  keys: readonly string[];
  sums: readonly string[];
}

/** The summary tables and their primary keys, as migration 010 made them. */
export const SUMMARY_TABLES: readonly Summary[] = [
  { table: 'stat_contacts', keys: ['year', 'muni_key', 'edu_key', 'mentor_id', 'month', 'type'], sums: ['n', 'minutes', 'heads'] },
  { table: 'stat_theme_contacts', keys: ['year', 'muni_key', 'edu_key', 'mentor_id', 'theme_id'], sums: ['n'] },
  { table: 'stat_course_contacts', keys: ['year', 'mentor_id', 'course_id'], sums: ['n'] },
  { table: 'stat_theme_courses', keys: ['year', 'mentor_id', 'course_id', 'theme_id'], sums: ['n'] },
];

const addSql = (s: Summary) => `INSERT INTO ${s.table} (${[...s.keys, ...s.sums].join(', ')})
  SELECT ${s.keys.join(', ')}, ${s.sums.map((c) => `sum(${c})`).join(', ')} FROM ${s.table}_v
  WHERE contact_id IN (SELECT contact_id FROM stat_dirty) GROUP BY ${s.keys.join(', ')}
  ON CONFLICT (${s.keys.join(', ')}) DO UPDATE SET ${s.sums.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;

/** Brings every statistics summary up to date with the data (each a look-up when nothing changed). */
export function flushStatisticsSummaries(db: DB): void {
  flushContactSummaries(db);
  flushPersonSummaries(db);
  flushFollowUpSummary(db);
}

/** Adds the rows of every dirty contact, drops rows that fell to zero and empties stat_dirty. */
function flushContactSummaries(db: DB): void {
  if (prepared(db, 'SELECT 1 FROM stat_dirty LIMIT 1').get() === undefined) return;
  db.transaction(() => {
    for (const s of SUMMARY_TABLES) {
      prepared(db, addSql(s)).run();
      // Zero rows would show a theme or course with no contact; the partial index finds them.
      prepared(db, `DELETE FROM ${s.table} WHERE n = 0`).run();
    }
    prepared(db, 'DELETE FROM stat_dirty').run();
  })();
}
