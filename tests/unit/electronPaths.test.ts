// The Windows data folder: %LOCALAPPDATA%, and a one-time move out of the old roaming folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, defaultUserDataDir, moveFromRoamingIfNeeded, prepareDataFile, type RenameFn } from '../../electron/backend/paths';

let tmp: string;
let env: NodeJS.ProcessEnv;
let roaming: string;
let local: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-paths-'));
  env = { APPDATA: path.join(tmp, 'Roaming'), LOCALAPPDATA: path.join(tmp, 'Local') };
  roaming = path.join(tmp, 'Roaming', 'Mentorkorps');
  local = path.join(tmp, 'Local', 'Mentorkorps');
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function oldInstall(): void {
  write(path.join(roaming, DATA_FILE_NAME), 'data');
  write(path.join(roaming, `${DATA_FILE_NAME}-wal`), 'wal');
  write(path.join(roaming, `${DATA_FILE_NAME}.key`), 'key');
  write(path.join(roaming, 'sikkerhedskopier', 'auto-2026-01-01.sqlite'), 'backup');
  // Chromium's own files stay behind.
  write(path.join(roaming, 'Preferences'), '{}');
}

describe('defaultUserDataDir', () => {
  it('is %LOCALAPPDATA%\\Mentorkorps on Windows, not the roaming profile', () => {
    expect(defaultUserDataDir('win32', env)).toBe(local);
  });
  it('keeps Electron\'s own default elsewhere', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x/cfg' })).toBe(path.join('/x/cfg', 'Mentorkorps'));
  });
});

describe('moveFromRoamingIfNeeded', () => {
  it('moves the data file, WAL, key and backups to the local folder, once', () => {
    oldInstall();
    expect(moveFromRoamingIfNeeded(env, 'win32')).toEqual({ from: roaming, to: local });
    expect(fs.readFileSync(path.join(local, DATA_FILE_NAME), 'utf8')).toBe('data');
    expect(fs.readFileSync(path.join(local, `${DATA_FILE_NAME}-wal`), 'utf8')).toBe('wal');
    expect(fs.readFileSync(path.join(local, `${DATA_FILE_NAME}.key`), 'utf8')).toBe('key');
    expect(fs.readFileSync(path.join(local, 'sikkerhedskopier', 'auto-2026-01-01.sqlite'), 'utf8')).toBe('backup');
    expect(fs.existsSync(path.join(roaming, DATA_FILE_NAME))).toBe(false);
    expect(fs.existsSync(path.join(roaming, 'sikkerhedskopier'))).toBe(false);
    expect(fs.existsSync(path.join(roaming, 'Preferences'))).toBe(true);
    expect(fs.existsSync(path.join(local, 'Preferences'))).toBe(false);
    expect(moveFromRoamingIfNeeded(env, 'win32')).toBeNull();
  });

  it('never overwrites a data file already in the local folder', () => {
    oldInstall();
    write(path.join(local, DATA_FILE_NAME), 'newer');
    expect(moveFromRoamingIfNeeded(env, 'win32')).toBeNull();
    expect(fs.readFileSync(path.join(local, DATA_FILE_NAME), 'utf8')).toBe('newer');
    expect(fs.readFileSync(path.join(roaming, DATA_FILE_NAME), 'utf8')).toBe('data');
  });

  it('does nothing off Windows, or without an old data file', () => {
    oldInstall();
    expect(moveFromRoamingIfNeeded(env, 'linux')).toBeNull();
    fs.rmSync(path.join(roaming, DATA_FILE_NAME));
    expect(moveFromRoamingIfNeeded(env, 'win32')).toBeNull();
    expect(fs.existsSync(local)).toBe(false);
  });

  it('merges into a backup folder that already exists in the new place', () => {
    oldInstall();
    write(path.join(local, 'sikkerhedskopier', 'manual.sqlite'), 'other');
    moveFromRoamingIfNeeded(env, 'win32');
    expect(fs.readdirSync(path.join(local, 'sikkerhedskopier')).sort()).toEqual(['auto-2026-01-01.sqlite', 'manual.sqlite']);
  });

  it('copies and then removes across volumes (rename gives EXDEV)', () => {
    oldInstall();
    const acrossVolumes: RenameFn = () => {
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    moveFromRoamingIfNeeded(env, 'win32', acrossVolumes);
    expect(fs.readFileSync(path.join(local, DATA_FILE_NAME), 'utf8')).toBe('data');
    expect(fs.readFileSync(path.join(local, 'sikkerhedskopier', 'auto-2026-01-01.sqlite'), 'utf8')).toBe('backup');
    expect(fs.existsSync(path.join(roaming, DATA_FILE_NAME))).toBe(false);
    expect(fs.readdirSync(local).some((name) => name.endsWith('.flytter'))).toBe(false);
  });

  it('a file held open stops the move with a Danish message; the next start finishes it', () => {
    oldInstall();
    const busy: RenameFn = (from, to) => {
      if (from.endsWith(DATA_FILE_NAME)) throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      fs.renameSync(from, to);
    };
    expect(() => moveFromRoamingIfNeeded(env, 'win32', busy)).toThrow(/Datafilen kunne ikke flyttes fra .* til /);
    // Not copied behind the back of the program holding it open.
    expect(fs.existsSync(path.join(local, DATA_FILE_NAME))).toBe(false);
    expect(moveFromRoamingIfNeeded(env, 'win32')).toEqual({ from: roaming, to: local });
    expect(fs.readFileSync(path.join(local, `${DATA_FILE_NAME}.key`), 'utf8')).toBe('key');
    expect(fs.readFileSync(path.join(local, DATA_FILE_NAME), 'utf8')).toBe('data');
  });
});

describe('prepareDataFile', () => {
  it('moves the old data and returns the local data file', () => {
    oldInstall();
    expect(prepareDataFile(undefined, env, 'win32')).toBe(path.join(local, DATA_FILE_NAME));
    expect(fs.existsSync(path.join(local, DATA_FILE_NAME))).toBe(true);
  });
  it('leaves everything alone when a data file is chosen explicitly', () => {
    oldInstall();
    const chosen = path.join(tmp, 'elsewhere.sqlite');
    expect(prepareDataFile(chosen, env, 'win32')).toBe(chosen);
    expect(prepareDataFile(undefined, { ...env, MENTORKORPS_DATA: chosen }, 'win32')).toBe(chosen);
    expect(fs.existsSync(path.join(roaming, DATA_FILE_NAME))).toBe(true);
  });
});
