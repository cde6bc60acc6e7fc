// Course and mentee rows: one row shape each, read by the caseload handlers, the contacts and the follow-up checkpoints.
import type Database from 'better-sqlite3-multiple-ciphers';
import { ATTEMPT_TYPE, type CourseStatus, type Education, type Outcome, type Phase, type Referrer } from '../../../shared/caseload';
import type { CourseRow, Mentee } from '../../../shared/caseloadTypes';
import { fieldError, notFound } from '../../../shared/errors';

type DB = Database.Database;

/** The status of the course aliased c, as SQL. */
export const STATUS_SQL = `CASE WHEN c.closed_on IS NOT NULL THEN 'afsluttet' WHEN c.mentor_id IS NULL THEN 'venteliste' ELSE 'aktiv' END`;

/** SQL for each status filter; "aktiv" means open with a responsible mentor. */
export const STATUS_WHERE: Record<CourseStatus, string> = {
  afsluttet: 'c.closed_on IS NOT NULL',
  venteliste: 'c.closed_on IS NULL AND c.mentor_id IS NULL',
  aktiv: 'c.closed_on IS NULL AND c.mentor_id IS NOT NULL',
};

export const COURSE_FROM = `FROM courses c
  JOIN mentees me ON me.id = c.mentee_id
  JOIN municipalities mu ON mu.id = me.home_municipality_id
  LEFT JOIN mentors mt ON mt.id = c.mentor_id`;

export const COURSE_SELECT = `SELECT c.*, ${STATUS_SQL} AS status, me.name AS mentee_name, me.birth_year, me.education, me.school,
  mu.name AS municipality_name, mt.name AS mentor_name ${COURSE_FROM}`;

export interface CourseDbRow {
  id: number;
  mentee_id: number;
  referral_date: string;
  referred_by: Referrer;
  consent_given_on: string | null;
  consent_withdrawn_on: string | null;
  phase_at_start: Phase;
  planned_review_on: string | null;
  closed_on: string | null;
  outcome: Outcome | null;
  mentor_id: number | null;
  last_contact_on: string | null;
  status: CourseStatus;
  mentee_name: string;
  birth_year: number;
  education: Education;
  school: string | null;
  municipality_name: string;
  mentor_name: string | null;
}

export const toCourseRow = (r: CourseDbRow): CourseRow => ({
  id: r.id,
  menteeId: r.mentee_id,
  menteeName: r.mentee_name,
  birthYear: r.birth_year,
  homeMunicipalityName: r.municipality_name,
  education: r.education,
  school: r.school,
  referralDate: r.referral_date,
  phaseAtStart: r.phase_at_start,
  mentorId: r.mentor_id,
  mentorName: r.mentor_name,
  lastContactOn: r.last_contact_on,
  plannedReviewOn: r.planned_review_on,
  consentWithdrawnOn: r.consent_withdrawn_on,
  closedOn: r.closed_on,
  outcome: r.outcome,
  status: r.status,
});

/** The raw course row, or a field error naming `field` when it does not exist. */
export function courseRow(db: DB, id: number, field = 'id'): CourseDbRow {
  const row = db.prepare(`${COURSE_SELECT} WHERE c.id = ?`).get(id) as CourseDbRow | undefined;
  // A missing course the method is about is NOT_FOUND; one it refers to is a field error.
  if (!row) throw field === 'id' ? notFound(field, 'Forløbet findes ikke.') : fieldError(field, 'Forløbet findes ikke.');
  return row;
}

interface MenteeDbRow {
  id: number;
  name: string;
  birth_year: number;
  home_municipality_id: number;
  municipality_name: string;
  education: Education;
  school: string | null;
  phone: string | null;
  email: string | null;
}

export const MENTEE_SELECT = `SELECT me.*, mu.name AS municipality_name FROM mentees me JOIN municipalities mu ON mu.id = me.home_municipality_id`;

export const toMentee = (r: MenteeDbRow): Mentee => ({
  id: r.id,
  name: r.name,
  birthYear: r.birth_year,
  homeMunicipalityId: r.home_municipality_id,
  homeMunicipalityName: r.municipality_name,
  education: r.education,
  school: r.school,
  phone: r.phone,
  email: r.email,
});

export function getMentee(db: DB, id: number, field = 'id'): Mentee {
  const row = db.prepare(`${MENTEE_SELECT} WHERE me.id = ?`).get(id) as MenteeDbRow | undefined;
  if (!row) throw field === 'id' ? notFound(field, 'Mentee findes ikke.') : fieldError(field, 'Mentee findes ikke.');
  return toMentee(row);
}

/** The newest start of a current assignment: nothing about the mentor may be dated before it (history stays ordered). */
export function currentAssignmentStart(db: DB, courseId: number): string | null {
  const row = db.prepare('SELECT max(from_date) AS d FROM course_assignments WHERE course_id = ? AND to_date IS NULL').get(courseId) as { d: string | null };
  return row.d;
}

/**
 * Recomputes the stored date of the last contact (the follow-up list and the sort read it), for some courses
 * or all. An attempt that reached nobody is no contact: it leaves the no-contact clock running.
 */
export function refreshLastContact(db: DB, courseIds: Iterable<number> | 'all'): void {
  const set = `UPDATE courses SET last_contact_on = (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id
    WHERE p.course_id = courses.id AND k.type <> '${ATTEMPT_TYPE}')`;
  if (courseIds === 'all') {
    db.prepare(set).run();
    return;
  }
  const update = db.prepare(`${set} WHERE id = ?`);
  for (const id of new Set(courseIds)) update.run(id);
}
