// A course's goals, referrals to other offers and payer periods.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { GoalStatus, Offer, Payer } from '../../../shared/caseload';
import { notFound } from '../../../shared/errors';

type DB = Database.Database;

/** The course a goal belongs to. */
export function goalCourseId(db: DB, goalId: number): number {
  const goal = db.prepare('SELECT course_id FROM goals WHERE id = ?').get(goalId) as { course_id: number } | undefined;
  if (!goal) throw notFound('id', 'Målet findes ikke.');
  return goal.course_id;
}

export function insertGoal(db: DB, courseId: number, text: string, status: GoalStatus): number {
  return Number(db.prepare('INSERT INTO goals (course_id, text, status) VALUES (?, ?, ?)').run(courseId, text, status).lastInsertRowid);
}

export function updateGoal(db: DB, id: number, text: string, status: GoalStatus): void {
  db.prepare('UPDATE goals SET text = ?, status = ? WHERE id = ?').run(text, status, id);
}

export function deleteGoal(db: DB, id: number): void {
  db.prepare('DELETE FROM goals WHERE id = ?').run(id);
}

export function insertReferral(db: DB, courseId: number, offer: Offer, municipalityId: number, referredOn: string): number {
  const info = db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)').run(courseId, offer, municipalityId, referredOn);
  return Number(info.lastInsertRowid);
}

export function deleteReferral(db: DB, id: number): void {
  if (db.prepare('DELETE FROM referrals WHERE id = ?').run(id).changes === 0) throw notFound('id', 'Henvisningen findes ikke.');
}

/** A payer period of the course that overlaps fromDate–toDate (open ends count as far future), if any. */
export function overlappingPayerPeriod(db: DB, courseId: number, fromDate: string, toDate: string | null): { from_date: string; to_date: string | null } | undefined {
  return db
    .prepare(
      `SELECT from_date, to_date FROM payer_periods WHERE course_id = ?
         AND from_date <= coalesce(?, '9999-12-31') AND coalesce(to_date, '9999-12-31') >= ? LIMIT 1`,
    )
    .get(courseId, toDate, fromDate) as { from_date: string; to_date: string | null } | undefined;
}

export function insertPayerPeriod(db: DB, courseId: number, payer: Payer, fromDate: string, toDate: string | null): number {
  const info = db.prepare('INSERT INTO payer_periods (course_id, payer, from_date, to_date) VALUES (?, ?, ?, ?)').run(courseId, payer, fromDate, toDate);
  return Number(info.lastInsertRowid);
}

export function deletePayerPeriod(db: DB, id: number): void {
  if (db.prepare('DELETE FROM payer_periods WHERE id = ?').run(id).changes === 0) {
    throw notFound('id', 'Betalerperioden findes ikke.');
  }
}
