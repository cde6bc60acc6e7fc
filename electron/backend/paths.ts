import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Mentorkorps';
export const DATA_FILE_NAME = 'mentorkorps.sqlite';

/**
 * Where the data file lives, for web mode and the desktop app alike (the app sets Electron's userData
 * to it). Windows: %LOCALAPPDATA%, not the roaming profile: case data must not be synced to servers
 * by roaming profiles, and an open SQLite file on a synced folder is asking for trouble.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

/** Versions up to 0.1 kept the data in the roaming %APPDATA%\Mentorkorps (Electron's default). */
export function roamingUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
}

/** MENTORKORPS_DATA (or --data) overrides where the data file lives. */
export function resolveDataFile(flag: string | undefined, env = process.env, userDataDir = defaultUserDataDir()): string {
  const chosen = flag ?? env.MENTORKORPS_DATA;
  return chosen ? path.resolve(chosen) : path.join(userDataDir, DATA_FILE_NAME);
}

/** The data file to open: the default one is first moved out of the old roaming folder if need be. */
export function prepareDataFile(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (!(flag ?? env.MENTORKORPS_DATA)) moveFromRoamingIfNeeded(env, platform);
  return resolveDataFile(flag, env, defaultUserDataDir(platform, env));
}

// The data file goes last: its presence in the new folder is what marks the move as done, so a move
// cut short (power cut, file held open) is simply finished at the next start.
const MOVED = ['sikkerhedskopier', `${DATA_FILE_NAME}.key`, `${DATA_FILE_NAME}-wal`, `${DATA_FILE_NAME}-shm`, DATA_FILE_NAME];

export type RenameFn = (from: string, to: string) => void;

/**
 * Windows only: moves the data file with its key, WAL/SHM and backup folder from the roaming folder to
 * the local one, once (when the old folder has a data file and the new one has none). Renames within a
 * volume; across volumes (a redirected roaming folder) copies and then removes. Returns what it moved.
 */
export function moveFromRoamingIfNeeded(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  rename: RenameFn = fs.renameSync,
): { from: string; to: string } | null {
  if (platform !== 'win32') return null;
  const from = roamingUserDataDir(env);
  const to = defaultUserDataDir(platform, env);
  if (path.resolve(from).toLowerCase() === path.resolve(to).toLowerCase()) return null;
  if (!fs.existsSync(path.join(from, DATA_FILE_NAME)) || fs.existsSync(path.join(to, DATA_FILE_NAME))) return null;
  try {
    fs.mkdirSync(to, { recursive: true });
    for (const name of MOVED) moveEntry(path.join(from, name), path.join(to, name), rename);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Datafilen kunne ikke flyttes fra ${from} til ${to}. Luk Mentorkorps alle steder og prøv igen. (${reason})`, { cause: err });
  }
  return { from, to };
}

function moveEntry(from: string, to: string, rename: RenameFn): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(from);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (stat.isDirectory()) {
    // Entry by entry, so a backup folder that already exists in the new place is merged, not refused.
    fs.mkdirSync(to, { recursive: true });
    for (const child of fs.readdirSync(from)) moveEntry(path.join(from, child), path.join(to, child), rename);
    fs.rmdirSync(from);
    return;
  }
  try {
    rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyDurably(from, to);
    fs.rmSync(from);
  }
}

/** Copies to a temporary name, flushes it to disk, then renames it into place (never a half file). */
function copyDurably(from: string, to: string): void {
  const temp = `${to}.flytter`;
  fs.copyFileSync(from, temp);
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, to);
}
