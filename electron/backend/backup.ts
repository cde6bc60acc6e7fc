// Backups of one data file, in its own folder: automatic (daily while the app runs, rotated), manual,
// and before migration or restore. Each copy is encrypted with the data key (VACUUM INTO from an
// encrypted connection writes an encrypted file) and carries the key envelope valid when it was
// taken (<copy>.key), so it opens with that day's passphrase or recovery code on any PC.
// Everything here is synchronous: a backup and a restore can never run at the same time.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind, SecondLocation } from '../../shared/api/backup';
import { ApiError, fieldError } from '../../shared/errors';
import type { BackendContext } from './context';
import { backupDir } from './db';
import { createPrivateEmptyFile, ensurePrivateDir, fsyncFile, PRIVATE_FILE } from './datafile/files';
import { writeEnvelope, type KeyEnvelope } from './datafile/keys';
import { ioReason } from './ioErrors';
import { getSetting, setSetting } from './settings';
import { BACKUP_MAX_AGE_DAYS } from '../../shared/privacy/retention';

const PREFIX: Record<BackupKind, string> = { auto: 'automatisk', manual: 'manuel', migration: 'før-opdatering', restore: 'før-gendannelse', change: 'før-ændring' };
/** Methods that change much at once: a copy is taken first (at most one per hour). */
export const RISKY_METHODS: ReadonlySet<string> = new Set(['caseload.handover', 'billing.issue', 'billing.newVersion', 'survey.delete', 'import.commit']);
const KEEP_BEFORE_CHANGE = 14;
const KEEP_AUTOMATIC = 14;
export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
export const COPY_FOLDER_SETTING = 'backup_copy_folder';
export const COPY_LAST_AT_SETTING = 'backup_copy_last_at';

/** A name this app gives its copies; the old shared folder may hold other programs' files too. */
export function isBackupName(name: string): boolean {
  return name.endsWith('.sqlite') && Object.values(PREFIX).some((prefix) => name.startsWith(prefix));
}

function kindOf(name: string): BackupKind {
  const entry = (Object.entries(PREFIX) as [BackupKind, string][]).find(([, prefix]) => name.startsWith(prefix));
  return entry ? entry[0] : 'manual';
}

/** When a copy was taken, from its name (copying a file to another drive changes its mtime, not its name). */
function takenAt(name: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function sidecarOf(backupFile: string): string {
  return `${backupFile}.key`;
}

/** `latestErasureAt`: when the latest erasure or anonymisation run was decided; older copies still hold those people. */
export function listBackups(dataFile: string, latestErasureAt: string | null = null): BackupInfo[] {
  const dir = backupDir(dataFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      const createdAt = takenAt(name) ?? stat.mtime.toISOString();
      // A copy taken in the same millisecond is the one taken just before the erasure.
      const beforeErasure = latestErasureAt !== null && Date.parse(createdAt) <= Date.parse(latestErasureAt);
      return { name, kind: kindOf(name), createdAt, sizeBytes: stat.size, beforeErasure };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Removes what an interrupted copy left behind: half-written copies and key files without their copy. */
export function removeBackupLeftovers(dataFile: string): number {
  const dir = backupDir(dataFile);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const orphanKey = name.endsWith('.sqlite.key') && !fs.existsSync(path.join(dir, name.slice(0, -'.key'.length)));
    if (name.endsWith('.tmp') || orphanKey) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

function uniqueName(dir: string, kind: BackupKind, now: Date): string {
  const stem = `${PREFIX[kind]}-${now.toISOString().replace(/[:.]/g, '-')}`;
  let name = `${stem}.sqlite`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i++) name = `${stem}-${i}.sqlite`;
  return name;
}

/**
 * One backup file being written: `begin` makes a private empty partial file, the caller copies into it,
 * `finish` makes it whole (fsync, key envelope, rename); `fail` removes what was written and says why.
 */
function backupFile(dataFile: string, kind: BackupKind, now: Date) {
  const dir = backupDir(dataFile);
  const name = uniqueName(dir, kind, now);
  const target = path.join(dir, name);
  const partial = `${target}.tmp`;
  return {
    partial,
    begin() {
      ensurePrivateDir(dir);
      createPrivateEmptyFile(partial);
    },
    finish(envelope: KeyEnvelope | null): BackupInfo {
      fsyncFile(partial);
      if (envelope) writeEnvelope(sidecarOf(target), envelope);
      fs.renameSync(partial, target);
      return { name, kind, createdAt: now.toISOString(), sizeBytes: fs.statSync(target).size, beforeErasure: false };
    },
    discard() {
      fs.rmSync(partial, { force: true });
      fs.rmSync(sidecarOf(target), { force: true });
    },
    fail(err: unknown): never {
      this.discard();
      throw new ApiError('STORAGE', `Sikkerhedskopien kunne ikke skrives i ${dir}: ${ioReason(err)}.`);
    },
  };
}

/** Writes a copy of `db` (encrypted like it) with its key envelope; the copy appears only when whole. */
export function writeBackup(db: Database.Database, dataFile: string, envelope: KeyEnvelope | null, kind: BackupKind, now = new Date()): BackupInfo {
  const file = backupFile(dataFile, kind, now);
  try {
    file.begin();
    db.prepare('VACUUM INTO ?').run(file.partial);
    return file.finish(envelope);
  } catch (err) {
    return file.fail(err);
  }
}

export function createBackup(ctx: BackendContext, kind: BackupKind, now = new Date(ctx.vault.now())): BackupInfo {
  const info = writeBackup(ctx.db, ctx.dataFile, ctx.vault.keyEnvelope(), kind, now);
  afterBackup(ctx, info, now);
  return info;
}

/** Old copies of the kind rotated out, the copy to the second location, copies past their age deleted. */
function afterBackup(ctx: BackendContext, info: BackupInfo, now: Date): void {
  const { kind } = info;
  if (kind === 'auto') rotate(ctx.dataFile, 'auto', KEEP_AUTOMATIC);
  if (kind === 'change') rotate(ctx.dataFile, 'change', KEEP_BEFORE_CHANGE);
  if (kind === 'auto' || kind === 'manual') copyToSecondLocation(ctx, info, now);
  pruneOldBackups(ctx, now.getTime());
}

/**
 * Deletes every copy (of any kind, here and at the second location) older than BACKUP_MAX_AGE_DAYS:
 * a copy made before an erasure still holds the erased person, so copies must not live for ever.
 */
export function pruneOldBackups(ctx: BackendContext, now: number): number {
  const limit = now - BACKUP_MAX_AGE_DAYS * DAY_MS;
  const folder = getSetting(ctx.db, COPY_FOLDER_SETTING);
  const dirs = [backupDir(ctx.dataFile), ...(folder ? [secondLocationDir(folder, ctx.dataFile)] : [])];
  let removed = 0;
  for (const dir of dirs) {
    try {
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).filter(isBackupName)) {
        const at = takenAt(name);
        if (at === null || Date.parse(at) >= limit) continue;
        fs.rmSync(path.join(dir, name), { force: true });
        fs.rmSync(sidecarOf(path.join(dir, name)), { force: true });
        removed++;
      }
    } catch (err) {
      // An unreachable drive is tried again at the next copy; the copy just made is safe.
      console.error(`Gamle sikkerhedskopier i ${dir} kunne ikke slettes: ${ioReason(err)}`);
    }
  }
  return removed;
}

function rotate(dataFile: string, kind: BackupKind, keep: number): void {
  const ofKind = listBackups(dataFile).filter((b) => b.kind === kind);
  for (const old of ofKind.slice(keep)) {
    const file = path.join(backupDir(dataFile), old.name);
    fs.rmSync(file, { force: true });
    fs.rmSync(sidecarOf(file), { force: true });
  }
}

/** An automatic copy that failed is tried again at the next tick (one stopped by a lock is no failure: it returns null). */
export function logBackupFailure(err: unknown): void {
  console.error('Automatisk sikkerhedskopi mislykkedes:', err instanceof Error ? err.message : err);
}

/** The automatic copies being written now: one at a time per backend. */
const autoRunning = new WeakSet<BackendContext>();

/**
 * Takes an automatic backup when the newest is older than a day, copied in a worker thread
 * (backgroundCopy.ts): the app answers meanwhile. Never before setup is done: a copy of the empty,
 * unconfigured file is worth nothing and would land on the welcome screen. A lock meanwhile stops it.
 */
export async function autoBackupIfDue(ctx: BackendContext, now = Date.now()): Promise<BackupInfo | null> {
  if (autoRunning.has(ctx) || !ctx.vault.isUnlocked() || getSetting(ctx.db, 'setup_done') !== '1') return null;
  const newest = listBackups(ctx.dataFile).find((b) => b.kind === 'auto');
  if (newest && now - Date.parse(newest.createdAt) < DAY_MS) {
    pruneOldBackups(ctx, now);
    return null;
  }
  autoRunning.add(ctx);
  try {
    const at = new Date(now);
    const file = backupFile(ctx.dataFile, 'auto', at);
    // The envelope of the key the copy is made with, taken before it starts.
    const envelope = ctx.vault.keyEnvelope();
    let info: BackupInfo;
    try {
      file.begin();
      await ctx.vault.copyInBackground(file.partial);
      info = file.finish(envelope);
    } catch (err) {
      // Stopped by a lock: nothing failed; the next unlock takes the copy.
      if (!ctx.vault.isUnlocked()) {
        file.discard();
        return null;
      }
      return file.fail(err);
    }
    // Locked meanwhile: the copy is whole; rotating and the second location wait for the next one.
    if (ctx.vault.isUnlocked()) afterBackup(ctx, info, at);
    return info;
  } finally {
    autoRunning.delete(ctx);
  }
}

/** Before a method that changes much at once; skipped when a copy of any kind is less than an hour old. */
export function backupBeforeRiskyChange(ctx: BackendContext, method: string, now = ctx.vault.now()): BackupInfo | null {
  if (!RISKY_METHODS.has(method)) return null;
  const newest = listBackups(ctx.dataFile)[0];
  if (newest && now - Date.parse(newest.createdAt) < HOUR_MS) return null;
  return createBackup(ctx, 'change', new Date(now));
}

export function secondLocation(ctx: BackendContext, now = ctx.vault.now()): SecondLocation {
  const folder = getSetting(ctx.db, COPY_FOLDER_SETTING);
  const lastCopyAt = getSetting(ctx.db, COPY_LAST_AT_SETTING);
  const stale = !!folder && (!lastCopyAt || now - Date.parse(lastCopyAt) > WEEK_MS);
  return { folder, lastCopyAt, stale, canChoose: !!ctx.chooseFolder || !!ctx.secondLocationFromStart };
}

/** Sets the second location and copies the newest backup there at once, so the page can say it works. */
export function setSecondLocation(ctx: BackendContext, folder: string | null): SecondLocation {
  if (folder === null) {
    ctx.db.prepare('DELETE FROM settings WHERE key IN (?, ?)').run(COPY_FOLDER_SETTING, COPY_LAST_AT_SETTING);
    return secondLocation(ctx);
  }
  setSetting(ctx.db, COPY_FOLDER_SETTING, folder);
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(COPY_LAST_AT_SETTING);
  const newest = listBackups(ctx.dataFile).find((b) => b.kind === 'auto' || b.kind === 'manual');
  copyToSecondLocation(ctx, newest ?? createBackup(ctx, 'manual'), new Date(ctx.vault.now()), true);
  return secondLocation(ctx);
}

/** The second location (e.g. the municipality's drive): a copy of the copy and its key file, kept per data file. */
export function secondLocationDir(folder: string, dataFile: string): string {
  return path.join(folder, `Mentorkorps-${path.basename(backupDir(dataFile))}`);
}

function copyToSecondLocation(ctx: BackendContext, info: BackupInfo, now: Date, throwOnError = false): void {
  const folder = getSetting(ctx.db, COPY_FOLDER_SETTING);
  if (!folder) return;
  const source = path.join(backupDir(ctx.dataFile), info.name);
  const dir = secondLocationDir(folder, ctx.dataFile);
  try {
    ensurePrivateDir(dir);
    const target = path.join(dir, info.name);
    fs.copyFileSync(source, `${target}.tmp`);
    fs.chmodSync(`${target}.tmp`, PRIVATE_FILE);
    if (fs.existsSync(sidecarOf(source))) fs.copyFileSync(sidecarOf(source), sidecarOf(target));
    fs.renameSync(`${target}.tmp`, target);
    setSetting(ctx.db, COPY_LAST_AT_SETTING, now.toISOString());
  } catch (err) {
    if (throwOnError) throw fieldError('folder', `Mappen ${folder} kan ikke bruges til sikkerhedskopier: ${ioReason(err)}.`);
    // The local copy is safe; the backup page shows how old the last copy at the second location is.
    console.error(`Kopien til ${dir} mislykkedes: ${ioReason(err)}`);
  }
}
