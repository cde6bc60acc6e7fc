// Follow-up after close, as a coordinator meets it: a due checkpoint in Opfølgning, recorded in a few
// clicks, moves the figure; and the figure on screen equals the PDF report and the workbook.
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));
const ROW = '6 mdr. efter afslutning';

async function figureRow(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}#/statistik`);
  const table = page.getByRole('table', { name: /^Hvor er de efter afslutning\? Opfølgning i 2026/ });
  await expect(table).toBeVisible();
  return (await table.getByRole('row', { name: new RegExp(`^${ROW}`) }).locator('th, td').allInnerTexts()).map((t) => t.trim());
}

test('a due checkpoint appears in Opfølgning, is recorded, and moves the figure', async ({ page, demoApp }, testInfo) => {
  const before = await figureRow(page, demoApp.url);
  const keyBefore = await page.getByRole('group', { name: `I uddannelse eller arbejde 6 mdr. efter` }).innerText();
  expect(keyBefore).toContain(before[5]);

  await page.goto(`${demoApp.url}#/opfoelgning`);
  const section = page.getByRole('region', { name: 'Opfølgning efter afslutning' });
  const count = section.getByText(/opfølgninger? efter afslutning venter/);
  await expect(count).toBeVisible();
  const waiting = number(await count.innerText());
  expect(waiting).toBeGreaterThan(0);
  const first = section.getByRole('button', { name: /^Registrér status for / }).first();
  const name = (await first.getAttribute('aria-label'))!.replace(/^Registrér status for /, '').replace(/, 6 mdr\.$/, '');
  await first.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'I arbejde' }).check();
  await dialog.getByRole('radio', { name: 'Egen kontakt' }).check();
  const shot = testInfo.outputPath('record.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('record', { path: shot, contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Status for ${name} er gemt.` })).toBeVisible();
  await expect(count).toHaveText(new RegExp(`^${waiting - 1} `));
  await expect(section.getByRole('link', { name })).toHaveCount(0);

  // The same person cannot get a second status for the checkpoint: it has left the list.
  const after = await figureRow(page, demoApp.url);
  expect(after[1]).toBe(before[1]); // n unchanged
  expect(number(after[2])).toBe(number(before[2]) + 1); // one more reached
  expect(number(after[4])).toBe(number(before[4]) + 1); // one more in education or work
});

test('the follow-up figure on screen equals the PDF report and the workbook', async ({ page, demoApp }, testInfo) => {
  const screen = await figureRow(page, demoApp.url);
  expect(screen[0]).toBe(ROW);
  expect(number(screen[1])).toBeGreaterThan(50);
  const shot = testInfo.outputPath('statistics.png');
  await page.getByRole('table', { name: /^Hvor er de efter afslutning/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot });
  await testInfo.attach('statistics', { path: shot, contentType: 'image/png' });

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som Excel (.xlsx)' }).click()]);
  const xlsxPath = testInfo.outputPath('Evaluering-2026.xlsx');
  await xlsxDownload.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const sheet = wb.getWorksheet('Opfølgning efter afslutning')!;
  const row = sheet.getRow(sheet.getColumn(1).values.indexOf(ROW));
  const cells = [1, 2, 3, 4, 5, 6].map((i) => row.getCell(i).value);
  expect(cells.slice(0, 5)).toEqual([ROW, ...screen.slice(1, 5).map(number)]);
  expect(Math.round((cells[5] as number) * 1000) / 10).toBe(number(screen[5]));
  expect(wb.getWorksheet('Opfølgning over årene')).toBeTruthy();

  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Gem evaluering som PDF' }).click()]);
  const pdfPath = testInfo.outputPath('Evaluering-2026.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s');
  expect(text).toContain('Hvor er de efter afslutning? Opfølgning i 2026');
  expect(text).toMatch(new RegExp(screen.map(escape).join('\\s+')));
  expect(text).toContain('I uddannelse eller arbejde 6 mdr. efter afslutning =');
});
