// Keeps the follow-up summary (migration 012) true. The triggers have listed every person a write
// touched in follow_up_stat_dirty; this takes their rows out of follow_up_stat, recomputes them from
// the base tables by followUpFigure (the figure's one definition) and adds them back. Called from
// flushStatisticsSummaries, so before every write transaction ends.
import type Database from 'better-sqlite3-multiple-ciphers';
import { checkpointDue, type CheckpointStatus } from '../../../shared/followUp';
import { followUpFigure, type CheckpointCourse } from '../../../shared/statistics/definitions';
import { checkpointMonths } from '../followUp/store';
import { prepared } from '../statements';

type DB = Database.Database;

const DIRTY = 'SELECT mentee_id FROM follow_up_stat_dirty';
const KEYS = 'mentor_key, due_year, months, muni_id, edu';

/** Adds (sign '') or subtracts (sign '-') the dirty persons' rows to the sums. */
const applySql = (sign: '' | '-') => `INSERT INTO follow_up_stat (${KEYS}, due, reached, known, positive)
  SELECT ${KEYS}, ${sign}count(*), ${sign}sum(reached), ${sign}sum(known), ${sign}sum(positive)
  FROM follow_up_stat_person WHERE mentee_id IN (${DIRTY}) GROUP BY ${KEYS}
  ON CONFLICT (${KEYS}) DO UPDATE SET due = due + excluded.due, reached = reached + excluded.reached,
    known = known + excluded.known, positive = positive + excluded.positive`;

// CROSS JOIN keeps the dirty list first: the planner, knowing nothing of that table, would scan every course.
const DIRTY_COURSES = `SELECT c.id, c.mentee_id, c.mentor_id, c.closed_on, me.home_municipality_id AS muni, me.education AS edu, k.months, k.status
  FROM follow_up_stat_dirty d CROSS JOIN courses c ON c.mentee_id = d.mentee_id JOIN mentees me ON me.id = c.mentee_id
  LEFT JOIN checkpoints k ON k.course_id = c.id
  WHERE c.closed_on IS NOT NULL`;

interface CourseRow {
  id: number;
  mentee_id: number;
  mentor_id: number | null;
  closed_on: string;
  muni: number;
  edu: string;
  months: number | null;
  status: CheckpointStatus | null;
}

// Any due date lies before this, so a year's figure counts the whole year.
const NO_CUT_OFF = '9999-12-31';

/** Recomputes the rows of every dirty person; one look-up when nobody is dirty. */
export function flushFollowUpSummary(db: DB): void {
  if (prepared(db, 'SELECT 1 FROM follow_up_stat_dirty LIMIT 1').get() === undefined) return;
  db.transaction(() => {
    prepared(db, applySql('-')).run();
    prepared(db, `DELETE FROM follow_up_stat_person WHERE mentee_id IN (${DIRTY})`).run();
    insertPersonRows(db);
    prepared(db, applySql('')).run();
    prepared(db, 'DELETE FROM follow_up_stat WHERE due = 0').run();
    prepared(db, 'DELETE FROM follow_up_stat_dirty').run();
  })();
}

/** The dirty persons' rows as the base tables give them now. */
function insertPersonRows(db: DB): void {
  const months = checkpointMonths(db);
  // Each closed course once, with its statuses; grouped per person, mentor_key, due year and checkpoint.
  const courses = new Map<number, { row: CourseRow; statuses: Map<number, CheckpointStatus> }>();
  for (const r of prepared(db, DIRTY_COURSES).iterate() as IterableIterator<CourseRow>) {
    const c = courses.get(r.id) ?? { row: r, statuses: new Map() };
    if (r.months !== null && r.status !== null) c.statuses.set(r.months, r.status);
    courses.set(r.id, c);
  }
  const groups = new Map<string, { menteeId: number; mentorKey: number; dueYear: number; months: number; muni: number; edu: string; list: CheckpointCourse[] }>();
  for (const [courseId, { row, statuses }] of courses) {
    for (const m of months) {
      const dueYear = Number(checkpointDue(row.closed_on, m).slice(0, 4));
      const course: CheckpointCourse = { courseId, menteeId: row.mentee_id, closedOn: row.closed_on, status: statuses.get(m) ?? null };
      for (const mentorKey of row.mentor_id === null ? [0] : [0, row.mentor_id]) {
        const key = `${row.mentee_id}:${mentorKey}:${dueYear}:${m}`;
        const g = groups.get(key) ?? { menteeId: row.mentee_id, mentorKey, dueYear, months: m, muni: row.muni, edu: row.edu, list: [] };
        g.list.push(course);
        groups.set(key, g);
      }
    }
  }
  const insert = prepared(
    db,
    `INSERT INTO follow_up_stat_person (mentee_id, mentor_key, due_year, months, muni_id, edu, reached, known, positive)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const g of groups.values()) {
    // One person's courses due in the year: the figure is that person's contribution (due = 1).
    const f = followUpFigure(g.list, g.dueYear, g.months, NO_CUT_OFF);
    insert.run(g.menteeId, g.mentorKey, g.dueYear, g.months, g.muni, g.edu, f.reached, f.known, f.positive);
  }
}
