import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations/index';

export class DatabaseOpenError extends Error {}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (or creates) the data file: WAL, foreign keys, synchronous FULL, integrity check,
 * refuses a newer schema, backs up before migrating, then migrates.
 */
export function openDatabase(file: string, all: readonly Migration[] = migrations): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    if (existed) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseOpenError(`Datafilen ${file} er beskadiget (${String(check)}).`);
    }
    const latest = all.length ? all[all.length - 1].version : 0;
    const current = schemaVersion(db);
    if (current > latest) {
      throw new DatabaseOpenError(
        `Datafilen ${file} er fra en nyere version af Mentorkorps (skemaversion ${current}); ` +
          `denne version kender højst skemaversion ${latest}. Opdater programmet – filen er ikke ændret.`,
      );
    }
    if (existed && current < latest) backupBeforeMigration(db, file, current);
    migrate(db, all);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof Error && /file is not a database|malformed/i.test(err.message)) {
      throw new DatabaseOpenError(`Datafilen ${file} kan ikke læses som en Mentorkorps-database: ${err.message}`);
    }
    throw err;
  }
}

export function migrate(db: Database.Database, all: readonly Migration[] = migrations): void {
  for (const m of all) {
    if (schemaVersion(db) >= m.version) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${Number(m.version)}`);
    })();
  }
}

export function backupDir(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'sikkerhedskopier');
}

function backupBeforeMigration(db: Database.Database, file: string, fromVersion: number): void {
  const dir = backupDir(file);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `før-opdatering-v${fromVersion}-${timestamp()}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
}

export { LATEST_SCHEMA_VERSION };
