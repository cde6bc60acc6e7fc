// Each test gets its own web-mode app (the built renderer + backend over the loopback bridge)
// on a fresh data file, with "today" fixed so dates are stable.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const E2E_TODAY = '2026-11-23';

export interface RunningApp {
  url: string;
  dataFile: string;
  dir: string;
}

async function startApp(extraArgs: string[]): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-e2e-'));
  const dataFile = path.join(dir, 'data.sqlite');
  const child = spawn(process.execPath, ['dist-electron/web.cjs', '--data', dataFile, '--port', '0', '--today', E2E_TODAY, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
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

export const test = base.extend<{ app: RunningApp; demoApp: RunningApp }>({
  app: async ({}, use) => {
    const { app, child } = await startApp([]);
    await use(app);
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  },
  demoApp: async ({}, use) => {
    const { app, child } = await startApp(['--demo']);
    await use(app);
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  },
});

export { expect };
