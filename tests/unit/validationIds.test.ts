// Ids of rows the API can delete are never handed out again (the audit log keeps naming them).
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db';
import { migrations } from '../../electron/backend/migrations/index';
import { makeBackend, type TestBackend } from '../helpers/backend';

const DELETABLE = ['goals', 'referrals', 'payer_periods', 'contacts'] as const;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-ids-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** A schema-4 file with rows in every deletable table and its children; contact 3 was deleted (the audit log names it). */
function version4File(): string {
  const file = path.join(dir, 'v4.sqlite');
  const db = open(file);
  migrate(db, migrations.slice(0, 4));
  expect(db.pragma('user_version', { simple: true })).toBe(4);
  db.exec(`
    INSERT INTO municipalities (id, name, sort_key, code) VALUES (1, 'Odense', 'odense', 461);
    INSERT INTO mentors (id, name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from)
      VALUES (1, 'Søren', 'søren', 'ergoterapeut', 1, 37, 20, '2024-08-01');
    INSERT INTO mentees (id, name, sort_key, birth_year, home_municipality_id, education) VALUES (1, 'Åse', 'åse', 2005, 1, 'sosu_assistent');
    INSERT INTO courses (id, mentee_id, referral_date, referred_by, phase_at_start, mentor_id) VALUES (1, 1, '2026-09-01', 'laerer', 'oplaering', 1);
    INSERT INTO course_themes (course_id, theme_id) VALUES (1, 1);
    INSERT INTO goals (id, course_id, text, status) VALUES (1, 1, 'Møde op', 'ikke_startet'), (2, 1, 'Praktik', 'i_gang');
    INSERT INTO referrals (id, course_id, offer, municipality_id, referred_on) VALUES (1, 1, 'psykolog', 1, '2026-09-02');
    INSERT INTO payer_periods (id, course_id, payer, from_date) VALUES (1, 1, 'hjemkommune', '2026-09-01');
    INSERT INTO contacts (id, type, contact_date, mentor_id, duration_minutes) VALUES (1, 'individuel', '2026-10-01', 1, 45), (2, 'gruppe', '2026-10-02', 1, 60);
    INSERT INTO contact_participants (contact_id, course_id) VALUES (1, 1), (2, 1);
    INSERT INTO contact_themes (contact_id, theme_id) VALUES (1, 1), (2, 2);
    INSERT INTO audit_log (at, method, entity_id) VALUES ('2026-10-03T10:00:00Z', 'contacts.create', 3), ('2026-10-03T10:01:00Z', 'contacts.delete', 3);
  `);
  db.close();
  return file;
}

/** Every row of every table, as sorted JSON; with `like`, only its tables and columns (later migrations add some). */
const everything = (db: Database.Database, like?: Record<string, string[]>) => {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(
    tables
      .filter((name) => !like || name in like)
      .map((name) => {
        const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
        const cols = like?.[name];
        return [name, rows.map((r) => JSON.stringify(cols ? Object.fromEntries(cols.map((c) => [c, r[c]])) : r)).sort()];
      }),
  );
};
const columnsOf = (db: Database.Database, tables: string[]) =>
  Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name)]));

/** sqlite_master as comparable text: quotes and spacing normalised. */
interface MasterRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}
const schemaOf = (db: Database.Database) =>
  (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name").all() as MasterRow[]).map(
    (r) => ({ ...r, sql: (r.sql ?? '').replace(/["'`]/g, '').replace(/\s+/g, ' ').trim() }),
  );

describe('migration 005', () => {
  it('keeps every row, id and link of a schema-4 file, and a new row after deleting the newest gets a larger id', () => {
    const file = version4File();
    const db = open(file);
    const before = everything(db);
    const columns = columnsOf(db, Object.keys(before));
    migrate(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1].version);
    // Later migrations may add tables and columns; the tables the file had keep every row and value.
    expect(everything(db, columns)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The newest goal goes; the next one must not take its id.
    db.prepare('DELETE FROM goals WHERE id = 2').run();
    const goal = db.prepare("INSERT INTO goals (course_id, text, status) VALUES (1, 'Ny', 'ikke_startet')").run();
    expect(Number(goal.lastInsertRowid)).toBe(3);
    // Contact 3 was deleted before the migration; the audit log names it, so the next contact is 4.
    const contact = db.prepare("INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES ('individuel', '2026-10-05', 1, 30)").run();
    expect(Number(contact.lastInsertRowid)).toBe(4);
    // Deleting a contact still cascades to its links (the rebuilt children kept their foreign keys).
    db.prepare('DELETE FROM contacts WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM contact_participants WHERE contact_id = 1').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM contact_themes WHERE contact_id = 1').get()).toEqual({ n: 0 });
    db.close();
  });

  it('gives a fresh file the same schema as a migrated one', () => {
    const migrated = open(version4File());
    migrate(migrated, migrations);
    const fresh = open(path.join(dir, 'fresh.sqlite'));
    migrate(fresh, migrations);
    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
    for (const table of DELETABLE) {
      const sql = schemaOf(fresh).find((r) => r.type === 'table' && r.name === table)?.sql;
      expect(sql, table).toMatch(/id INTEGER PRIMARY KEY AUTOINCREMENT/);
    }
    // Indexes of the rebuilt tables and their children are all back.
    const indexes = schemaOf(fresh).filter((r) => r.type === 'index').map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['goals_course', 'referrals_course', 'referrals_date', 'payer_periods_course', 'contacts_date', 'contacts_mentor_date', 'contacts_type_date', 'contacts_statistics', 'contact_participants_course', 'contact_themes_theme']));
    migrated.close();
    fresh.close();
  });
});

describe('through the API', () => {
  let b: TestBackend;
  beforeEach(() => {
    b = makeBackend();
  });
  afterEach(() => b.cleanup());

  it('never hands out a deleted goal or contact id again', async () => {
    const muni = await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const mentor = await b.registry.call('mentors.create', {
      name: 'Søren',
      profession: 'ergoterapeut',
      employerMunicipalityId: muni.id,
      hoursPerWeek: 37,
      activeFrom: '2024-08-01',
    });
    const course = await b.registry.call('courses.refer', {
      mentee: { name: 'Åse', birthYear: 2005, homeMunicipalityId: muni.id, education: 'sosu_assistent' },
      course: { referralDate: '2026-09-01', referredBy: 'laerer', phaseAtStart: 'oplaering' },
    } as never);
    const g1 = await b.registry.call('goals.create', { courseId: course.id, text: 'Møde op' });
    await b.registry.call('goals.delete', { id: g1.id });
    const g2 = await b.registry.call('goals.create', { courseId: course.id, text: 'Praktik' });
    expect(g2.id).toBeGreaterThan(g1.id);

    const contact = { type: 'individuel', date: '2026-10-01', mentorId: mentor.id, durationMinutes: 45, courseIds: [course.id] } as const;
    const c1 = await b.registry.call('contacts.create', contact as never);
    await b.registry.call('contacts.delete', { id: c1.id });
    const c2 = await b.registry.call('contacts.create', contact as never);
    expect(c2.id).toBeGreaterThan(c1.id);
    const audit = b.ctx.db.prepare("SELECT entity_id FROM audit_log WHERE method LIKE 'contacts.%' ORDER BY id").all();
    expect(audit).toEqual([{ entity_id: c1.id }, { entity_id: c1.id }, { entity_id: c2.id }]);
  });
});
