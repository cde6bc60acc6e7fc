// The web-mode rows of the national benchmark: from starting `dist-electron/web.cjs` on a copy of the
// national file until the course list's first rows are visible in Chromium (the browser already
// running, as a user's is), and the course list's first rows after navigating to it from another page.
// The file's passphrase KDF is cheap (built so); its real cost is measured in benchCipher.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { href } from '../shared/routes';
import { median, type ResultRow } from './benchNationalTable';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STARTS = 3;
const NAVIGATIONS = 5;

function startServer(dataFile: string, passphrase: string, today: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist-electron/web.cjs', '--data', dataFile, '--port', '0', '--today', today], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MENTORKORPS_PASSPHRASE: passphrase },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`web.cjs exited (${code}): ${out}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Until the course list's fourth row (header included) is shown, looked at every frame: a locator's
 * waitFor polls at 0, 20, 50, 100, 100 and then every 500 ms, which added up to half a second to a start.
 * The locator then confirms the same row by its role (not timed).
 */
async function firstRows(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const table = [...document.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === 'Forløb');
      const row = table?.querySelectorAll('tr')[3];
      return row !== undefined && row.getClientRects().length > 0;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const at = performance.now();
  await page.getByRole('table', { name: 'Forløb' }).getByRole('row').nth(3).waitFor({ state: 'visible', timeout: 5_000 });
  return at;
}

async function signedInPage(browser: Browser, url: string, passphrase: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK' });
  const res = await context.request.post(`${url}api/session.unlock`, { data: { passphrase } });
  if (!res.ok()) throw new Error(`Sign-in failed: ${res.status()} ${await res.text()}`);
  return context.newPage();
}

export async function benchWeb(dataFile: string, passphrase: string, today: string, log: (line: string) => void): Promise<ResultRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-national-web-'));
  const copy = path.join(dir, 'national.sqlite');
  for (const suffix of ['', '.key', '-wal']) if (fs.existsSync(dataFile + suffix)) fs.copyFileSync(dataFile + suffix, copy + suffix);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const starts: number[] = [];
    const navigations: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const t = performance.now();
      const { child, url } = await startServer(copy, passphrase, today);
      try {
        const page = await signedInPage(browser, url, passphrase);
        await page.goto(url + href({ name: 'courses' }));
        starts.push((await firstRows(page)) - t);
        // After the first start: from another page (loaded afresh, so nothing is cached) to the course list.
        for (let n = 0; i === 0 && n < NAVIGATIONS; n++) {
          await page.goto(url + href({ name: 'mentors' }));
          await page.reload({ waitUntil: 'networkidle' });
          const tn = performance.now();
          await page.evaluate((h) => (window.location.hash = h), href({ name: 'courses' }));
          navigations.push((await firstRows(page)) - tn);
        }
        await page.context().close();
      } finally {
        await stopServer(child);
      }
    }
    log(`Web mode: starts ${starts.map((s) => s.toFixed(0)).join(', ')} ms; course list after navigation ${navigations.map((s) => s.toFixed(0)).join(', ')} ms.`);
    return [
      { label: 'course list, first rows after navigation', app: median(navigations), targetMs: 300 },
      { label: 'start to first rows (web mode)', app: median(starts), targetMs: 1000 },
    ];
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
