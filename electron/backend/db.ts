import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import type { TroubleKind } from '../../shared/api/session';
import { freezeLegacyIssued } from './billing/frozen';
import { createPrivateEmptyFile, ensurePrivateDir } from './datafile/files';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations/index';

/** Why a data file cannot be opened; `kind` picks the start screen's text. */
export class DatabaseOpenError extends Error {
  constructor(
    message: string,
    readonly kind: TroubleKind = 'unreadable',
  ) {
    super(message);
  }
}

/** PRAGMA application_id of every Mentorkorps file ("MKor"): another program's SQLite file is refused unchanged. */
export const APPLICATION_ID = 0x4d4b6f72;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Database.Database): number {
  return db.pragma('application_id', { simple: true }) as number;
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export interface OpenOptions {
  /** The data key as 64 hex digits; without it the file is plain SQLite (old files, tests of the upgrade). */
  key?: string;
  migrations?: readonly Migration[];
  /** Takes the copy before a migration; by default an (equally encrypted) VACUUM INTO beside the file. */
  beforeMigrate?: (db: Database.Database, fromVersion: number) => void;
  /**
   * Leave PRAGMA quick_check to the caller when opening writes nothing (no migration, already WAL,
   * application id set); the connection is then query_only until the caller has checked the file.
   */
  deferCheck?: boolean;
}

/** The open file, and whether quick_check has already passed on it. */
export interface OpenedFile {
  db: Database.Database;
  checked: boolean;
}

/** Damage as SQLite reports it, rather than an error of the check itself. */
export const DAMAGE = /not a database|malformed|corrupt|SQLITE_NOTADB|SQLITE_CORRUPT/i;

/** quick_check on a connection: 'ok' or the problems found; SQLite's damage errors count as findings. */
export function quickCheck(db: Database.Database): string {
  try {
    return (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).join('; ');
  } catch (err) {
    const text = `${err instanceof Error ? err.message : String(err)} ${String((err as { code?: unknown }).code)}`;
    if (DAMAGE.test(text)) return text;
    throw err;
  }
}

/**
 * SQLite3MultipleCiphers' raw-key form: the data key is already 256 random bits, so its own PBKDF2
 * (64,007 rounds, 26–58 ms per connection with PRAGMA hexkey) would add nothing.
 */
export function rawKey(hexKey: string): string {
  return `"raw:${hexKey.replace(/[^0-9a-f]/gi, '')}"`;
}

/** Opens a connection with the data key, before any other statement. */
export function connect(file: string, key: string | undefined, options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  if (key) db.pragma(`key = ${rawKey(key)}`);
  // Deleted and overwritten content is zeroed, so an erased person leaves no text in free pages.
  db.pragma('secure_delete = ON');
  return db;
}

/**
 * Pages are decrypted as they enter SQLite's cache; a cache that holds the year's contacts keeps
 * statistics as fast as on a plain file (measured: 2.5× slower with the default 16 MB, 1.0× with 64 MB).
 */
const CACHE_KIB = 64 * 1024;

/** Mentorkorps' own file? Refuses another program's database without changing it. */
export function assertMentorkorpsFile(db: Database.Database, file: string): void {
  const id = applicationId(db);
  if (id === APPLICATION_ID) return;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('settings', 'audit_log')").get() as { n: number };
  const empty = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
  // Files from before application_id was set carry 0 and the app's own tables.
  if (id === 0 && (empty || tables.n === 2)) return;
  throw new DatabaseOpenError(`Filen ${file} er ikke en Mentorkorps-datafil (den tilhører et andet program). Den er ikke ændret.`, 'foreign');
}

/**
 * Opens (or creates) the data file: key, WAL, foreign keys, synchronous FULL, integrity check,
 * refuses another program's file and a newer schema, backs up before migrating, then migrates.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  return openDataFile(file, opts).db;
}

/** openDatabase, telling whether the integrity check was left to the caller (opts.deferCheck). */
export function openDataFile(file: string, opts: OpenOptions = {}): OpenedFile {
  const all = opts.migrations ?? migrations;
  if (file !== ':memory:') {
    ensurePrivateDir(path.dirname(file));
    // SQLite gives its -wal and -shm files the data file's own mode.
    if (!fs.existsSync(file)) createPrivateEmptyFile(file);
  }
  const existed = file !== ':memory:' && fs.statSync(file).size > 0;
  let db: Database.Database | null = null;
  const latest = all.length ? all[all.length - 1].version : 0;
  try {
    db = connect(file, opts.key);
    let checked = !existed;
    if (existed) {
      // Reads only the first page. Anything that opening would write (a migration, the switch to WAL,
      // the application id) is done on a checked file only, so those files are checked here, as before.
      const writesOnOpen = schemaVersion(db) !== latest || applicationId(db) !== APPLICATION_ID || db.pragma('journal_mode', { simple: true }) !== 'wal';
      if (!opts.deferCheck || writesOnOpen) {
        const check = quickCheck(db);
        if (check !== 'ok') throw new DatabaseOpenError(`Datafilen ${file} er beskadiget (${check}).`, 'corrupt');
        checked = true;
      }
      assertMentorkorpsFile(db, file);
    }
    const current = schemaVersion(db);
    if (current > latest) {
      throw new DatabaseOpenError(
        `Datafilen ${file} er fra en nyere version af Mentorkorps (skemaversion ${current}); ` +
          `denne version kender højst skemaversion ${latest}. Opdater programmet – filen er ikke ændret.`,
        'newer',
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    if (existed && current < latest) (opts.beforeMigrate ?? backupBeforeMigration(file))(db, current);
    migrate(db, all);
    // Statements issued before issuing froze them are frozen now, once, before anything can edit the register
    // (on a checked file only; an unchecked one freezes them on first read, once writes are allowed).
    if (checked) freezeLegacyIssued(db);
    // New tables or indexes get statistics for the planner at once (SQLite's advice after schema changes).
    if (current < latest) optimize(db, OPTIMIZE_ALL_TABLES);
    if (applicationId(db) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    // SQLite itself refuses every write until the caller's check has passed.
    if (!checked) db.pragma('query_only = ON');
    return { db, checked };
  } catch (err) {
    db?.close();
    if (err instanceof DatabaseOpenError) throw err;
    if (err instanceof Error && /file is not a database|malformed|SQLITE_NOTADB|SQLITE_CORRUPT/i.test(`${err.message} ${String((err as { code?: unknown }).code)}`)) {
      throw new DatabaseOpenError(`Datafilen ${file} kan ikke læses som en Mentorkorps-database (forkert nøgle, beskadiget, eller ikke en database).`, 'corrupt');
    }
    throw err;
  }
}

/** ANALYZE reads at most about this many rows per index: milliseconds even on a national file. */
const ANALYSIS_LIMIT = 400;
/** PRAGMA optimize's flag to look at every table, not only those this connection has queried. */
export const OPTIMIZE_ALL_TABLES = 0x10002;

/**
 * PRAGMA optimize as SQLite recommends it: after schema changes and before a connection closes,
 * with analysis_limit so a large file is sampled, not read whole. Planner statistics are an aid:
 * a failure (e.g. a full disk) must never stop the file from opening or closing.
 */
export function optimize(db: Database.Database, mask?: number): void {
  try {
    db.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
    db.pragma(mask === undefined ? 'optimize' : `optimize = ${Number(mask)}`);
  } catch (err) {
    console.error('PRAGMA optimize mislykkedes:', err instanceof Error ? err.message : err);
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

/** The data file's own backup folder: sikkerhedskopier/<file name without extension>/ beside it. */
export function backupDir(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'sikkerhedskopier', path.basename(dataFile).replace(/\.[^.]*$/, '') || 'data');
}

/** Where backups of every data file in a folder lay before each file got its own set. */
export function legacyBackupDir(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'sikkerhedskopier');
}

function backupBeforeMigration(file: string) {
  return (db: Database.Database, fromVersion: number): void => {
    const dir = backupDir(file);
    ensurePrivateDir(dir);
    const target = path.join(dir, `før-opdatering-v${fromVersion}-${timestamp()}.sqlite`);
    createPrivateEmptyFile(target);
    db.prepare('VACUUM INTO ?').run(target);
  };
}

export { LATEST_SCHEMA_VERSION };
