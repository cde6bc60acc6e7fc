// Contacts (samtaler): create, edit, delete and list per course or mentor, paged in SQL.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { isClassSession } from '../../../shared/caseload';
import { fieldError, notFound } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { contactFields } from '../../../shared/schemas/caseload';
import type { HandlerMap } from '../registry';
import { CONTACT_SELECT, assertThemesExist, courseRow, getContact, refreshLastContact, toContactRows, type ContactDbRow } from './courseQueries';
import { activeMentorOn } from '../checks';

type DB = Database.Database;
type ContactFields = z.output<typeof contactFields>;
type ContactMethods = 'contacts.list' | 'contacts.create' | 'contacts.update' | 'contacts.delete';

/**
 * The rules that need the database. `prefix` is "data." for an update. A course that was already a
 * participant may be closed (editing history), as long as the date lies within the course; a new
 * participant must be open and have consent.
 */
function checkContact(db: DB, c: ContactFields, today: string, prefix: string, existingCourseIds: readonly number[] = []): void {
  if (c.date > today) throw fieldError(`${prefix}date`, 'Dato må ikke ligge i fremtiden.');
  activeMentorOn(db, c.mentorId, c.date, `${prefix}mentorId`);
  assertThemesExist(db, c.themeIds, `${prefix}themeIds`);
  for (const courseId of c.courseIds) {
    const course = courseRow(db, courseId, `${prefix}courseIds`);
    const who = course.mentee_name;
    const known = existingCourseIds.includes(courseId);
    if (course.closed_on && !known) throw fieldError(`${prefix}courseIds`, `Forløbet for ${who} er afsluttet; der kan ikke registreres nye samtaler.`);
    if (course.consent_withdrawn_on && !known) throw fieldError(`${prefix}courseIds`, `${who} har trukket sit samtykke tilbage; der kan ikke registreres samtaler.`);
    if (c.date < course.referral_date) throw fieldError(`${prefix}date`, `Dato ligger før henvisningsdatoen for ${who} (${formatDate(course.referral_date)}).`);
    if (course.closed_on && c.date > course.closed_on) throw fieldError(`${prefix}date`, `Dato ligger efter afslutningen af forløbet for ${who} (${formatDate(course.closed_on)}).`);
    if (course.consent_withdrawn_on && c.date > course.consent_withdrawn_on) {
      throw fieldError(`${prefix}date`, `Dato ligger efter, at ${who} trak samtykket tilbage (${formatDate(course.consent_withdrawn_on)}).`);
    }
  }
}

function writeLinks(db: DB, contactId: number, c: ContactFields): void {
  db.prepare('DELETE FROM contact_participants WHERE contact_id = ?').run(contactId);
  db.prepare('DELETE FROM contact_themes WHERE contact_id = ?').run(contactId);
  const participant = db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
  for (const id of c.courseIds) participant.run(contactId, id);
  const theme = db.prepare('INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)');
  for (const id of c.themeIds) theme.run(contactId, id);
}

const participantIds = (db: DB, contactId: number) =>
  (db.prepare('SELECT course_id FROM contact_participants WHERE contact_id = ?').all(contactId) as { course_id: number }[]).map((r) => r.course_id);

/** Class sessions keep school, class and head count; other types never store them. */
const classValues = (c: ContactFields) => (isClassSession(c.type) ? [c.school, c.className, c.headCount ?? null] : [null, null, null]);

export const contactHandlers: Pick<HandlerMap, ContactMethods> = {
  'contacts.list': ({ courseId, mentorId, type, from, to, offset, limit }, { db }) => {
    const join = courseId ? 'JOIN contact_participants p ON p.contact_id = k.id AND p.course_id = ?' : '';
    const params: unknown[] = courseId ? [courseId] : [];
    const where: string[] = [];
    if (mentorId) {
      where.push('k.mentor_id = ?');
      params.push(mentorId);
    }
    if (type) {
      where.push('k.type = ?');
      params.push(type);
    }
    if (from) {
      where.push('k.contact_date >= ?');
      params.push(from);
    }
    if (to) {
      where.push('k.contact_date <= ?');
      params.push(to);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = db.prepare(`SELECT count(*) AS total FROM contacts k ${join} ${whereSql}`).get(...params) as { total: number };
    // The page's ids come off the (mentor/type,) date index alone; only those rows are then read in full.
    const ids = db.prepare(`SELECT k.id FROM contacts k ${join} ${whereSql} ORDER BY k.contact_date DESC, k.id DESC LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as number[];
    const rows = ids.length ? (db.prepare(`${CONTACT_SELECT} WHERE k.id IN (${ids.map(() => '?').join(',')}) ORDER BY k.contact_date DESC, k.id DESC`).all(...ids) as ContactDbRow[]) : [];
    return { rows: toContactRows(db, rows), total, offset };
  },

  'contacts.create': (c, { db, today }) => {
    checkContact(db, c, today(), '');
    const info = db
      .prepare('INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, school, class_name, head_count) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.type, c.date, c.mentorId, c.durationMinutes, ...classValues(c));
    const id = Number(info.lastInsertRowid);
    writeLinks(db, id, c);
    refreshLastContact(db, c.courseIds);
    return getContact(db, id);
  },

  'contacts.update': ({ id, data }, { db, today }) => {
    getContact(db, id);
    const before = participantIds(db, id);
    checkContact(db, data, today(), 'data.', before);
    db.prepare('UPDATE contacts SET type = ?, contact_date = ?, mentor_id = ?, duration_minutes = ?, school = ?, class_name = ?, head_count = ? WHERE id = ?').run(
      data.type,
      data.date,
      data.mentorId,
      data.durationMinutes,
      ...classValues(data),
      id,
    );
    writeLinks(db, id, data);
    refreshLastContact(db, [...before, ...data.courseIds]);
    return getContact(db, id);
  },

  'contacts.delete': ({ id }, { db }) => {
    const before = participantIds(db, id);
    if (db.prepare('DELETE FROM contacts WHERE id = ?').run(id).changes === 0) throw notFound('id', 'Samtalen findes ikke.');
    refreshLastContact(db, before);
    return { id };
  },
};
