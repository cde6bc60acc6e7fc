// Follow-up checkpoints after close: the configured month counts, the due list and the recorded statuses.
import type Database from 'better-sqlite3-multiple-ciphers';
import { latestCloseDue, type CheckpointSource, type CheckpointStatus } from '../../../shared/followUp';

type DB = Database.Database;

export function checkpointMonths(db: DB): number[] {
  return (db.prepare('SELECT months FROM checkpoint_months ORDER BY months').all() as { months: number }[]).map((r) => r.months);
}

export function addCheckpointMonths(db: DB, months: number): void {
  db.prepare('INSERT INTO checkpoint_months (months) VALUES (?)').run(months);
}

export function removeCheckpointMonths(db: DB, months: number): void {
  db.prepare('DELETE FROM checkpoint_months WHERE months = ?').run(months);
}

export interface DueCheckpointRow {
  course_id: number;
  closed_on: string;
  months: number;
  mentee_name: string;
  mentor_name: string | null;
  municipality_name: string;
}

/** Closed courses whose checkpoint is due by `day` and has no status, for each of `months`: one page and the total. */
export function dueCheckpoints(db: DB, day: string, months: readonly number[], offset: number, limit: number): { rows: DueCheckpointRow[]; total: number } {
  const parts = months.map(
    (_m, i) => `SELECT c.id AS course_id, c.closed_on, @m${i} AS months, me.name AS mentee_name, mt.name AS mentor_name, mu.name AS municipality_name,
          date(c.closed_on, '+' || @m${i} || ' months') AS sort_due
        FROM courses c JOIN mentees me ON me.id = c.mentee_id JOIN municipalities mu ON mu.id = me.home_municipality_id
        LEFT JOIN mentors mt ON mt.id = c.mentor_id
        WHERE c.closed_on IS NOT NULL AND c.closed_on <= @close${i}
          AND NOT EXISTS (SELECT 1 FROM checkpoints k WHERE k.course_id = c.id AND k.months = @m${i})`,
  );
  const params: Record<string, number | string> = {};
  months.forEach((m, i) => {
    params[`m${i}`] = m;
    params[`close${i}`] = latestCloseDue(day, m);
  });
  const union = parts.join(' UNION ALL ');
  const { total } = db.prepare(`SELECT count(*) AS total FROM (${union})`).get(params) as { total: number };
  // SQLite's month arithmetic overflows short months; it only orders here, the due date shown is checkpointDue's.
  const rows = db.prepare(`SELECT * FROM (${union}) ORDER BY sort_due, course_id, months LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as DueCheckpointRow[];
  return { rows, total };
}

export function recordedCheckpoint(db: DB, courseId: number, months: number): { status: CheckpointStatus; learned_on: string } | undefined {
  return db.prepare('SELECT status, learned_on FROM checkpoints WHERE course_id = ? AND months = ?').get(courseId, months) as
    | { status: CheckpointStatus; learned_on: string }
    | undefined;
}

export function insertCheckpoint(db: DB, courseId: number, months: number, status: CheckpointStatus, learnedOn: string, source: CheckpointSource): number {
  const info = db
    .prepare('INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(courseId, months, status, learnedOn, source, new Date().toISOString());
  return Number(info.lastInsertRowid);
}
