// Each test gets its own web-mode app (the built renderer + backend over the loopback bridge)
// on a fresh data file, with "today" fixed so dates are stable.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const E2E_TODAY = '2026-11-23';
/** The whole suite runs on encrypted files: the server sets up or unlocks with this (for tests only). */
export const E2E_PASSPHRASE = 'grøn cykel under broen';

export interface RunningApp {
  url: string;
  dataFile: string;
  dir: string;
}

export interface StartOptions {
  /** MENTORKORPS_PASSPHRASE for the server; null starts it without one, as a coordinator's start. */
  passphrase?: string | null;
  /** An existing data file (e.g. one a test has broken); by default a new one in a new folder. */
  dataFile?: string;
}

export async function startApp(extraArgs: string[], { passphrase = E2E_PASSPHRASE, dataFile: given }: StartOptions = {}): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dir = given ? path.dirname(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-e2e-'));
  const dataFile = given ?? path.join(dir, 'data.sqlite');
  const env = { ...process.env };
  if (passphrase === null) delete env.MENTORKORPS_PASSPHRASE;
  else env.MENTORKORPS_PASSPHRASE = passphrase;
  // A test may move "today" (e.g. years ahead, for retention); the server reads the first --today.
  const today = extraArgs.includes('--today') ? [] : ['--today', E2E_TODAY];
  const child = spawn(process.execPath, ['dist-electron/web.cjs', '--data', dataFile, '--port', '0', ...today, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`App did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`App exited (${code}): ${out}`)));
  });
  return { app: { url, dataFile, dir }, child };
}

/** Stops a server the way Ctrl+C does, and waits until it has closed the data file. */
export function stopApp(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Signs the browser context in as the coordinator would: the session cookie lands in the context. */
export async function signIn(context: BrowserContext, app: RunningApp): Promise<void> {
  const res = await context.request.post(`${app.url}api/session.unlock`, { data: { passphrase: E2E_PASSPHRASE } });
  if (!res.ok()) throw new Error(`Sign-in failed: ${res.status()} ${await res.text()}`);
}

export const test = base.extend<{ app: RunningApp; demoApp: RunningApp }>({
  app: async ({ context }, use) => {
    const { app, child } = await startApp([]);
    await signIn(context, app);
    await use(app);
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  },
  demoApp: async ({ context }, use) => {
    const { app, child } = await startApp(['--demo']);
    await signIn(context, app);
    await use(app);
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  },
});

export { expect };
