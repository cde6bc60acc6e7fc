// Caseloads: the board (active courses against capacity), suggestions, assignment with history,
// bulk handover and the follow-up list. Courses and contacts, the rest of the domain, have their own handler files.
import type Database from 'better-sqlite3-multiple-ciphers';
import { LONG_COURSE_YEARS, daysBefore, daysBetween, yearsBefore } from '../../../shared/caseload';
import type { CaseloadMentor } from '../../../shared/caseloadTypes';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { rankMentors, type SuggestionMentor } from '../../../shared/suggestions';
import {
  lastContactBy,
  latestOpenAssignmentStart,
  menteeHomeMunicipality,
  mentorLoad,
  mentorLoads,
  mentorLoadsByName,
  openCourseIdsOf,
  recordAssignment,
  waitingCount,
  type MentorLoadRow,
} from '../caseload/assignmentStore';
import { courseRow, currentAssignmentStart, toCourseRow } from '../caseload/courseRows';
import { coursesNeedingAttention } from '../caseload/courseStore';
import { courseThemes } from '../caseload/themeStore';
import { assertMentorActive, isActiveOn } from '../checks';
import { setMentorActiveTo } from '../roster/store';
import type { HandlerMap } from '../registry';

// The rest of shared/api/caseload's methods are in courses.ts and contacts.ts; the registry checks that all are there.
type CaseloadMethods = 'caseload.board' | 'caseload.suggest' | 'caseload.assign' | 'caseload.handover' | 'followUp.list';

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

// A change of mentor is recorded when it happens, not planned ahead: the board and statistics read "now".
function assertNotFuture(fromDate: string, today: string): void {
  if (fromDate > today) throw fieldError('fromDate', 'Fra dato må ikke ligge i fremtiden.');
}

/** The leaving mentor's last day: within their time in the corps, not before their own contacts, and not before the handover's eve. */
function checkLastDay(db: Database.Database, from: MentorLoadRow, lastDay: string, fromDate: string): void {
  const field = 'fromMentorActiveTo';
  if (lastDay < from.active_from) throw fieldError(field, `Fra mentor aktiv til må ikke ligge før ${from.name} startede (${formatDate(from.active_from)}).`);
  const eve = daysBefore(fromDate, 1);
  if (lastDay < eve) throw fieldError(field, `Fra mentor aktiv til må ikke ligge før dagen før overdragelsen (${formatDate(eve)}).`);
  const lastContact = lastContactBy(db, from.id);
  if (lastContact && lastDay < lastContact) throw fieldError(field, `Fra mentor aktiv til må ikke ligge før ${from.name}s sidste samtale (${formatDate(lastContact)}).`);
}

export const caseloadHandlers: Pick<HandlerMap, CaseloadMethods> = {
  // Active mentors, and former ones who still hold courses (so their caseload can be handed over).
  'caseload.board': (_input, { db, today }) => {
    const day = today();
    const mentors: CaseloadMentor[] = mentorLoadsByName(db)
      .filter((m) => isActiveOn(m.active_from, m.active_to, day) || m.n > 0)
      .map((m) => ({ id: m.id, name: m.name, profession: m.profession, capacity: m.capacity, activeCourses: m.n, overCapacity: m.n > m.capacity }));
    return { mentors, waiting: waitingCount(db) };
  },

  'caseload.suggest': ({ courseId }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    const day = today();
    const themes = courseThemes(db, courseId);
    const home = menteeHomeMunicipality(db, course.mentee_id);
    const mentors: SuggestionMentor[] = mentorLoads(db)
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

  'caseload.handover': ({ fromMentorId, toMentorId, fromDate, confirmOverCapacity, fromMentorActiveTo }, { db, today }) => {
    assertNotFuture(fromDate, today());
    const from = mentorLoad(db, fromMentorId, 'fromMentorId');
    const to = mentorLoad(db, toMentorId, 'toMentorId');
    assertMentorActive(to, fromDate, 'toMentorId');
    const courses = openCourseIdsOf(db, fromMentorId);
    if (!courses.length) throw fieldError('fromMentorId', `${from.name} har ingen aktive forløb at overdrage.`);
    const latest = latestOpenAssignmentStart(db, fromMentorId);
    if (latest && fromDate < latest) throw fieldError('fromDate', `Fra dato må ikke ligge før ${formatDate(latest)}, hvor ${from.name} senest fik et forløb.`);
    const over = checkCapacity(to, courses.length, confirmOverCapacity);
    if (fromMentorActiveTo) checkLastDay(db, from, fromMentorActiveTo, fromDate);
    recordAssignment(db, { fromMentorId }, toMentorId, fromDate, 'overdraget', over);
    // A leaving mentor ends with the handover, so they are no longer suggested nor chosen for contacts.
    // One who already left earlier keeps that date: a handover never prolongs a mentor's time.
    if (fromMentorActiveTo && (from.active_to === null || from.active_to > fromMentorActiveTo)) setMentorActiveTo(db, fromMentorId, fromMentorActiveTo);
    return { moved: courses.length, overCapacityConfirmed: over };
  },

  // Active courses needing attention: no contact for N days (since referral when never seen), review due, or older than two years.
  'followUp.list': ({ days, offset, limit }, { db, today }) => {
    const day = today();
    const quietSince = daysBefore(day, days);
    const longAgo = yearsBefore(day, LONG_COURSE_YEARS);
    const { rows, total } = coursesNeedingAttention(db, quietSince, day, longAgo, offset, limit);
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
