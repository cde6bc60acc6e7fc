// Which calls are about one person, and which person: a course's mentee, or the mentee itself.
// Reads found here are logged (the look-ups a young person may ask to see); writes get the person too.
import type Database from 'better-sqlite3-multiple-ciphers';

/** Reads that show one person's data. Lists count when filtered to one course. */
export const PERSON_READS: Readonly<Record<string, string>> = {
  'courses.get': 'Åbnede forløbet',
  'contacts.list': 'Så forløbets samtaler',
  'caseload.suggest': 'Så forslag til mentor for forløbet',
  'privacy.erasePreview': 'Så, hvad en sletning fjerner',
  'access.data': 'Så alle oplysninger om personen (indsigt)',
  'access.letter': 'Dannede indsigtsbrevet',
  'access.exportXlsx': 'Udtrak alle oplysninger som Excel-fil (indsigt)',
  'access.exportJson': 'Udtrak alle oplysninger som JSON-fil (indsigt)',
};

/** The purpose a look-up was asked with (the access methods ask for one), or null. */
export function purposeOf(input: unknown): string | null {
  const purpose = field(input, 'purpose');
  return typeof purpose === 'string' ? purpose : null;
}

/** Methods whose `id` is a course, or a mentee; other rows point at a course through their own table. */
const COURSE_ID = new Set(['courses.get', 'courses.update', 'courses.close']);
const MENTEE_ID = new Set(['mentees.update']);
const ROW_TABLE: Readonly<Record<string, string>> = { goals: 'goals', referrals: 'referrals' };

function courseMentee(db: Database.Database, courseId: unknown): number | null {
  if (typeof courseId !== 'number') return null;
  const row = db.prepare('SELECT mentee_id AS m FROM courses WHERE id = ?').get(courseId) as { m: number } | undefined;
  return row?.m ?? null;
}

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);

/** The person a call is about, or null (a list, a group contact, the corps' own settings). */
export function personOf(db: Database.Database, method: string, input: unknown, result?: unknown): number | null {
  const id = field(input, 'id');
  const menteeId = field(input, 'menteeId');
  if (typeof menteeId === 'number') return menteeId;
  // A merge is about the person kept (the other record is gone afterwards).
  const keepId = field(input, 'keepId');
  if (typeof keepId === 'number') return keepId;
  if (COURSE_ID.has(method)) return courseMentee(db, id);
  if (MENTEE_ID.has(method) && typeof id === 'number') return id;
  if (method === 'courses.refer') return courseMentee(db, field(result, 'id'));
  const courseId = field(input, 'courseId') ?? field(field(input, 'filter'), 'courseId');
  if (courseId !== undefined) return courseMentee(db, courseId);
  const table = ROW_TABLE[method.split('.')[0]];
  if (table && typeof id === 'number') {
    const row = db.prepare(`SELECT course_id AS c FROM ${table} WHERE id = ?`).get(id) as { c: number } | undefined;
    return courseMentee(db, row?.c);
  }
  return null;
}

/** The names of the fields a write sent (an update's `data`, else the input's own keys), never the values. */
export function fieldNames(input: unknown): string[] {
  const data = field(input, 'data') ?? input;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return Object.keys(data).filter((k) => k !== 'id' && k !== 'data');
}
