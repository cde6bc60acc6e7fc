// Exactly one process owns a data file. The lock is an exclusive SQLite lock on a small sidecar
// file: the operating system releases it when the process dies (kill -9 included), so there is
// no stale lock to clean up, on Windows (LockFileEx) as on macOS/Linux (fcntl).
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';

export class DataFileInUseError extends Error {
  override name = 'DataFileInUseError';
  constructor(readonly dataFile: string) {
    super(`Datafilen ${dataFile} er allerede åben i et andet Mentorkorps-vindue eller -program. Luk det først – filen er ikke rørt.`);
  }
}

export interface DataFileLock {
  release(): void;
}

export function lockFileOf(dataFile: string): string {
  return `${dataFile}.lock`;
}

export function acquireDataFileLock(dataFile: string): DataFileLock {
  const file = lockFileOf(dataFile);
  if (!fs.existsSync(file)) fs.writeFileSync(file, '', { mode: 0o600, flag: 'a' });
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // A write transaction takes the exclusive lock; in EXCLUSIVE mode it is kept after the commit.
    db.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER); DELETE FROM owner;');
    db.prepare('INSERT INTO owner (pid) VALUES (?)').run(process.pid);
  } catch (err) {
    db.close();
    if (err instanceof Error && 'code' in err && /^SQLITE_(BUSY|LOCKED)/.test(String(err.code))) throw new DataFileInUseError(dataFile);
    throw err;
  }
  return { release: () => db.close() };
}
