// Mentees and their courses (forløb): referral, details, goals, referrals to other offers, payer periods, closing.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Mentee } from '../../../shared/caseloadTypes';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { courseReferAsOf, courseUpdateAsOf, menteeUpdateAsOf, type courseFields, type menteeFields } from '../../../shared/schemas/caseload';
import { zodToApiError } from '../validationErrors';
import {
  deleteGoal,
  deletePayerPeriod,
  deleteReferral,
  goalCourseId,
  insertGoal,
  insertPayerPeriod,
  insertReferral,
  overlappingPayerPeriod,
  updateGoal,
} from '../caseload/courseItemStore';
import { getCourseDetail } from '../caseload/courseDetail';
import { similarMentees, type SimilarMenteeRow } from '../caseload/personStore';
import { courseRow, currentAssignmentStart, getMentee, type CourseDbRow } from '../caseload/courseRows';
import { closeCourse, courseSpan, hasOpenCourse, insertCourse, insertMentee, listCourses, listMentees, updateCourse, updateMentee } from '../caseload/courseStore';
import { assertThemesExist, getTheme, insertTheme, listThemes, setCourseThemes, themeLabelTaken, updateTheme } from '../caseload/themeStore';
import { assertCourseNotAnonymised, assertMenteeNotAnonymised, assertMunicipalityExists, municipalityNameOf } from '../checks';
import type { HandlerMap } from '../registry';

type CourseMethods =
  | 'themes.list'
  | 'themes.create'
  | 'themes.update'
  | 'mentees.list'
  | 'mentees.update'
  | 'courses.list'
  | 'courses.get'
  | 'courses.refer'
  | 'courses.update'
  | 'courses.close'
  | 'goals.create'
  | 'goals.update'
  | 'goals.delete'
  | 'referrals.create'
  | 'referrals.delete'
  | 'payerPeriods.create'
  | 'payerPeriods.delete';

type DB = Database.Database;
type MenteeFields = z.output<typeof menteeFields>;
type CourseFields = z.output<typeof courseFields>;

/** The rules that need today's date: the same shared schema the form checks, built with the backend's today. */
function checkAsOf(schema: z.ZodType, input: unknown): void {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw zodToApiError(parsed.error);
}

/** Field prefix: "mentee." inside a referral, "data." inside an update. */
function checkMentee(db: DB, m: MenteeFields, prefix: string): void {
  assertMunicipalityExists(db, m.homeMunicipalityId, `${prefix}homeMunicipalityId`, 'Hjemkommunen');
}

function checkCourse(db: DB, c: CourseFields, prefix: string): void {
  assertThemesExist(db, c.themeIds, `${prefix}themeIds`);
}

function likelySamePerson(known: SimilarMenteeRow[]): string {
  const who = known.map((m) => `${m.name} (født ${m.birthYear}, ${m.homeMunicipalityName})`).join(' og ');
  return `Der findes allerede ${who}. Vælg den kendte person, eller bekræft, at det er en anden person.`;
}

function assertOpen(course: CourseDbRow, field: string): void {
  if (course.closed_on) throw fieldError(field, `Forløbet blev afsluttet ${formatDate(course.closed_on)} og kan ikke ændres sådan.`);
}

/** A closed course's goals are history, as its contacts are: neither is changed afterwards. */
function goalOfOpenCourse(db: DB, goalId: number): void {
  const courseId = goalCourseId(db, goalId);
  assertCourseNotAnonymised(db, courseId, 'id');
  assertOpen(courseRow(db, courseId), 'id');
}

function assertDateInCourse(course: CourseDbRow, date: string, field: string, label: string, today: string): void {
  if (date < course.referral_date) throw fieldError(field, `${label} må ikke ligge før henvisningsdatoen (${formatDate(course.referral_date)}).`);
  if (date > today) throw fieldError(field, `${label} må ikke ligge i fremtiden.`);
}

export const courseHandlers: Pick<HandlerMap, CourseMethods> = {
  'themes.list': (_input, { db }) => listThemes(db),

  'themes.create': ({ label }, { db }) => {
    if (themeLabelTaken(db, label, null)) throw fieldError('label', `Temaet "${label}" findes allerede.`);
    return getTheme(db, insertTheme(db, label));
  },

  'themes.update': ({ id, label, active }, { db }) => {
    getTheme(db, id);
    if (themeLabelTaken(db, label, id)) throw fieldError('label', `Temaet "${label}" findes allerede.`);
    updateTheme(db, id, label, active);
    return getTheme(db, id);
  },

  'mentees.list': (input, { db }) => ({ ...listMentees(db, input), offset: input.offset }),

  'mentees.update': ({ id, data }, { db, today }): Mentee => {
    getMentee(db, id);
    assertMenteeNotAnonymised(db, id, 'id');
    checkAsOf(menteeUpdateAsOf(today()), { id, data });
    checkMentee(db, data, 'data.');
    updateMentee(db, id, data);
    return getMentee(db, id);
  },

  'courses.list': (input, { db }) => ({ ...listCourses(db, input), offset: input.offset }),

  'courses.get': ({ id }, { db }) => getCourseDetail(db, id),

  'courses.refer': ({ menteeId, mentee, course, confirmNewPerson }, { db, today }) => {
    checkAsOf(courseReferAsOf(today()), { menteeId, mentee, course, confirmNewPerson });
    let id: number;
    if (mentee) {
      checkMentee(db, mentee, 'mentee.');
      checkCourse(db, course, 'course.');
      // A returning student is the same person: a likely match is used, or explicitly declared someone else.
      const known = confirmNewPerson ? [] : similarMentees(db, mentee);
      if (known.length) throw fieldError('confirmNewPerson', likelySamePerson(known));
      id = insertMentee(db, mentee);
    } else {
      const known = getMentee(db, menteeId!, 'menteeId');
      assertMenteeNotAnonymised(db, known.id, 'menteeId');
      if (hasOpenCourse(db, known.id)) throw fieldError('menteeId', `${known.name} har allerede et åbent forløb.`);
      checkCourse(db, course, 'course.');
      id = known.id;
    }
    const courseId = insertCourse(db, id, course);
    setCourseThemes(db, courseId, course.themeIds);
    return getCourseDetail(db, courseId);
  },

  'courses.update': ({ id, data }, { db, today }) => {
    courseRow(db, id);
    assertCourseNotAnonymised(db, id, 'id');
    checkAsOf(courseUpdateAsOf(today()), { id, data });
    checkCourse(db, data, 'data.');
    const span = courseSpan(db, id);
    // The referral starts the course: no contact, mentor or closing may come before it.
    const later = (
      [
        [span.first, 'første samtale'],
        [span.assigned, 'første tildeling af mentor'],
        [span.closed, 'afslutningen'],
      ] as const
    ).find(([date]) => date !== null && data.referralDate > date);
    if (later) throw fieldError('data.referralDate', `Henvisningsdato må ikke ligge efter ${later[1]} (${formatDate(later[0]!)}).`);
    if (span.last && data.consentWithdrawnOn && data.consentWithdrawnOn < span.last) {
      throw fieldError('data.consentWithdrawnOn', `Samtykke trukket tilbage må ikke ligge før sidste samtale (${formatDate(span.last)}).`);
    }
    updateCourse(db, id, data);
    setCourseThemes(db, id, data.themeIds);
    return getCourseDetail(db, id);
  },

  'courses.close': ({ id, closedOn, outcome }, { db, today }) => {
    const course = courseRow(db, id);
    assertCourseNotAnonymised(db, id, 'id');
    if (course.closed_on) throw fieldError('id', `Forløbet er allerede afsluttet (${formatDate(course.closed_on)}).`);
    assertDateInCourse(course, closedOn, 'closedOn', 'Afsluttet den', today());
    const start = currentAssignmentStart(db, id);
    if (start && closedOn < start) throw fieldError('closedOn', `Afsluttet den må ikke ligge før den nuværende mentors start (${formatDate(start)}).`);
    // Every contact counts here, attempts too (last_contact_on leaves attempts out).
    const { last } = courseSpan(db, id);
    if (last && closedOn < last) throw fieldError('closedOn', `Afsluttet den må ikke ligge før sidste samtale (${formatDate(last)}).`);
    closeCourse(db, id, closedOn, outcome);
    return getCourseDetail(db, id);
  },

  'goals.create': ({ courseId, text, status }, { db }) => {
    const course = courseRow(db, courseId, 'courseId');
    assertCourseNotAnonymised(db, courseId, 'courseId');
    assertOpen(course, 'courseId');
    return { id: insertGoal(db, courseId, text, status), text, status };
  },

  'goals.update': ({ id, text, status }, { db }) => {
    goalOfOpenCourse(db, id);
    updateGoal(db, id, text, status);
    return { id, text, status };
  },

  'goals.delete': ({ id }, { db }) => {
    goalOfOpenCourse(db, id);
    deleteGoal(db, id);
    return { id };
  },

  'referrals.create': ({ courseId, offer, municipalityId, referredOn }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    assertCourseNotAnonymised(db, courseId, 'courseId');
    assertDateInCourse(course, referredOn, 'referredOn', 'Henvist den', today());
    if (course.closed_on && referredOn > course.closed_on) throw fieldError('referredOn', `Henvist den må ikke ligge efter forløbets afslutning (${formatDate(course.closed_on)}).`);
    const municipalityName = municipalityNameOf(db, municipalityId, 'municipalityId');
    return { id: insertReferral(db, courseId, offer, municipalityId, referredOn), offer, municipalityId, municipalityName, referredOn };
  },

  'referrals.delete': ({ id }, { db }) => {
    deleteReferral(db, id);
    return { id };
  },

  'payerPeriods.create': ({ courseId, payer, fromDate, toDate }, { db }) => {
    courseRow(db, courseId, 'courseId');
    assertCourseNotAnonymised(db, courseId, 'courseId');
    const clash = overlappingPayerPeriod(db, courseId, fromDate, toDate);
    if (clash) {
      const other = `${formatDate(clash.from_date)}–${clash.to_date ? formatDate(clash.to_date) : 'uden slutdato'}`;
      throw fieldError('fromDate', `Perioden overlapper en anden betalerperiode (${other}).`);
    }
    return { id: insertPayerPeriod(db, courseId, payer, fromDate, toDate), payer, fromDate, toDate };
  },

  'payerPeriods.delete': ({ id }, { db }) => {
    deletePayerPeriod(db, id);
    return { id };
  },
};
