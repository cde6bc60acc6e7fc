// A list of 1,000,000 contacts: every row is reachable (the last one lies far beyond Chromium's
// maximum element height at 46 px a row), by keyboard, by scrolling and by "Gå til række".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { E2E_PASSPHRASE, expect, signIn, startApp, stopApp, test } from './fixtures';

const ROWS = 1_000_000;
let dir = '';
let built = '';
let server: ChildProcess | null = null;

test.describe.configure({ timeout: 120_000 });

// One file for the whole spec (a few seconds to build); each test runs the app on its own copy.
test.beforeAll(() => {
  test.setTimeout(180_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-longlist-'));
  built = path.join(dir, 'built', 'data.sqlite');
  fs.mkdirSync(path.dirname(built));
  execFileSync(process.execPath, ['node_modules/jiti/lib/jiti-cli.mjs', 'tests/helpers/bigContactList.ts', built, String(ROWS), E2E_PASSPHRASE], { stdio: 'inherit' });
});

test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.beforeEach(async ({ page, context }, info) => {
  const own = path.join(dir, `t${info.testId}`, 'data.sqlite');
  fs.mkdirSync(path.dirname(own));
  for (const f of fs.readdirSync(path.dirname(built)).filter((f) => !f.endsWith('.lock'))) fs.copyFileSync(path.join(path.dirname(built), f), path.join(path.dirname(own), f));
  const { app, child } = await startApp([], { dataFile: own });
  server = child;
  await signIn(context, app);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Samtaler' }).click();
  await expect(page.getByText('1.000.000 samtaler')).toBeVisible({ timeout: 30_000 });
});

test.afterEach(async () => {
  if (server) await stopApp(server);
  server = null;
});

/** The data rows wholly on screen inside the scroll box (below its sticky header): index and text. */
function rowsOnScreen(page: Page) {
  return page.getByRole('region', { name: 'Samtaler' }).evaluate((box) => {
    const view = box.getBoundingClientRect();
    // The header cells stick to the top (the thead itself scrolls away with the content).
    const head = box.querySelector('thead th')?.getBoundingClientRect().bottom ?? view.top;
    return [...box.querySelectorAll('tbody tr[aria-rowindex]')]
      .filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.top >= head - 1 && r.bottom <= view.top + box.clientHeight + 1;
      })
      .map((tr) => ({ index: Number(tr.getAttribute('aria-rowindex')), text: tr.textContent ?? '' }));
  });
}

async function expectLastRow(page: Page) {
  await expect(page.getByRole('region', { name: 'Samtaler' }).getByRole('row').last()).toContainText('Sidste Række');
  const shown = await rowsOnScreen(page);
  const last = shown.at(-1);
  // Row 1 is the header, so the millionth contact is row 1,000,001.
  expect(last?.index).toBe(ROWS + 1);
  expect(last?.text).toContain('02.01.2019');
  expect(last?.text).toContain('Sidste Række');
  expect(last?.text).toContain('17');
}

test('End, Home and PageDown reach the last and the first of a million rows', async ({ page }) => {
  const box = page.getByRole('region', { name: 'Samtaler' });
  await expect(page.getByRole('table', { name: 'Samtaler' })).toHaveAttribute('aria-rowcount', String(ROWS + 1));
  await expect(box.getByRole('row').nth(1)).toContainText('Første Række');
  await box.focus();
  await page.keyboard.press('End');
  await expectLastRow(page);
  await page.screenshot({ path: 'test-results/longList-end.png' });

  await page.keyboard.press('Home');
  await expect(box.getByRole('row').nth(1)).toContainText('Første Række');
  const top = await rowsOnScreen(page);
  expect(top[0]).toMatchObject({ index: 2, text: expect.stringContaining('20.11.2026') });

  // PageDown moves a page of rows on, skipping none; ArrowDown one row.
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await rowsOnScreen(page))[0]?.index).toBeGreaterThan(2);
  const next = await rowsOnScreen(page);
  expect(next[0].index).toBeLessThanOrEqual(top.at(-1)!.index + 1);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await rowsOnScreen(page))[0]?.index).toBe(next[0].index + 1);

  // "Gå til række" near the end, then PageDown after PageDown onto the last row, skipping none.
  await page.getByLabel('Gå til række').fill('999.950');
  await page.getByRole('button', { name: 'Gå', exact: true }).click();
  await expect.poll(async () => (await rowsOnScreen(page))[0]?.index).toBe(999_951);
  await box.focus();
  let shown = await rowsOnScreen(page);
  for (let i = 0; i < 10 && shown.at(-1)!.index < ROWS + 1; i++) {
    const before = shown;
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await rowsOnScreen(page)).at(-1)?.index ?? 0).toBeGreaterThan(before.at(-1)!.index);
    shown = await rowsOnScreen(page);
    expect(shown[0].index).toBeLessThanOrEqual(before.at(-1)!.index + 1);
  }
  await expectLastRow(page);
});

test('scrolling to the bottom shows the last row; the wheel moves row by row', async ({ page }) => {
  const box = page.getByRole('region', { name: 'Samtaler' });
  await expect(box.getByRole('row').nth(1)).toContainText('Første Række');
  // As dragging the scrollbar to its end does.
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expectLastRow(page);
  const bottom = await rowsOnScreen(page);

  // The wheel upwards moves the rows by its pixels, not by the scaled ones.
  await box.hover();
  await page.mouse.wheel(0, -46 * 3);
  await expect.poll(async () => (await rowsOnScreen(page)).at(-1)?.index).toBe(bottom.at(-1)!.index - 3);

  // The middle of the scrollbar is the middle of the list.
  await box.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  await expect.poll(async () => Math.abs(((await rowsOnScreen(page))[0]?.index ?? 0) - ROWS / 2)).toBeLessThan(20);
  await expect(box.getByText('Indlæser …')).toHaveCount(0);
});

test('a row number out of range is refused by the field', async ({ page }) => {
  await page.getByLabel('Gå til række').fill('1000001');
  await page.getByRole('button', { name: 'Gå', exact: true }).click();
  await expect(page.getByText('Gå til række skal være et helt tal fra 1 til 1.000.000.')).toBeVisible();
});
