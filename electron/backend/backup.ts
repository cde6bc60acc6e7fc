// Backups of the data file: automatic (daily, rotated), manual, and before migration or restore.
// better-sqlite3's db.backup() is safe while the database is in use.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/api/backup';
import { ApiError, fieldError } from '../../shared/errors';
import type { BackendContext } from './context';
import { backupDir, LATEST_SCHEMA_VERSION, openDatabase, schemaVersion } from './db';

const PREFIX: Record<BackupKind, string> = { auto: 'automatisk', manual: 'manuel', migration: 'før-opdatering', restore: 'før-gendannelse' };
const KEEP_AUTOMATIC = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

function kindOf(name: string): BackupKind {
  const entry = (Object.entries(PREFIX) as [BackupKind, string][]).find(([, prefix]) => name.startsWith(prefix));
  return entry ? entry[0] : 'manual';
}

export function listBackups(dataFile: string): BackupInfo[] {
  const dir = backupDir(dataFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return { name, kind: kindOf(name), createdAt: stat.mtime.toISOString(), sizeBytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function createBackup(ctx: BackendContext, kind: BackupKind): Promise<BackupInfo> {
  const dir = backupDir(ctx.dataFile);
  fs.mkdirSync(dir, { recursive: true });
  const name = `${PREFIX[kind]}-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`;
  const target = path.join(dir, name);
  const partial = `${target}.tmp`;
  try {
    await ctx.db.backup(partial);
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw new ApiError('INTERNAL', `Sikkerhedskopien kunne ikke skrives i ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (kind === 'auto') rotateAutomatic(ctx.dataFile);
  const stat = fs.statSync(target);
  return { name, kind, createdAt: stat.mtime.toISOString(), sizeBytes: stat.size };
}

function rotateAutomatic(dataFile: string): void {
  const automatic = listBackups(dataFile).filter((b) => b.kind === 'auto');
  for (const old of automatic.slice(KEEP_AUTOMATIC)) fs.rmSync(path.join(backupDir(dataFile), old.name), { force: true });
}

/** Takes an automatic backup when the newest one is older than a day. */
export async function autoBackupIfDue(ctx: BackendContext, now = Date.now()): Promise<BackupInfo | null> {
  const newest = listBackups(ctx.dataFile).find((b) => b.kind === 'auto');
  if (newest && now - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup(ctx, 'auto');
}

/**
 * Replaces the data with a backup: checks the backup first, keeps a copy of the current data,
 * then swaps the file and reopens it (migrating an older backup forward).
 */
export async function restoreBackup(ctx: BackendContext, name: string): Promise<{ restored: string; safetyCopy: string }> {
  const source = path.join(backupDir(ctx.dataFile), name);
  if (!listBackups(ctx.dataFile).some((b) => b.name === name)) throw fieldError('name', `Sikkerhedskopien ${name} findes ikke.`);
  let check: unknown;
  let version: number;
  try {
    const probe = new Database(source, { readonly: true, fileMustExist: true });
    check = probe.pragma('quick_check', { simple: true });
    version = schemaVersion(probe);
    probe.close();
  } catch (err) {
    throw fieldError('name', `Sikkerhedskopien ${name} kan ikke læses: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (check !== 'ok') throw fieldError('name', `Sikkerhedskopien ${name} er beskadiget og kan ikke gendannes.`);
  if (version > LATEST_SCHEMA_VERSION) throw fieldError('name', `Sikkerhedskopien ${name} er fra en nyere version af Mentorkorps.`);

  const safety = await createBackup(ctx, 'restore');
  // From here on synchronous, so no other call runs while the file is swapped.
  ctx.db.close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(ctx.dataFile + suffix, { force: true });
  fs.copyFileSync(source, ctx.dataFile);
  ctx.db = openDatabase(ctx.dataFile);
  ctx.db.prepare('INSERT INTO audit_log (at, method, entity_id) VALUES (?, ?, NULL)').run(new Date().toISOString(), 'backup.restore');
  return { restored: name, safetyCopy: safety.name };
}
