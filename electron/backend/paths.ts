import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Mentorkorps';
export const DATA_FILE_NAME = 'mentorkorps.sqlite';

/** The same folder Electron's app.getPath('userData') gives, so web mode and the desktop app share one file. */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

/** MENTORKORPS_DATA (or --data) overrides where the data file lives. */
export function resolveDataFile(flag: string | undefined, env = process.env, userDataDir = defaultUserDataDir()): string {
  const chosen = flag ?? env.MENTORKORPS_DATA;
  return chosen ? path.resolve(chosen) : path.join(userDataDir, DATA_FILE_NAME);
}
