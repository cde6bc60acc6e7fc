// The full JSON export restored through the UI (#12): exported from the demo app, then brought into a second app on a
// fresh data file from the welcome screen (before setup). The courses list and the statistics' key figures are the same.
// The import page of a corps with data explains why it cannot restore there.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { href } from '../../shared/routes';
import { expect, signIn, startApp, stopApp, test } from './fixtures';

async function coursesList(page: Page, url: string): Promise<{ count: string; firstRows: string }> {
  await page.goto(url + href({ name: 'courses' }));
  const count = page.getByText(/^[\d.]+ forløb$/);
  await expect(count).toBeVisible();
  const table = page.getByRole('table', { name: 'Forløb' });
  await expect(table.getByRole('row').nth(3)).toBeVisible();
  const rows = await table.getByRole('row').evaluateAll((els) => els.slice(0, 6).map((e) => (e as HTMLElement).innerText).join('\n'));
  return { count: await count.innerText(), firstRows: rows };
}

async function keyFigures(page: Page, url: string): Promise<string> {
  await page.goto(url + href({ name: 'statistics' }));
  const figures = page.getByRole('region', { name: 'Nøgletal', exact: true });
  await expect(figures).toBeVisible();
  await expect(page.getByText(/^Indlæser/)).toHaveCount(0);
  return figures.innerText();
}

test('a full JSON export from the demo app is restored on the welcome screen of a new data file', async ({ page, demoApp, browser }, testInfo) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-restore-'));
  const { app: second, child } = await startApp([]);
  try {
    const courses = await coursesList(page, demoApp.url);
    const figures = await keyFigures(page, demoApp.url);

    // The corps has data: the import page says why it cannot restore here, and the button is off.
    await page.goto(demoApp.url + href({ name: 'import' }));
    const section = page.getByRole('region', { name: 'Indlæs en fuld eksport' });
    await expect(section.getByText(/^Fuld indlæsning kræver et tomt korps/)).toBeVisible();
    await expect(section.getByRole('button', { name: 'Indlæs eksporten' })).toBeDisabled();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér alt (JSON)' }).click();
    const file = path.join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);

    // A second app on a fresh file, in its own browser context (its own session cookie).
    const context = await browser.newContext();
    await signIn(context, second);
    const other = await context.newPage();
    await other.goto(second.url);
    await expect(other.getByRole('heading', { name: 'Velkommen til Mentorkorps' })).toBeVisible();
    const choice = other.getByRole('form', { name: 'Indlæs en fuld eksport' });
    await choice.getByLabel('Eksportfil (.json)').setInputFiles(file);
    await other.screenshot({ path: testInfo.outputPath('welcome-restore.png'), fullPage: true });
    await choice.getByRole('button', { name: 'Indlæs eksporten' }).click();
    await expect(other.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible({ timeout: 30_000 });

    expect(await coursesList(other, second.url)).toEqual(courses);
    expect(await keyFigures(other, second.url)).toBe(figures);
    await expect(other.getByText('Fælles Fynsk Mentorkorps (demo)').first()).toBeVisible();
    await context.close();
  } finally {
    await stopApp(child);
    fs.rmSync(second.dir, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is no export is refused on the import page of an empty corps, naming the problem', async ({ page, app }, testInfo) => {
  await page.request.post(`${app.url}api/setup.startEmpty`, { data: { corpsName: 'Tomt korps' } });
  await page.goto(app.url + href({ name: 'import' }));
  const section = page.getByRole('region', { name: 'Indlæs en fuld eksport' });
  await section.getByLabel('Eksportfil (.json)').setInputFiles({ name: 'noget.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"andet"}') });
  await section.getByRole('button', { name: 'Indlæs eksporten' }).click();
  await expect(section.getByText(/Filen er ikke en fuld eksport fra Mentorkorps.*Intet er indlæst/)).toBeVisible();
  await section.screenshot({ path: testInfo.outputPath('import-restore-refused.png') });
});
