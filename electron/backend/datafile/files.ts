// Files that hold personal data: created readable by their owner only, replaced atomically.
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** An empty file with owner-only access, for SQLite to fill (VACUUM INTO accepts an empty target). */
export function createPrivateEmptyFile(file: string): void {
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, '', { mode: PRIVATE_FILE, flag: 'wx' });
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; not possible on Windows, where the rename itself is journalled by NTFS. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes `temp`, renames it over `target` and flushes the folder: a kill leaves the old or the new file, whole. */
export function replaceAtomically(temp: string, target: string): void {
  fsyncFile(temp);
  fs.renameSync(temp, target);
  fsyncDir(path.dirname(target));
}

export function writeFileAtomic(target: string, content: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content, { mode: PRIVATE_FILE });
  replaceAtomically(temp, target);
}

/** SQLite's own header: a plain database starts with it; an encrypted one is noise from byte 0. */
export function readHeader(file: string): Buffer | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(100);
      const n = fs.readSync(fd, buf, 0, 100, 0);
      return buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

export function isPlainSqlite(header: Buffer | null): boolean {
  return !!header && header.length >= 16 && header.subarray(0, 16).toString('latin1') === 'SQLite format 3\0';
}
