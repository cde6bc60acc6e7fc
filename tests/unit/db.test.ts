import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDir, DatabaseOpenError, LATEST_SCHEMA_VERSION, openDatabase, schemaVersion } from '../../electron/backend/db';
import { migrations, type Migration } from '../../electron/backend/migrations/index';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-db-'));
  file = path.join(dir, 'data.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opening the data file', () => {
  it('creates a new file at the latest schema with WAL, foreign keys and synchronous FULL', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
    expect(fs.existsSync(backupDir(file))).toBe(false);
  });

  it('migrates from every earlier schema version, backing up first', () => {
    for (let start = 1; start < migrations.length; start++) {
      const f = path.join(dir, `from-${start}.sqlite`);
      openDatabase(f, { migrations: migrations.slice(0, start) }).close();
      const db = openDatabase(f);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      db.close();
      const backups = fs.readdirSync(backupDir(f)).filter((n) => n.includes(`v${migrations[start - 1].version}`));
      expect(backups.length).toBeGreaterThan(0);
    }
  });

  it('refuses a file from a newer version and leaves it untouched', () => {
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/nyere version af Mentorkorps/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls a failing migration back completely', () => {
    openDatabase(file, { migrations: migrations.slice(0, 1) }).close();
    const broken: Migration = {
      version: 99,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase(file, { migrations: [migrations[0], broken] })).toThrow('boom');
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(migrations[0].version);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file that is not a database with a clear message', () => {
    fs.writeFileSync(file, 'dette er ikke en database, men en tekstfil der er lang nok til at ligne noget');
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
  });
});
