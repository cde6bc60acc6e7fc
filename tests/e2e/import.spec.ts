// The import page end to end on the demo corps: a Windows-1252 CSV of mentors with one bad row, the dry
// run naming that row and column, the corrected file imported, and the same file again changing nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { href } from '../../shared/routes';
import { expect, test } from './fixtures';

const HEADER = 'Navn;Faggruppe;Ansættende kommune;Timer pr. uge;Aktiv fra';
const GOOD = 'Mette Æbeløe;Socialrådgiver;Svendborg;37;01.08.2026';
/** The way older Excel saves CSV: semicolons, CRLF, Windows-1252 (æøå are the same bytes as in Latin-1). */
const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n', 'latin1');

function writeFile(dir: string, rows: string[]): string {
  const file = path.join(dir, 'mentorer.csv');
  fs.writeFileSync(file, csv(rows));
  return file;
}

async function checkFile(page: Page, file: string) {
  await page.getByLabel('Hvad importeres').selectOption({ label: 'Mentorer' });
  await page.getByLabel('Fil (.xlsx eller .csv)').setInputFiles(file);
  await page.getByRole('button', { name: 'Tjek filen' }).click();
  await expect(page.getByRole('heading', { name: '3. Prøvekørsel' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('mentors from a Windows-1252 CSV: dry run, fix, import, and the same file again changes nothing', async ({ page, demoApp }, testInfo) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-import-'));
  try {
    // The mentor list is cached first: the import must make the Mentorer page show the new mentors.
    await page.goto(demoApp.url + href({ name: 'mentors' }));
    await expect(page.getByRole('table', { name: 'Mentorer' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Mentorer' })).not.toContainText('Jørgen Åstrup');
    await page.getByRole('link', { name: 'Import og eksport' }).click();
    await expect(page.getByRole('heading', { name: 'Import og eksport', level: 1 })).toBeVisible();

    // A file of 50 MB or more is refused as soon as it is chosen (a sparse file: no 50 MB written).
    const big = path.join(dir, 'stor.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    await page.getByLabel('Fil (.xlsx eller .csv)').setInputFiles(big);
    await expect(page.getByText('Filen er 50 MB eller større.', { exact: false })).toBeVisible();

    // One bad row: 30 February.
    await checkFile(page, writeFile(dir, [GOOD, 'Jørgen Åstrup;Ergoterapeut;Svendborg;30;30.02.2026']));
    await expect(page.getByText('Genkendt fra overskrifterne').first()).toBeVisible();
    const problems = page.getByRole('table', { name: 'Problemer' }).getByRole('row');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(1).getByRole('cell')).toHaveText(['3', 'Aktiv fra', '30.02.2026', /Aktiv fra/]);
    await expect(page.getByRole('button', { name: 'Importér …' })).toHaveCount(0);
    const problemsFile = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gem problemerne som Excel-ark' }).click();
    expect((await problemsFile).suggestedFilename()).toMatch(/\.xlsx$/);
    const preview = page.getByRole('table', { name: 'Hvad importen vil gøre' });
    await expect(preview).toContainText('Mette Æbeløe');
    await page.getByRole('heading', { name: '3. Prøvekørsel' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('import-dry-run.png'), fullPage: true });

    // A header chosen for two columns is named next to both selects.
    await page.getByLabel('Overskrift for Faggruppe').selectOption({ label: 'Navn' });
    await expect(page.getByText(/«Navn» er også valgt til/)).toHaveCount(2);
    await expect(page.getByLabel('Overskrift for Faggruppe')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Overskrift for Faggruppe').selectOption({ label: 'Faggruppe' });
    await expect(page.getByText(/er også valgt til/)).toHaveCount(0);

    // The corrected file: no problems, two new mentors, imported after confirming.
    const fixed = writeFile(dir, [GOOD, 'Jørgen Åstrup;Ergoterapeut;Svendborg;30;28.02.2026']);
    await checkFile(page, fixed);
    await expect(page.getByText('2 nye, 0 ændres, 0 findes allerede')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Problemer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Importér …' }).click();
    const confirm = page.getByRole('dialog', { name: 'Importér' });
    await expect(confirm).toContainText('Importér 2 nye og opdatér 0 — alt eller intet');
    await confirm.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importeret' })).toContainText('2 nye, 0 opdateret, 0 fandtes allerede');

    await page.getByRole('link', { name: 'Se Mentorer' }).click();
    const mentors = page.getByRole('table', { name: 'Mentorer' });
    await expect(mentors).toContainText('Jørgen Åstrup');
    await expect(mentors).toContainText('Mette Æbeløe');

    // The same file again: everything "findes allerede", nothing to import.
    await page.getByRole('link', { name: 'Import og eksport' }).click();
    await checkFile(page, fixed);
    await expect(page.getByText('0 nye, 0 ændres, 2 findes allerede')).toBeVisible();
    await expect(page.getByText('Husket fra sidste import').first()).toBeVisible();
    await expect(preview.getByRole('row').filter({ hasText: 'Findes allerede' })).toHaveCount(2);
    await expect(page.getByText('Der er intet at importere')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Importér …' })).toHaveCount(0);

    // The template of a kind is a workbook to fill in.
    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent skabelon: Mentorer' }).click();
    expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);
    const full = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér alt (JSON)' }).click();
    expect((await full).suggestedFilename()).toMatch(/\.json$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file larger than one piece is sent in pieces and read whole', async ({ page, demoApp }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-import-'));
  try {
    const pieces: number[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/import.chunk')) pieces.push(JSON.parse(r.postData() ?? '{}').index);
    });
    await page.goto(demoApp.url + href({ name: 'import' }));
    // 5 MB of empty rows between two mentors: the second lies beyond the first 4 MB piece.
    const file = writeFile(dir, [GOOD, ...Array<string>(900_000).fill(';;;;'), 'Jørgen Åstrup;Ergoterapeut;Svendborg;30;28.02.2026']);
    await checkFile(page, file);
    expect(pieces).toEqual([0, 1]);
    await expect(page.getByText('2 nye, 0 ændres, 0 findes allerede')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Hvad importen vil gøre' })).toContainText('Jørgen Åstrup');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a workbook with several sheets: choosing the sheet checks that sheet', async ({ page, demoApp }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-import-'));
  try {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Noter').addRows([['Liste over mentorer, se næste ark']]);
    book.addWorksheet('Mentorer').addRows([HEADER.split(';'), GOOD.split(';')]);
    const file = path.join(dir, 'mentorer.xlsx');
    await book.xlsx.writeFile(file);
    await page.goto(demoApp.url + href({ name: 'import' }));
    await checkFile(page, file);
    const sheet = page.getByLabel('Ark');
    await expect(sheet.getByRole('option')).toHaveText(['Noter', 'Mentorer']);
    // The first sheet is read first; it holds no mentors.
    await expect(sheet).toHaveValue('Noter');
    await expect(page.getByText('0 nye, 0 ændres, 0 findes allerede')).toBeVisible();
    await sheet.selectOption('Mentorer');
    await expect(page.getByText('1 nye, 0 ændres, 0 findes allerede')).toBeVisible();
    await expect(page.getByLabel('Overskrift for Navn')).toHaveValue('0');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
