// Contacts (samtaler): reading, listing and writing, with their participants and themes.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { isClassSession, type ContactType } from '../../../shared/caseload';
import type { ContactRow } from '../../../shared/caseloadTypes';
import { notFound } from '../../../shared/errors';
import type { contactFields } from '../../../shared/schemas/caseload';
import { prepared } from '../statements';

type DB = Database.Database;
type ContactFields = z.output<typeof contactFields>;

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

export interface ContactFilter {
  courseId?: number | null;
  mentorId?: number | null;
  type?: ContactType | null;
  from?: string | null;
  to?: string | null;
}

/** One page of contacts, newest first, and the total; filtered and paged in SQL. */
export function listContacts(db: DB, { courseId, mentorId, type, from, to }: ContactFilter, offset: number, limit: number): { rows: ContactRow[]; total: number } {
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
  return { rows: toContactRows(db, rows), total };
}

function writeLinks(db: DB, contactId: number, c: ContactFields): void {
  prepared(db, 'DELETE FROM contact_participants WHERE contact_id = ?').run(contactId);
  prepared(db, 'DELETE FROM contact_themes WHERE contact_id = ?').run(contactId);
  const participant = prepared(db, 'INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)');
  for (const id of c.courseIds) participant.run(contactId, id);
  const theme = prepared(db, 'INSERT INTO contact_themes (contact_id, theme_id) VALUES (?, ?)');
  for (const id of c.themeIds) theme.run(contactId, id);
}

export const participantIds = (db: DB, contactId: number) =>
  (prepared(db, 'SELECT course_id FROM contact_participants WHERE contact_id = ?').all(contactId) as { course_id: number }[]).map((r) => r.course_id);

/** Class sessions keep school, class and head count; other types never store them. */
const classValues = (c: ContactFields) => (isClassSession(c.type) ? [c.school, c.className, c.headCount ?? null] : [null, null, null]);

/** Writes the contact with its participants and themes; returns its id. */
export function insertContact(db: DB, c: ContactFields): number {
  // Compiled once per connection: an import writes 100,000 of these, and a statement per row held its native memory until GC (1 GB).
  const insert = prepared(db, 'INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes, school, class_name, head_count) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const info = insert.run(c.type, c.date, c.mentorId, c.durationMinutes, ...classValues(c));
  const id = Number(info.lastInsertRowid);
  writeLinks(db, id, c);
  return id;
}

export function updateContact(db: DB, id: number, data: ContactFields): void {
  prepared(db, 'UPDATE contacts SET type = ?, contact_date = ?, mentor_id = ?, duration_minutes = ?, school = ?, class_name = ?, head_count = ? WHERE id = ?').run(
    data.type,
    data.date,
    data.mentorId,
    data.durationMinutes,
    ...classValues(data),
    id,
  );
  writeLinks(db, id, data);
}

/** False when there was no such contact. */
export function deleteContact(db: DB, id: number): boolean {
  return db.prepare('DELETE FROM contacts WHERE id = ?').run(id).changes > 0;
}
