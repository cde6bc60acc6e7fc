// Mentees and their courses (forløb): referral, details, goals, referrals to other offers, payer periods, closing.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { BIRTH_YEAR_MIN } from '../../../shared/caseload';
import type { Mentee } from '../../../shared/caseloadTypes';
import { fieldError, notFound } from '../../../shared/errors';
import { danishSortKey, formatDate } from '../../../shared/format';
import type { courseFields, menteeFields } from '../../../shared/schemas/caseload';
import type { HandlerMap } from '../registry';
import {
  COURSE_SELECT,
  MENTEE_SELECT,
  STATUS_WHERE,
  assertThemesExist,
  courseRow,
  currentAssignmentStart,
  getCourseDetail,
  getMentee,
  getTheme,
  listThemes,
  setCourseThemes,
  toCourseRow,
  toMentee,
  type CourseDbRow,
} from './courseQueries';
import { assertMunicipalityExists } from '../checks';
import { danishLower, likePattern } from '../sqlSearch';

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

/** Field prefix: "mentee." inside a referral, "data." inside an update. */
function checkMentee(db: DB, m: MenteeFields, today: string, prefix: string): void {
  const year = Number(today.slice(0, 4));
  if (m.birthYear > year) throw fieldError(`${prefix}birthYear`, `Fødselsår skal ligge mellem ${BIRTH_YEAR_MIN} og ${year}.`);
  assertMunicipalityExists(db, m.homeMunicipalityId, `${prefix}homeMunicipalityId`, 'Hjemkommunen');
}

function checkCourse(db: DB, c: CourseFields, today: string, prefix: string): void {
  if (c.referralDate > today) throw fieldError(`${prefix}referralDate`, 'Henvisningsdato må ikke ligge i fremtiden.');
  if (c.consentWithdrawnOn && c.consentWithdrawnOn > today) throw fieldError(`${prefix}consentWithdrawnOn`, 'Samtykke trukket tilbage må ikke ligge i fremtiden.');
  assertThemesExist(db, c.themeIds, `${prefix}themeIds`);
}

function assertOpen(course: CourseDbRow, field: string): void {
  if (course.closed_on) throw fieldError(field, `Forløbet blev afsluttet ${formatDate(course.closed_on)} og kan ikke ændres sådan.`);
}

/** A closed course's goals are history, as its contacts are: neither is changed afterwards. */
function goalOfOpenCourse(db: DB, goalId: number): void {
  const goal = db.prepare('SELECT course_id FROM goals WHERE id = ?').get(goalId) as { course_id: number } | undefined;
  if (!goal) throw notFound('id', 'Målet findes ikke.');
  assertOpen(courseRow(db, goal.course_id), 'id');
}

function assertDateInCourse(course: CourseDbRow, date: string, field: string, label: string, today: string): void {
  if (date < course.referral_date) throw fieldError(field, `${label} må ikke ligge før henvisningsdatoen (${formatDate(course.referral_date)}).`);
  if (date > today) throw fieldError(field, `${label} må ikke ligge i fremtiden.`);
}

const MENTEE_WRITE = ['name', 'sort_key', 'birth_year', 'home_municipality_id', 'education', 'school', 'phone', 'email'] as const;
const menteeValues = (m: MenteeFields) => [m.name, danishSortKey(m.name), m.birthYear, m.homeMunicipalityId, m.education, m.school, m.phone, m.email];

const COURSE_WRITE = ['referral_date', 'referred_by', 'consent_given_on', 'consent_withdrawn_on', 'phase_at_start', 'planned_review_on'] as const;
const courseValues = (c: CourseFields) => [c.referralDate, c.referredBy, c.consentGivenOn, c.consentWithdrawnOn, c.phaseAtStart, c.plannedReviewOn];

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

export const courseHandlers: Pick<HandlerMap, CourseMethods> = {
  'themes.list': (_input, { db }) => listThemes(db),

  'themes.create': ({ label }, { db }) => {
    if (db.prepare('SELECT 1 FROM themes WHERE sort_key = ?').get(danishSortKey(label))) throw fieldError('label', `Temaet "${label}" findes allerede.`);
    const { p } = db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM themes').get() as { p: number };
    const info = db.prepare('INSERT INTO themes (label, sort_key, position) VALUES (?, ?, ?)').run(label, danishSortKey(label), p);
    return getTheme(db, Number(info.lastInsertRowid));
  },

  'themes.update': ({ id, label, active }, { db }) => {
    getTheme(db, id);
    if (db.prepare('SELECT 1 FROM themes WHERE sort_key = ? AND id <> ?').get(danishSortKey(label), id)) throw fieldError('label', `Temaet "${label}" findes allerede.`);
    db.prepare('UPDATE themes SET label = ?, sort_key = ?, active = ? WHERE id = ?').run(label, danishSortKey(label), active ? 1 : 0, id);
    return getTheme(db, id);
  },

  'mentees.list': ({ search, offset, limit }, { db }) => {
    const where = search ? `WHERE me.sort_key LIKE ? ESCAPE '\\'` : '';
    const params = search ? [likePattern(danishSortKey(search))] : [];
    const { total } = db.prepare(`SELECT count(*) AS total FROM mentees me ${where}`).get(...params) as { total: number };
    const rows = db.prepare(`${MENTEE_SELECT} ${where} ORDER BY me.sort_key, me.id LIMIT ? OFFSET ?`).all(...params, limit, offset) as Parameters<typeof toMentee>[0][];
    return { rows: rows.map(toMentee), total, offset };
  },

  'mentees.update': ({ id, data }, { db, today }): Mentee => {
    getMentee(db, id);
    checkMentee(db, data, today(), 'data.');
    db.prepare(`UPDATE mentees SET ${MENTEE_WRITE.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...menteeValues(data), id);
    return getMentee(db, id);
  },

  // Filtered, sorted and paged in SQL: the renderer only ever holds one window of rows.
  'courses.list': ({ status, mentorId, municipalityId, search, sort, direction, offset, limit }, { db }) => {
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
    return { rows: rows.map(toCourseRow), total, offset };
  },

  'courses.get': ({ id }, { db }) => getCourseDetail(db, id),

  'courses.refer': ({ menteeId, mentee, course }, { db, today }) => {
    const day = today();
    let id: number;
    if (mentee) {
      checkMentee(db, mentee, day, 'mentee.');
      checkCourse(db, course, day, 'course.');
      const info = db.prepare(`INSERT INTO mentees (${MENTEE_WRITE.join(', ')}) VALUES (${MENTEE_WRITE.map(() => '?').join(', ')})`).run(...menteeValues(mentee));
      id = Number(info.lastInsertRowid);
    } else {
      const known = getMentee(db, menteeId!, 'menteeId');
      const open = db.prepare('SELECT 1 FROM courses WHERE mentee_id = ? AND closed_on IS NULL').get(known.id);
      if (open) throw fieldError('menteeId', `${known.name} har allerede et åbent forløb.`);
      checkCourse(db, course, day, 'course.');
      id = known.id;
    }
    const info = db
      .prepare(`INSERT INTO courses (mentee_id, ${COURSE_WRITE.join(', ')}) VALUES (?, ${COURSE_WRITE.map(() => '?').join(', ')})`)
      .run(id, ...courseValues(course));
    const courseId = Number(info.lastInsertRowid);
    setCourseThemes(db, courseId, course.themeIds);
    return getCourseDetail(db, courseId);
  },

  'courses.update': ({ id, data }, { db, today }) => {
    courseRow(db, id);
    checkCourse(db, data, today(), 'data.');
    const span = db
      .prepare(
        `SELECT (SELECT min(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = @id) AS first,
                (SELECT max(k.contact_date) FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE p.course_id = @id) AS last,
                (SELECT min(from_date) FROM course_assignments WHERE course_id = @id) AS assigned,
                (SELECT closed_on FROM courses WHERE id = @id) AS closed`,
      )
      .get({ id }) as { first: string | null; last: string | null; assigned: string | null; closed: string | null };
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
    db.prepare(`UPDATE courses SET ${COURSE_WRITE.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...courseValues(data), id);
    setCourseThemes(db, id, data.themeIds);
    return getCourseDetail(db, id);
  },

  'courses.close': ({ id, closedOn, outcome }, { db, today }) => {
    const course = courseRow(db, id);
    if (course.closed_on) throw fieldError('id', `Forløbet er allerede afsluttet (${formatDate(course.closed_on)}).`);
    assertDateInCourse(course, closedOn, 'closedOn', 'Afsluttet den', today());
    const start = currentAssignmentStart(db, id);
    if (start && closedOn < start) throw fieldError('closedOn', `Afsluttet den må ikke ligge før den nuværende mentors start (${formatDate(start)}).`);
    if (course.last_contact_on && closedOn < course.last_contact_on) {
      throw fieldError('closedOn', `Afsluttet den må ikke ligge før sidste samtale (${formatDate(course.last_contact_on)}).`);
    }
    db.prepare('UPDATE courses SET closed_on = ?, outcome = ? WHERE id = ?').run(closedOn, outcome, id);
    db.prepare('UPDATE course_assignments SET to_date = ? WHERE course_id = ? AND to_date IS NULL').run(closedOn, id);
    return getCourseDetail(db, id);
  },

  'goals.create': ({ courseId, text, status }, { db }) => {
    assertOpen(courseRow(db, courseId, 'courseId'), 'courseId');
    const info = db.prepare('INSERT INTO goals (course_id, text, status) VALUES (?, ?, ?)').run(courseId, text, status);
    return { id: Number(info.lastInsertRowid), text, status };
  },

  'goals.update': ({ id, text, status }, { db }) => {
    goalOfOpenCourse(db, id);
    db.prepare('UPDATE goals SET text = ?, status = ? WHERE id = ?').run(text, status, id);
    return { id, text, status };
  },

  'goals.delete': ({ id }, { db }) => {
    goalOfOpenCourse(db, id);
    db.prepare('DELETE FROM goals WHERE id = ?').run(id);
    return { id };
  },

  'referrals.create': ({ courseId, offer, municipalityId, referredOn }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    assertDateInCourse(course, referredOn, 'referredOn', 'Henvist den', today());
    if (course.closed_on && referredOn > course.closed_on) throw fieldError('referredOn', `Henvist den må ikke ligge efter forløbets afslutning (${formatDate(course.closed_on)}).`);
    const muni = db.prepare('SELECT name FROM municipalities WHERE id = ?').get(municipalityId) as { name: string } | undefined;
    if (!muni) throw fieldError('municipalityId', 'Kommunen findes ikke.');
    const info = db.prepare('INSERT INTO referrals (course_id, offer, municipality_id, referred_on) VALUES (?, ?, ?, ?)').run(courseId, offer, municipalityId, referredOn);
    return { id: Number(info.lastInsertRowid), offer, municipalityId, municipalityName: muni.name, referredOn };
  },

  'referrals.delete': ({ id }, { db }) => {
    if (db.prepare('DELETE FROM referrals WHERE id = ?').run(id).changes === 0) throw notFound('id', 'Henvisningen findes ikke.');
    return { id };
  },

  'payerPeriods.create': ({ courseId, payer, fromDate, toDate }, { db }) => {
    courseRow(db, courseId, 'courseId');
    const clash = db
      .prepare(
        `SELECT from_date, to_date FROM payer_periods WHERE course_id = ?
         AND from_date <= coalesce(?, '9999-12-31') AND coalesce(to_date, '9999-12-31') >= ? LIMIT 1`,
      )
      .get(courseId, toDate, fromDate) as { from_date: string; to_date: string | null } | undefined;
    if (clash) {
      const other = `${formatDate(clash.from_date)}–${clash.to_date ? formatDate(clash.to_date) : 'uden slutdato'}`;
      throw fieldError('fromDate', `Perioden overlapper en anden betalerperiode (${other}).`);
    }
    const info = db.prepare('INSERT INTO payer_periods (course_id, payer, from_date, to_date) VALUES (?, ?, ?, ?)').run(courseId, payer, fromDate, toDate);
    return { id: Number(info.lastInsertRowid), payer, fromDate, toDate };
  },

  'payerPeriods.delete': ({ id }, { db }) => {
    if (db.prepare('DELETE FROM payer_periods WHERE id = ?').run(id).changes === 0) {
      throw notFound('id', 'Betalerperioden findes ikke.');
    }
    return { id };
  },
};
