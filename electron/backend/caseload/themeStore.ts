// Themes (the configurable list) and the themes chosen for a course.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ThemeKey } from '../../../shared/caseload';
import type { Theme } from '../../../shared/caseloadTypes';
import { fieldError, notFound } from '../../../shared/errors';
import { danishSortKey } from '../../../shared/format';
import { prepared } from '../statements';

type DB = Database.Database;

export function assertThemesExist(db: DB, ids: readonly number[], field: string): void {
  // Once per connection: the import checks every row's themes.
  const exists = prepared(db, 'SELECT 1 FROM themes WHERE id = ?');
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

/** Is the label (by its sort key) already used by another theme? */
export function themeLabelTaken(db: DB, label: string, exceptId: number | null): boolean {
  if (exceptId === null) return !!db.prepare('SELECT 1 FROM themes WHERE sort_key = ?').get(danishSortKey(label));
  return !!db.prepare('SELECT 1 FROM themes WHERE sort_key = ? AND id <> ?').get(danishSortKey(label), exceptId);
}

/** A new theme goes last in the list. */
export function insertTheme(db: DB, label: string): number {
  const { p } = db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM themes').get() as { p: number };
  const info = db.prepare('INSERT INTO themes (label, sort_key, position) VALUES (?, ?, ?)').run(label, danishSortKey(label), p);
  return Number(info.lastInsertRowid);
}

export function updateTheme(db: DB, id: number, label: string, active: boolean): void {
  db.prepare('UPDATE themes SET label = ?, sort_key = ?, active = ? WHERE id = ?').run(label, danishSortKey(label), active ? 1 : 0, id);
}

/** The key and label of each theme chosen for a course (the suggestions match on them). */
export function courseThemes(db: DB, courseId: number): { key: ThemeKey | null; label: string }[] {
  return db.prepare('SELECT t.key, t.label FROM course_themes ct JOIN themes t ON t.id = ct.theme_id WHERE ct.course_id = ?').all(courseId) as {
    key: ThemeKey | null;
    label: string;
  }[];
}
