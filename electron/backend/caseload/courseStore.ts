// Writing mentees and courses, and the paged lists of both. The rules stay in the course handlers.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Outcome } from '../../../shared/caseload';
import type { CourseRow, Mentee } from '../../../shared/caseloadTypes';
import { danishSortKey } from '../../../shared/format';
import type { courseFields, courseList, menteeFields, menteeList } from '../../../shared/schemas/caseload';
import { danishLower, likePattern } from '../sqlSearch';
import { COURSE_FROM, COURSE_SELECT, MENTEE_SELECT, STATUS_WHERE, toCourseRow, toMentee, type CourseDbRow } from './courseRows';

type DB = Database.Database;
type MenteeFields = z.output<typeof menteeFields>;
type CourseFields = z.output<typeof courseFields>;

const MENTEE_WRITE = ['name', 'sort_key', 'birth_year', 'home_municipality_id', 'education', 'school', 'phone', 'email'] as const;
const menteeValues = (m: MenteeFields) => [m.name, danishSortKey(m.name), m.birthYear, m.homeMunicipalityId, m.education, m.school, m.phone, m.email];

const COURSE_WRITE = ['referral_date', 'referred_by', 'consent_given_on', 'consent_withdrawn_on', 'phase_at_start', 'planned_review_on'] as const;
const courseValues = (c: CourseFields) => [c.referralDate, c.referredBy, c.consentGivenOn, c.consentWithdrawnOn, c.phaseAtStart, c.plannedReviewOn];

export function listMentees(db: DB, { search, offset, limit }: z.output<typeof menteeList>): { rows: Mentee[]; total: number } {
  const where = search ? `WHERE me.sort_key LIKE ? ESCAPE '\\'` : '';
  const params = search ? [likePattern(danishSortKey(search))] : [];
  const { total } = db.prepare(`SELECT count(*) AS total FROM mentees me ${where}`).get(...params) as { total: number };
  const rows = db.prepare(`${MENTEE_SELECT} ${where} ORDER BY me.sort_key, me.id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Parameters<typeof toMentee>[0][];
  return { rows: rows.map(toMentee), total };
}

export function insertMentee(db: DB, m: MenteeFields): number {
  const info = db.prepare(`INSERT INTO mentees (${MENTEE_WRITE.join(', ')}) VALUES (${MENTEE_WRITE.map(() => '?').join(', ')})`).run(...menteeValues(m));
  return Number(info.lastInsertRowid);
}

export function updateMentee(db: DB, id: number, m: MenteeFields): void {
  db.prepare(`UPDATE mentees SET ${MENTEE_WRITE.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...menteeValues(m), id);
}

export function hasOpenCourse(db: DB, menteeId: number): boolean {
  return !!db.prepare('SELECT 1 FROM courses WHERE mentee_id = ? AND closed_on IS NULL').get(menteeId);
}

export function insertCourse(db: DB, menteeId: number, c: CourseFields): number {
  const info = db
    .prepare(`INSERT INTO courses (mentee_id, ${COURSE_WRITE.join(', ')}) VALUES (?, ${COURSE_WRITE.map(() => '?').join(', ')})`)
    .run(menteeId, ...courseValues(c));
  return Number(info.lastInsertRowid);
}

export function updateCourse(db: DB, id: number, c: CourseFields): void {
  db.prepare(`UPDATE courses SET ${COURSE_WRITE.map((col) => `${col} = ?`).join(', ')} WHERE id = ?`).run(...courseValues(c), id);
}

/** The dates a course's referral and consent are checked against: its first and last contact, first assignment and closing. */
export function courseSpan(db: DB, id: number): { first: string | null; last: string | null; assigned: string | null; closed: string | null } {
  return db
    .prepare(
      `SELECT (SELECT min(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = @id) AS first,
                (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = @id) AS last,
                (SELECT min(from_date) FROM course_assignments WHERE course_id = @id) AS assigned,
                (SELECT closed_on FROM courses WHERE id = @id) AS closed`,
    )
    .get({ id }) as { first: string | null; last: string | null; assigned: string | null; closed: string | null };
}

/** Closes the course and ends its current assignment on the same day. */
export function closeCourse(db: DB, id: number, closedOn: string, outcome: Outcome): void {
  db.prepare('UPDATE courses SET closed_on = ?, outcome = ? WHERE id = ?').run(closedOn, outcome, id);
  db.prepare('UPDATE course_assignments SET to_date = ? WHERE course_id = ? AND to_date IS NULL').run(closedOn, id);
}

/**
 * Each sort drives the query from the table whose index already has that order (CROSS JOIN fixes
 * SQLite's join order), so a page is read straight off an index instead of sorting 100,000 rows.
 */
const COURSE_ORDER: Record<'name' | 'referralDate' | 'lastContact' | 'municipality', { from: string; order: string }> = {
  name: { from: 'mentees me CROSS JOIN courses c ON c.mentee_id = me.id', order: 'me.sort_key {dir}, me.id {dir}, c.id {dir}' },
  municipality: {
    from: 'mentees me CROSS JOIN courses c ON c.mentee_id = me.id JOIN municipalities mu ON mu.id = me.home_municipality_id',
    order: 'mu.sort_key {dir}, me.sort_key {dir}, me.id {dir}, c.id {dir}',
  },
  referralDate: { from: 'courses c CROSS JOIN mentees me ON me.id = c.mentee_id', order: 'c.referral_date {dir}, c.id {dir}' },
  lastContact: { from: 'courses c CROSS JOIN mentees me ON me.id = c.mentee_id', order: 'c.last_contact_on {dir}, c.id {dir}' },
};

/** Filtered, sorted and paged in SQL: the renderer only ever holds one window of rows. */
export function listCourses(db: DB, { status, mentorId, municipalityId, search, sort, direction, offset, limit }: z.output<typeof courseList>): { rows: CourseRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (status) where.push(STATUS_WHERE[status]);
  if (mentorId) {
    where.push('c.mentor_id = ?');
    params.push(mentorId);
  }
  if (municipalityId) {
    where.push('me.home_municipality_id = ?');
    params.push(municipalityId);
  }
  if (search) {
    where.push(`(me.sort_key LIKE ? ESCAPE '\\' OR ${danishLower('me.school')} LIKE ? ESCAPE '\\')`);
    params.push(likePattern(danishSortKey(search)), likePattern(search.toLowerCase()));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Mentees and municipalities are required references, so counting needs the mentee only when a filter reads it.
  const countFrom = search || municipalityId ? 'courses c JOIN mentees me ON me.id = c.mentee_id' : 'courses c';
  const { total } = db.prepare(`SELECT count(*) AS total FROM ${countFrom} ${whereSql}`).get(...params) as { total: number };
  const { from, order } = COURSE_ORDER[sort];
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  // First the page's ids (cheap to skip past on an index), then the full rows for just those.
  const ids = db.prepare(`SELECT c.id FROM ${from} ${whereSql} ORDER BY ${order.replaceAll('{dir}', dir)} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as number[];
  const rows = ids.length ? (db.prepare(`${COURSE_SELECT} WHERE c.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as CourseDbRow[]) : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { rows: rows.map(toCourseRow), total };
}

/**
 * Active courses with no contact since `quietSince` (since referral when never seen), a review due by
 * `day`, or a referral on or before `longAgo`: one page, least recently seen first, and the total.
 */
export function coursesNeedingAttention(db: DB, quietSince: string, day: string, longAgo: string, offset: number, limit: number): { rows: CourseDbRow[]; total: number } {
  const where = `WHERE c.closed_on IS NULL AND c.mentor_id IS NOT NULL AND (coalesce(c.last_contact_on, c.referral_date) <= ? OR c.planned_review_on <= ? OR c.referral_date <= ?)`;
  const params = [quietSince, day, longAgo];
  const { total } = db.prepare(`SELECT count(*) AS total ${COURSE_FROM} ${where}`).get(...params) as { total: number };
  const rows = db
    .prepare(`${COURSE_SELECT} ${where} ORDER BY coalesce(c.last_contact_on, c.referral_date), c.id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as CourseDbRow[];
  return { rows, total };
}
