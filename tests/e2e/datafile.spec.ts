// The data file and who may reach it, with real processes and a real browser: one process per
// file, nothing readable from the loopback port without the passphrase.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { E2E_PASSPHRASE, E2E_TODAY, expect, test } from './fixtures';

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
