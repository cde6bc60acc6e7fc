// Reading courses, mentees and contacts: one row shape each, shared by the caseload handlers.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AssignmentKind, ContactType, CourseStatus, Education, GoalStatus, Offer, Outcome, Payer, Phase, Referrer, ThemeKey } from '../../../shared/caseload';
import type { ContactRow, CourseDetail, CourseRow, Mentee, Theme } from '../../../shared/caseloadTypes';
import { fieldError, notFound } from '../../../shared/errors';

type DB = Database.Database;

const STATUS_SQL = `CASE WHEN c.closed_on IS NOT NULL THEN 'afsluttet' WHEN c.mentor_id IS NULL THEN 'venteliste' ELSE 'aktiv' END`;

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

export function getCourseDetail(db: DB, id: number): CourseDetail {
  const r = courseRow(db, id);
  const themeIds = (db.prepare('SELECT theme_id FROM course_themes WHERE course_id = ? ORDER BY theme_id').all(id) as { theme_id: number }[]).map((t) => t.theme_id);
  const goals = db.prepare('SELECT id, text, status FROM goals WHERE course_id = ? ORDER BY id').all(id) as { id: number; text: string; status: GoalStatus }[];
  const referrals = (
    db
      .prepare(
        `SELECT r.id, r.offer, r.municipality_id, mu.name AS municipality_name, r.referred_on
         FROM referrals r JOIN municipalities mu ON mu.id = r.municipality_id WHERE r.course_id = ? ORDER BY r.referred_on, r.id`,
      )
      .all(id) as { id: number; offer: Offer; municipality_id: number; municipality_name: string; referred_on: string }[]
  ).map((x) => ({ id: x.id, offer: x.offer, municipalityId: x.municipality_id, municipalityName: x.municipality_name, referredOn: x.referred_on }));
  const payerPeriods = (
    db.prepare('SELECT id, payer, from_date, to_date FROM payer_periods WHERE course_id = ? ORDER BY from_date').all(id) as {
      id: number;
      payer: Payer;
      from_date: string;
      to_date: string | null;
    }[]
  ).map((p) => ({ id: p.id, payer: p.payer, fromDate: p.from_date, toDate: p.to_date }));
  const assignments = (
    db
      .prepare(
        `SELECT a.id, a.mentor_id, m.name AS mentor_name, a.from_date, a.to_date, a.kind, a.over_capacity_confirmed
         FROM course_assignments a JOIN mentors m ON m.id = a.mentor_id WHERE a.course_id = ? ORDER BY a.from_date, a.id`,
      )
      .all(id) as { id: number; mentor_id: number; mentor_name: string; from_date: string; to_date: string | null; kind: AssignmentKind; over_capacity_confirmed: number }[]
  ).map((a) => ({
    id: a.id,
    mentorId: a.mentor_id,
    mentorName: a.mentor_name,
    fromDate: a.from_date,
    toDate: a.to_date,
    kind: a.kind,
    overCapacityConfirmed: a.over_capacity_confirmed === 1,
  }));
  const { n } = db.prepare('SELECT count(*) AS n FROM contact_participants WHERE course_id = ?').get(id) as { n: number };
  const otherCourses = (
    db.prepare(`SELECT c.id, c.referral_date, c.closed_on, ${STATUS_SQL} AS status FROM courses c WHERE c.mentee_id = ? AND c.id <> ? ORDER BY c.referral_date DESC`).all(r.mentee_id, id) as {
      id: number;
      referral_date: string;
      closed_on: string | null;
      status: CourseStatus;
    }[]
  ).map((o) => ({ id: o.id, referralDate: o.referral_date, closedOn: o.closed_on, status: o.status }));
  return {
    ...toCourseRow(r),
    referredBy: r.referred_by,
    consentGivenOn: r.consent_given_on,
    mentee: getMentee(db, r.mentee_id),
    themeIds,
    goals,
    referrals,
    payerPeriods,
    assignments,
    contactCount: n,
    otherCourses,
  };
}

/** Keeps courses.last_contact_on in step with the contacts (the follow-up list reads it). */
/** The newest start of a current assignment: nothing about the mentor may be dated before it (history stays ordered). */
export function currentAssignmentStart(db: DB, courseId: number): string | null {
  const row = db.prepare('SELECT max(from_date) AS d FROM course_assignments WHERE course_id = ? AND to_date IS NULL').get(courseId) as { d: string | null };
  return row.d;
}

/** Recomputes the stored date of the last contact (the follow-up list and the sort read it), for some courses or all. */
export function refreshLastContact(db: DB, courseIds: Iterable<number> | 'all'): void {
  const set = `UPDATE courses SET last_contact_on = (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = courses.id)`;
  if (courseIds === 'all') {
    db.prepare(set).run();
    return;
  }
  const update = db.prepare(`${set} WHERE id = ?`);
  for (const id of new Set(courseIds)) update.run(id);
}

export function assertThemesExist(db: DB, ids: readonly number[], field: string): void {
  const exists = db.prepare('SELECT 1 FROM themes WHERE id = ?');
  for (const id of ids) if (!exists.get(id)) throw fieldError(field, 'Et valgt tema findes ikke.');
}

export function setCourseThemes(db: DB, courseId: number, ids: readonly number[]): void {
  db.prepare('DELETE FROM course_themes WHERE course_id = ?').run(courseId);
  const insert = db.prepare('INSERT INTO course_themes (course_id, theme_id) VALUES (?, ?)');
  for (const id of ids) insert.run(courseId, id);
}

interface ThemeDbRow {
  id: number;
  key: ThemeKey | null;
  label: string;
  active: number;
}
const toTheme = (t: ThemeDbRow): Theme => ({ id: t.id, key: t.key, label: t.label, active: t.active === 1 });
const THEME_SELECT = 'SELECT id, key, label, active FROM themes';

export function listThemes(db: DB): Theme[] {
  return (db.prepare(`${THEME_SELECT} ORDER BY position, id`).all() as ThemeDbRow[]).map(toTheme);
}

export function getTheme(db: DB, id: number): Theme {
  const row = db.prepare(`${THEME_SELECT} WHERE id = ?`).get(id) as ThemeDbRow | undefined;
  if (!row) throw notFound('id', 'Temaet findes ikke.');
  return toTheme(row);
}

interface ContactDbRow {
  id: number;
  type: ContactType;
  contact_date: string;
  mentor_id: number;
  mentor_name: string;
  duration_minutes: number;
  school: string | null;
  class_name: string | null;
  head_count: number | null;
}
export const CONTACT_SELECT = `SELECT k.*, mt.name AS mentor_name FROM contacts k JOIN mentors mt ON mt.id = k.mentor_id`;

/** Turns one page of contact rows into ContactRows, fetching participants and themes for just those ids. */
export function toContactRows(db: DB, rows: ContactDbRow[]): ContactRow[] {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => '?').join(',');
  const participants = db
    .prepare(
      `SELECT p.contact_id, p.course_id, me.name AS mentee_name, me.sort_key FROM contact_participants p
       JOIN courses c ON c.id = p.course_id JOIN mentees me ON me.id = c.mentee_id
       WHERE p.contact_id IN (${marks}) ORDER BY me.sort_key`,
    )
    .all(...ids) as { contact_id: number; course_id: number; mentee_name: string }[];
  const themes = db.prepare(`SELECT contact_id, theme_id FROM contact_themes WHERE contact_id IN (${marks}) ORDER BY theme_id`).all(...ids) as {
    contact_id: number;
    theme_id: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    date: r.contact_date,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    durationMinutes: r.duration_minutes,
    school: r.school,
    className: r.class_name,
    headCount: r.head_count,
    participants: participants.filter((p) => p.contact_id === r.id).map((p) => ({ courseId: p.course_id, menteeName: p.mentee_name })),
    themeIds: themes.filter((t) => t.contact_id === r.id).map((t) => t.theme_id),
  }));
}

export function getContact(db: DB, id: number): ContactRow {
  const row = db.prepare(`${CONTACT_SELECT} WHERE k.id = ?`).get(id) as ContactDbRow | undefined;
  if (!row) throw notFound('id', 'Samtalen findes ikke.');
  return toContactRows(db, [row])[0];
}

export type { ContactDbRow };

