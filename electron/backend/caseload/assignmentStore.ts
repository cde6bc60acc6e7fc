// Mentors' caseloads (open courses against capacity) and the assignment history of courses.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AssignmentKind } from '../../../shared/caseload';
import { fieldError } from '../../../shared/errors';
import type { Profession } from '../../../shared/reference';

type DB = Database.Database;

export interface MentorLoadRow {
  id: number;
  name: string;
  profession: Profession;
  capacity: number;
  active_from: string;
  active_to: string | null;
  schools_json: string;
  employer_municipality_id: number;
  employer_name: string;
  n: number;
}

const MENTOR_LOAD = `SELECT m.id, m.name, m.sort_key, m.profession, m.capacity, m.active_from, m.active_to, m.schools_json,
  m.employer_municipality_id, mu.name AS employer_name,
  (SELECT count(*) FROM courses c WHERE c.mentor_id = m.id AND c.closed_on IS NULL) AS n
  FROM mentors m JOIN municipalities mu ON mu.id = m.employer_municipality_id`;

export function mentorLoad(db: DB, id: number, field: string): MentorLoadRow {
  const row = db.prepare(`${MENTOR_LOAD} WHERE m.id = ?`).get(id) as MentorLoadRow | undefined;
  if (!row) throw fieldError(field, 'Mentoren findes ikke.');
  return row;
}

/** Every mentor with their number of open courses, in Danish name order. */
export function mentorLoadsByName(db: DB): MentorLoadRow[] {
  return db.prepare(`${MENTOR_LOAD} ORDER BY m.sort_key`).all() as MentorLoadRow[];
}

/** Every mentor with their number of open courses, in no particular order. */
export function mentorLoads(db: DB): MentorLoadRow[] {
  return db.prepare(MENTOR_LOAD).all() as MentorLoadRow[];
}

/** Open courses without a responsible mentor. */
export function waitingCount(db: DB): number {
  const { n } = db.prepare('SELECT count(*) AS n FROM courses WHERE closed_on IS NULL AND mentor_id IS NULL').get() as { n: number };
  return n;
}

export function menteeHomeMunicipality(db: DB, menteeId: number): number {
  const { home } = db.prepare('SELECT home_municipality_id AS home FROM mentees WHERE id = ?').get(menteeId) as { home: number };
  return home;
}

export function openCourseIdsOf(db: DB, mentorId: number): { id: number }[] {
  return db.prepare('SELECT id FROM courses WHERE mentor_id = ? AND closed_on IS NULL ORDER BY id').all(mentorId) as { id: number }[];
}

/** The latest start among the mentor's current assignments to open courses. */
export function latestOpenAssignmentStart(db: DB, mentorId: number): string | null {
  const latest = db
    .prepare('SELECT max(a.from_date) AS d FROM course_assignments a JOIN courses c ON c.id = a.course_id WHERE c.mentor_id = ? AND c.closed_on IS NULL AND a.to_date IS NULL')
    .get(mentorId) as { d: string | null };
  return latest.d;
}

/** Which courses change mentor: one course, or all of a leaving mentor's open ones. */
export type Moving = { courseId: number } | { fromMentorId: number };

/** Ends the current assignments, starts the new ones and sets the responsible mentor, set-based. */
export function recordAssignment(db: DB, moving: Moving, mentorId: number, fromDate: string, kind: AssignmentKind, over: boolean): void {
  const which = 'courseId' in moving ? 'SELECT id FROM courses WHERE id = @course' : 'SELECT id FROM courses WHERE mentor_id = @from AND closed_on IS NULL';
  const p = {
    course: 'courseId' in moving ? moving.courseId : null,
    from: 'fromMentorId' in moving ? moving.fromMentorId : null,
    mentor: mentorId,
    day: fromDate,
    kind,
    over: over ? 1 : 0,
    at: new Date().toISOString(),
  };
  db.prepare(`UPDATE course_assignments SET to_date = @day WHERE to_date IS NULL AND course_id IN (${which})`).run(p);
  db.prepare(
    `INSERT INTO course_assignments (course_id, mentor_id, from_date, kind, over_capacity_confirmed, recorded_at)
     SELECT id, @mentor, @day, @kind, @over, @at FROM (${which})`,
  ).run(p);
  db.prepare(`UPDATE courses SET mentor_id = @mentor WHERE id IN (${which})`).run(p);
}

/** The date of the mentor's latest contact (attempts too: the mentor was at work), or null. */
export function lastContactBy(db: DB, mentorId: number): string | null {
  const row = db.prepare('SELECT max(contact_date) AS d FROM contacts WHERE mentor_id = ?').get(mentorId) as { d: string | null };
  return row.d;
}
