// Caseloads: the board (active courses against capacity), suggestions, assignment with history,
// bulk handover and the follow-up list. Combines the course and contact handlers into one domain.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { caseloadMethods } from '../../../shared/api/caseload';
import { LONG_COURSE_YEARS, daysBefore, daysBetween, yearsBefore, type AssignmentKind, type ThemeKey } from '../../../shared/caseload';
import type { CaseloadMentor } from '../../../shared/caseloadTypes';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { Profession } from '../../../shared/reference';
import { rankMentors, type SuggestionMentor } from '../../../shared/suggestions';
import type { HandlerMap } from '../registry';
import { contactHandlers } from './contacts';
import { COURSE_FROM, COURSE_SELECT, courseRow, currentAssignmentStart, toCourseRow, type CourseDbRow } from './courseQueries';
import { courseHandlers } from './courses';
import { assertMentorActive, isActiveOn } from '../checks';

type DB = Database.Database;

interface MentorLoadRow {
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

function mentorLoad(db: DB, id: number, field: string): MentorLoadRow {
  const row = db.prepare(`${MENTOR_LOAD} WHERE m.id = ?`).get(id) as MentorLoadRow | undefined;
  if (!row) throw fieldError(field, 'Mentoren findes ikke.');
  return row;
}

/** Over capacity is allowed, but only when the coordinator has confirmed it. */
function checkCapacity(m: MentorLoadRow, adding: number, confirmed: boolean): boolean {
  const over = m.n + adding > m.capacity;
  if (over && !confirmed) {
    throw fieldError(
      'confirmOverCapacity',
      `${m.name} har allerede ${m.n} af ${m.capacity} forløb; med ${adding === 1 ? 'dette' : `disse ${adding}`} bliver det ${m.n + adding}. Bekræft for at tildele over kapacitet.`,
    );
  }
  return over;
}

/** Which courses change mentor: one course, or all of a leaving mentor's open ones. */
type Moving = { courseId: number } | { fromMentorId: number };

/** Ends the current assignments, starts the new ones and sets the responsible mentor, set-based. */
function recordAssignment(db: DB, moving: Moving, mentorId: number, fromDate: string, kind: AssignmentKind, over: boolean): void {
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

// A change of mentor is recorded when it happens, not planned ahead: the board and statistics read "now".
function assertNotFuture(fromDate: string, today: string): void {
  if (fromDate > today) throw fieldError('fromDate', 'Fra dato må ikke ligge i fremtiden.');
}

export const caseloadHandlers: Pick<HandlerMap, keyof typeof caseloadMethods> = {
  ...courseHandlers,
  ...contactHandlers,

  // Active mentors, and former ones who still hold courses (so their caseload can be handed over).
  'caseload.board': (_input, { db, today }) => {
    const day = today();
    const rows = db.prepare(`${MENTOR_LOAD} ORDER BY m.sort_key`).all() as MentorLoadRow[];
    const mentors: CaseloadMentor[] = rows
      .filter((m) => isActiveOn(m.active_from, m.active_to, day) || m.n > 0)
      .map((m) => ({ id: m.id, name: m.name, profession: m.profession, capacity: m.capacity, activeCourses: m.n, overCapacity: m.n > m.capacity }));
    const { n } = db.prepare('SELECT count(*) AS n FROM courses WHERE closed_on IS NULL AND mentor_id IS NULL').get() as { n: number };
    return { mentors, waiting: n };
  },

  'caseload.suggest': ({ courseId }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    const day = today();
    const themes = db.prepare('SELECT t.key, t.label FROM course_themes ct JOIN themes t ON t.id = ct.theme_id WHERE ct.course_id = ?').all(courseId) as {
      key: ThemeKey | null;
      label: string;
    }[];
    const { home } = db.prepare('SELECT home_municipality_id AS home FROM mentees WHERE id = ?').get(course.mentee_id) as { home: number };
    const mentors: SuggestionMentor[] = (db.prepare(MENTOR_LOAD).all() as MentorLoadRow[])
      .filter((m) => m.id !== course.mentor_id)
      .map((m) => ({
        id: m.id,
        name: m.name,
        profession: m.profession,
        capacity: m.capacity,
        activeCourses: m.n,
        schools: JSON.parse(m.schools_json) as string[],
        employerMunicipalityId: m.employer_municipality_id,
        employerMunicipalityName: m.employer_name,
        active: isActiveOn(m.active_from, m.active_to, day),
      }));
    return { courseId, suggestions: rankMentors(mentors, { themes, school: course.school, homeMunicipalityId: home }) };
  },

  'caseload.assign': ({ courseId, mentorId, fromDate, confirmOverCapacity }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    if (course.closed_on) throw fieldError('courseId', `Forløbet blev afsluttet ${formatDate(course.closed_on)} og kan ikke tildeles.`);
    const mentor = mentorLoad(db, mentorId, 'mentorId');
    assertMentorActive(mentor, fromDate, 'mentorId');
    if (course.mentor_id === mentorId) throw fieldError('mentorId', `${mentor.name} er allerede ansvarlig for forløbet.`);
    if (fromDate < course.referral_date) throw fieldError('fromDate', `Fra dato må ikke ligge før henvisningsdatoen (${formatDate(course.referral_date)}).`);
    assertNotFuture(fromDate, today());
    const start = currentAssignmentStart(db, courseId);
    if (start && fromDate < start) throw fieldError('fromDate', `Fra dato må ikke ligge før den nuværende mentors start (${formatDate(start)}).`);
    const over = checkCapacity(mentor, 1, confirmOverCapacity);
    recordAssignment(db, { courseId }, mentorId, fromDate, course.mentor_id === null ? 'tildelt' : 'skiftet', over);
    return { id: courseId, mentorId, overCapacityConfirmed: over };
  },

  'caseload.handover': ({ fromMentorId, toMentorId, fromDate, confirmOverCapacity }, { db, today }) => {
    assertNotFuture(fromDate, today());
    const from = mentorLoad(db, fromMentorId, 'fromMentorId');
    const to = mentorLoad(db, toMentorId, 'toMentorId');
    assertMentorActive(to, fromDate, 'toMentorId');
    const courses = db.prepare('SELECT id FROM courses WHERE mentor_id = ? AND closed_on IS NULL ORDER BY id').all(fromMentorId) as { id: number }[];
    if (!courses.length) throw fieldError('fromMentorId', `${from.name} har ingen aktive forløb at overdrage.`);
    const latest = db
      .prepare('SELECT max(a.from_date) AS d FROM course_assignments a JOIN courses c ON c.id = a.course_id WHERE c.mentor_id = ? AND c.closed_on IS NULL AND a.to_date IS NULL')
      .get(fromMentorId) as { d: string | null };
    if (latest.d && fromDate < latest.d) throw fieldError('fromDate', `Fra dato må ikke ligge før ${formatDate(latest.d)}, hvor ${from.name} senest fik et forløb.`);
    const over = checkCapacity(to, courses.length, confirmOverCapacity);
    recordAssignment(db, { fromMentorId }, toMentorId, fromDate, 'overdraget', over);
    return { moved: courses.length, overCapacityConfirmed: over };
  },

  // Active courses needing attention: no contact for N days (since referral when never seen), review due, or older than two years.
  'followUp.list': ({ days, offset, limit }, { db, today }) => {
    const day = today();
    const quietSince = daysBefore(day, days);
    const longAgo = yearsBefore(day, LONG_COURSE_YEARS);
    const where = `WHERE c.closed_on IS NULL AND c.mentor_id IS NOT NULL AND (coalesce(c.last_contact_on, c.referral_date) <= ? OR c.planned_review_on <= ? OR c.referral_date <= ?)`;
    const params = [quietSince, day, longAgo];
    const { total } = db.prepare(`SELECT count(*) AS total ${COURSE_FROM} ${where}`).get(...params) as { total: number };
    const rows = db
      .prepare(`${COURSE_SELECT} ${where} ORDER BY coalesce(c.last_contact_on, c.referral_date), c.id LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as CourseDbRow[];
    return {
      total,
      offset,
      rows: rows.map((r) => {
        const seen = r.last_contact_on ?? r.referral_date;
        return {
          ...toCourseRow(r),
          daysSinceContact: r.last_contact_on ? daysBetween(r.last_contact_on, day) : null,
          noRecentContact: seen <= quietSince,
          reviewDue: r.planned_review_on !== null && r.planned_review_on <= day,
          overTwoYears: r.referral_date <= longAgo,
        };
      }),
    };
  },
};
