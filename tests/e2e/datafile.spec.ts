// The data file and who may reach it, with real processes and a real browser: one process per
// file, nothing readable from the loopback port without the passphrase.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PASSPHRASE, E2E_TODAY, expect, signIn, startApp, stopApp, test } from './fixtures';

function runSecond(dataFile: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist-electron/web.cjs', '--data', dataFile, '--port', '0', '--today', E2E_TODAY], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MENTORKORPS_PASSPHRASE: E2E_PASSPHRASE },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a second process on the same data file says so in one Danish sentence and leaves the file alone', async ({ demoApp, page }) => {
  await page.goto(demoApp.url);
  await expect(page.getByRole('heading', { name: 'Forløb' })).toBeVisible();
  const before = fs.readFileSync(demoApp.dataFile);
  const second = await runSecond(demoApp.dataFile);
  expect(second.code).toBe(3);
  expect(second.output.trim()).toMatch(/^Datafilen .* er allerede åben i et andet Mentorkorps-vindue eller -program\. Luk det først – filen er ikke rørt\.$/);
  expect(fs.readFileSync(demoApp.dataFile).equals(before)).toBe(true);
  // The first one keeps working.
  await page.getByRole('link', { name: 'Mentorer' }).click();
  await expect(page.getByRole('heading', { name: 'Mentorer' })).toBeVisible();
});

test('the loopback port gives nothing without the passphrase: no secret in the page, 401 on the API, the unlock screen for another browser', async ({ demoApp, browser, page }) => {
  const html = await (await fetch(demoApp.url)).text();
  expect(html).not.toMatch(/token|__MENTORKORPS/i);
  const anonymous = await fetch(`${demoApp.url}api/mentees.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(anonymous.status).toBe(401);
  const body = await anonymous.text();
  expect(body).toMatch(/Log ind/);
  expect(body).not.toMatch(/mentee|name/i);

  // This context is signed in; another user's browser on the same machine is not.
  await page.goto(demoApp.url);
  await expect(page.getByRole('heading', { name: 'Forløb' })).toBeVisible();
  const other = await browser.newContext();
  const stranger = await other.newPage();
  const calls: number[] = [];
  stranger.on('response', (r) => {
    if (r.url().includes('/api/') && !r.url().includes('/api/session.')) calls.push(r.status());
  });
  await stranger.goto(demoApp.url);
  await expect(stranger.getByRole('textbox', { name: 'Adgangskode' })).toBeVisible();
  await expect(stranger.getByRole('link', { name: 'Forløb' })).toHaveCount(0);
  expect(calls.every((s) => s === 401)).toBe(true);
  await stranger.getByRole('textbox', { name: 'Adgangskode' }).fill('forkert adgangskode');
  await stranger.getByRole('button', { name: 'Lås op' }).click();
  await expect(stranger.getByText(/Forkert adgangskode/)).toBeVisible();
  await other.close();
});

const HEADINGS = {
  corrupt: 'Datafilen er beskadiget',
  foreign: 'Filen er ikke en Mentorkorps-datafil',
  keyfile: 'Nøglefilen mangler eller er beskadiget',
  missing: 'Datafilen mangler',
} as const;

/** Each way a data file can be broken, applied to a copy of a good file with one backup. */
const BREAK: Record<keyof typeof HEADINGS, (dataFile: string) => void> = {
  corrupt: (f) => {
    const bytes = fs.readFileSync(f);
    bytes.fill(0x5a, 4096, 12288);
    fs.writeFileSync(f, bytes);
  },
  foreign: (f) => {
    fs.rmSync(f);
    // Another program's database, made with Debian's sqlite3 (the tests' runner cannot load the app's native module).
    execFileSync('sqlite3', [f, "CREATE TABLE kunder (navn TEXT); INSERT INTO kunder VALUES ('Ole');"]);
  },
  keyfile: (f) => fs.rmSync(`${f}.key`),
  missing: (f) => fs.rmSync(f),
};

test('a data file in trouble opens on a Danish start screen with its backups, and a backup brings it back', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  // A good encrypted file with one backup, made by the app itself.
  const { app, child } = await startApp(['--demo']);
  const maker = await browser.newContext();
  await signIn(maker, app);
  expect((await maker.request.post(`${app.url}api/backup.create`, { data: {} })).ok()).toBe(true);
  // The day's automatic copy is written in the background after the unlock: wait for it before stopping.
  const automaticCopies = async () => {
    const body = (await (await maker.request.post(`${app.url}api/backup.list`, { data: {} })).json()) as { result: { backups: { kind: string }[] } };
    return body.result.backups.filter((b) => b.kind === 'auto').length;
  };
  await expect.poll(automaticCopies, { timeout: 30_000 }).toBe(1);
  await maker.close();
  await stopApp(child);

  for (const kind of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mentorkorps-e2e-${kind}-`));
    fs.cpSync(app.dir, dir, { recursive: true });
    const dataFile = path.join(dir, 'data.sqlite');
    BREAK[kind](dataFile);
    const foreignBytes = kind === 'foreign' ? fs.readFileSync(dataFile) : null;
    const broken = await startApp([], { passphrase: null, dataFile });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(broken.app.url);
      if (kind === 'corrupt') {
        // Encrypted pages can only be checked once the key is there.
        await page.getByRole('textbox', { name: 'Adgangskode' }).fill(E2E_PASSPHRASE);
        await page.getByRole('button', { name: 'Lås op' }).click();
      }
      await expect(page.getByRole('heading', { name: HEADINGS[kind], level: 1 })).toBeVisible();
      // The day's automatic copy (taken at the first unlock) and the manual one.
      await expect(page.getByRole('button', { name: /^Gendan denne kopi fra/ })).toHaveCount(2);
      await page.screenshot({ path: testInfo.outputPath(`startskaerm-${kind}.png`), fullPage: true });
      if (foreignBytes) expect(fs.readFileSync(dataFile).equals(foreignBytes)).toBe(true);

      await page.getByRole('button', { name: /^Gendan denne kopi fra/ }).first().click();
      await page.getByRole('textbox', { name: 'Adgangskode' }).fill(E2E_PASSPHRASE);
      await page.getByRole('button', { name: 'Gendan kopien' }).click();
      await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();
      // What was in the way is kept beside the file, never overwritten.
      if (kind === 'corrupt') expect(fs.readdirSync(dir).some((n) => n.startsWith('data.sqlite.beskadiget-'))).toBe(true);
      if (foreignBytes) {
        const aside = fs.readdirSync(dir).find((n) => n.startsWith('data.sqlite.før-gendannelse-')) as string;
        expect(fs.readFileSync(path.join(dir, aside)).equals(foreignBytes)).toBe(true);
      }
    } finally {
      await context.close();
      await stopApp(broken.child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(app.dir, { recursive: true, force: true });
});
