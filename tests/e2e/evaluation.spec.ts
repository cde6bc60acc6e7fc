// The coordinator's statistics on the demo corps: dashboard, table view, filters, and the annual
// evaluation exported as PDF and workbook, read back and compared with each other and the screen.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace(/[^\d.-]/g, ''));

async function figure(page: Page, label: string): Promise<string> {
  return (await page.getByRole('group', { name: label }).locator('strong').innerText()).trim();
}

test('the dashboard, its table view and the evaluation as PDF and workbook show the same figures', async ({ page, demoApp }, testInfo) => {
  await page.goto(`${demoApp.url}#/statistik`);
  await expect(page.getByRole('heading', { name: 'Statistik og evaluering' })).toBeVisible();
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2026');
  const contacts = await figure(page, 'Samtaler i alt');
  const persons = await figure(page, 'Unikke personer');
  const reach = await figure(page, 'Rækkevidde');
  expect(number(contacts)).toBeGreaterThan(1000);
  expect(number(persons)).toBeGreaterThan(300);

  // Every chart has a text alternative; the contacts-by-type chart as a table adds up to the total.
  const card = page.getByRole('region', { name: 'Samtaler efter type', exact: true });
  await expect(card.getByRole('img')).toHaveAttribute('aria-label', /^Samtaler efter type: Afklarende samtale, samtaler [\d.]+;/);
  await card.getByRole('button', { name: 'Vis som tabel: Samtaler efter type' }).click();
  const table = card.getByRole('table', { name: 'Samtaler efter type' });
  await expect(table).toBeVisible();
  const cells = await table.locator('tbody td').allInnerTexts();
  expect(cells.reduce((s, c) => s + number(c), 0)).toBe(number(contacts));
  await expect(table.locator('tfoot')).toContainText(contacts);

  // Persons by municipality add up to the persons reached.
  const municipalities = page.getByRole('region', { name: 'Personer nået og rækkevidde pr. kommune', exact: true });
  await municipalities.getByRole('button', { name: /^Vis som tabel/ }).click();
  const muniRows = municipalities.getByRole('table').locator('tbody tr');
  await expect(muniRows).toHaveCount(10);
  const personsByMunicipality = await muniRows.locator('td:nth-child(3)').allInnerTexts();
  expect(personsByMunicipality.reduce((s, c) => s + number(c), 0)).toBe(number(persons));
  const odensePersons = await municipalities.getByRole('row', { name: /^Odense/ }).locator('td:nth-child(3)').innerText();

  const shot = testInfo.outputPath('dashboard.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('dashboard', { path: shot, contentType: 'image/png' });

  // The workbook: numbers as numbers, equal to the screen.
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som Excel (.xlsx)' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toBe('Evaluering-2026.xlsx');
  const xlsxPath = testInfo.outputPath('Evaluering-2026.xlsx');
  await xlsxDownload.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const key = wb.getWorksheet('Nøgletal')!;
  const keyValue = (label: string) => key.getRow(key.getColumn(1).values.indexOf(label)).getCell(2).value;
  expect(keyValue('Samtaler i alt')).toBe(number(contacts));
  expect(keyValue('Unikke personer')).toBe(number(persons));
  expect(Math.round((keyValue('Rækkevidde (personer ÷ elever)') as number) * 1000) / 10).toBe(number(reach));
  const muniSheet = wb.getWorksheet('Personer pr. kommune')!;
  const totalRow = muniSheet.getRow(muniSheet.getColumn(1).values.indexOf('I alt'));
  expect(totalRow.getCell(3).value).toBe(number(persons));
  await expect(page.getByRole('status').filter({ hasText: 'Evaluering-2026.xlsx' })).toBeVisible();

  // The PDF: printed by the backend from the report route, read back with pdftotext.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Gem evaluering som PDF' }).click()]);
  expect(pdfDownload.suggestedFilename()).toBe('Evaluering-2026.pdf');
  const pdfPath = testInfo.outputPath('Evaluering-2026.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Evaluering 2026');
  expect(text).toMatch(new RegExp(`Samtaler i alt\\s+${contacts.replace('.', '\\.')}\\n`));
  expect(text).toMatch(new RegExp(`Unikke personer\\s+${persons.replace('.', '\\.')}\\n`));
  expect(text).toMatch(new RegExp(`Rækkevidde \\(personer ÷ elever\\)\\s+${reach.replace(',', ',').replace(' ', '\\s')}`));
  expect(text).toContain('Spørgeskema 2026: 210 besvarelser af 470 inviterede');
  // The months × types table is whole on the page: its "I alt" column is not cut at the edge.
  expect(text).toMatch(new RegExp(`I alt(\\s+[\\d.]+){6,}\\s+${contacts.replace('.', '\\.')}\\n`));

  // A municipality filter narrows the dashboard to that municipality's persons.
  await page.getByRole('combobox', { name: 'Kommune', exact: true }).selectOption({ label: 'Odense' });
  await expect(page.getByText('Viser 2026 for Odense.')).toBeVisible();
  expect(await figure(page, 'Unikke personer')).toBe(odensePersons);
  // The survey is not broken down by municipality, and the key figure says so.
  await expect(page.getByRole('group', { name: 'Andel enige (spørgeskema)' })).toContainText('hele korpset, filtrene gælder ikke');

  // A chart's own CSV under the filter says so in its file name and title line.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gem som CSV: Samtaler efter type' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('Statistik-2026-Odense-samtaler_type.csv');
  const csvPath = testInfo.outputPath('samtaler_type.csv');
  await csvDownload.saveAs(csvPath);
  const csvLines = fs.readFileSync(csvPath, 'utf8').split('\r\n');
  expect(csvLines.slice(0, 3)).toEqual(['\uFEFFSamtaler efter type – 2026 – filter: Odense', '', 'Type;Samtaler']);
});

test('the survey form for a newly chosen year never shows the survey of the year before', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/spoergeskema`);
  await expect(page.getByLabel('Inviterede')).toHaveValue('470');
  await expect(page.getByRole('button', { name: 'Slet', exact: true })).toBeVisible();

  // Hold the answer for 2025 until the page has been looked at mid-load.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/survey.get', async (route) => {
    if (route.request().postDataJSON()?.year === 2025) await held;
    await route.continue();
  });
  await page.getByLabel('År', { exact: true }).selectOption('2025');
  await expect(page.getByLabel('Inviterede')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slet', exact: true })).toHaveCount(0);
  release();

  await expect(page.getByLabel('Inviterede')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Gem spørgeskema' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slet', exact: true })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Gemte resultater/ })).toHaveCount(0);
});

test('the survey is entered as counts, and impossible counts are refused next to the field', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/spoergeskema`);
  await expect(page.getByRole('heading', { name: 'Spørgeskema' })).toBeVisible();
  await expect(page.getByLabel('Inviterede')).toHaveValue('470');
  await page.getByLabel('Besvarelser').fill('500');
  await page.getByRole('button', { name: 'Gem spørgeskema' }).click();
  await expect(page.getByText('Besvarelser (500) må ikke overstige inviterede (470).').first()).toBeVisible();
  await expect(page.getByLabel('Besvarelser')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Besvarelser').fill('210');
  await page.getByLabel('Spørgsmål 1: Uenig').fill('-3');
  await page.getByRole('button', { name: 'Gem spørgeskema' }).click();
  await expect(page.getByLabel('Spørgsmål 1: Uenig')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Antal "Uenig" skal være mindst 0.').first()).toBeVisible();

  await page.getByLabel('Spørgsmål 1: Uenig').fill('17');
  await page.getByLabel('Spørgsmål 1: Enig').fill('150');
  await page.getByLabel('Spørgsmål 1: Delvis enig').fill('29');
  await page.getByRole('button', { name: 'Gem spørgeskema' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Spørgeskemaet for 2026 er gemt' })).toBeVisible();
  await expect(page.getByRole('row', { name: /betydning for, at jeg er blevet i uddannelsen/ })).toContainText('71,4 %');

  await page.goto(`${page.url().split('#')[0]}#/statistik`);
  await expect(page.getByRole('group', { name: 'Andel enige (spørgeskema)' })).toContainText('71,4 %');
});

test('a corps without data gets a clear empty state on screen and in the report', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await page.getByLabel('Korpsets navn').fill('Nyt Mentorkorps');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  await page.getByRole('link', { name: 'Statistik' }).click();
  await expect(page.getByRole('heading', { name: 'Ingen data for 2026' })).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(0);
  await expect(page.getByLabel('År', { exact: true }).locator('option')).toHaveText(['2026']);

  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Gem evaluering som PDF' }).click()]);
  const pdfPath = testInfo.outputPath('tom.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Der er ikke registreret samtaler, afsluttede forløb eller henvisninger i 2026.');
  expect(text).toMatch(/Samtaler i alt\s+0\n/);

  // A refused export says which file could not be made, and the buttons work again.
  await page.route('**/api/evaluation.exportXlsx', (route) => route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'Disken er fuld.' } } }));
  await page.getByRole('button', { name: 'Gem som Excel (.xlsx)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Excel-projektmappe kunne ikke dannes: Disken er fuld.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gem som Excel (.xlsx)' })).toBeEnabled();
});

test('student counts per phase typed into the key give reach by phase in the statistics', async ({ page, demoApp }, testInfo) => {
  await page.goto(`${demoApp.url}#/statistik`);
  await expect(page.getByText('Viser hele 2026. Periode: 01.01.2026–23.11.2026.')).toBeVisible();
  const before = page.getByRole('region', { name: 'Personer efter fase ved start', exact: true });
  await expect(before).toContainText('Årets fordelingsnøgle har ingen elevtal pr. fase, så tabellen viser personer efter fase uden rækkevidde.');

  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await page.getByRole('button', { name: 'Ret grundlag' }).click();
  const form = page.getByRole('dialog', { name: 'Ret fordelingsnøgle 2026, version 1' });
  await form.getByText('Elevtal pr. fase (valgfrit').click();
  // Odense has 548 students in all: a larger phase count is refused next to the field.
  await form.getByLabel('Grundforløb for Odense').fill('600');
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(form.getByText('Elevtal for grundforløb (600) må ikke være større end kommunens elevtal i alt (548).')).toBeVisible();
  await form.getByLabel('Grundforløb for Odense').fill('200');
  await form.getByLabel('Skoleperiode for Odense').fill('150');
  await form.getByRole('group', { name: /Elevtal pr\. fase/ }).or(form.locator('details')).screenshot({ path: testInfo.outputPath('phase-form.png') });
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('link', { name: 'Statistik' }).click();
  const card = page.getByRole('region', { name: 'Personer og rækkevidde efter fase ved start', exact: true });
  await card.screenshot({ path: testInfo.outputPath('phase-chart.png') });
  await card.getByRole('button', { name: /^Vis som tabel/ }).click();
  const row = card.getByRole('row', { name: /^Grundforløb/ });
  const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
  const fromOdense = number(cells[1]);
  expect(fromOdense).toBeGreaterThan(0);
  expect(cells[2]).toBe('200');
  // The reach is persons from Odense in grundforløb ÷ 200, as a Danish percentage with one decimal.
  expect(number(cells[3])).toBeCloseTo(Math.round((fromOdense / 200) * 1000) / 10, 5);
  await expect(card.getByRole('row', { name: /^Skoleperiode/ }).locator('td').nth(2)).toHaveText('150');
  const shot = testInfo.outputPath('phase-reach.png');
  await card.screenshot({ path: shot });
  await testInfo.attach('phase-reach', { path: shot, contentType: 'image/png' });

  // The printed evaluation says which period it covers and shows the same reach by phase.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Gem evaluering som PDF' }).click()]);
  const pdfPath = testInfo.outputPath('Evaluering-2026.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Periode: 01.01.2026–23.11.2026. Dannet 23.11.2026.');
  expect(text).toContain('Personer og rækkevidde efter fase ved start');
  expect(text).toMatch(new RegExp(`Grundforløb\\s+${cells[0]}\\s+${cells[1]}\\s+200\\s+${cells[3].replace(/\s/g, '\\s')}`));
});

test('the survey form shows every field and cross-field error at the first submit', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/spoergeskema`);
  await expect(page.getByLabel('Inviterede')).toHaveValue('470');
  await page.getByLabel('Besvarelser').fill('500');
  await page.getByLabel('Spørgsmål 1: tekst').fill('');
  await page.getByLabel('Spørgsmål 2: Enig').fill('480');
  await page.getByLabel('Spørgsmål 3: Uenig').fill('-3');
  await page.getByRole('button', { name: 'Gem spørgeskema' }).click();
  // One submit: the empty text, the negative count, and both comparisons, each next to its field.
  await expect(page.getByLabel('Spørgsmål 1: tekst')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Spørgsmål skal udfyldes.')).toBeVisible();
  await expect(page.getByLabel('Spørgsmål 3: Uenig')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Besvarelser (500) må ikke overstige inviterede (470).')).toBeVisible();
  await expect(page.getByLabel('Besvarelser')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('group', { name: 'Spørgsmål 2' }).getByRole('alert')).toHaveText(/^Svarene på spørgsmål 2 \(i alt [\d.]+\) må ikke overstige antal besvarelser \(500\)\.$/);
  // Nothing was sent: the stored survey is unchanged.
  await page.reload();
  await expect(page.getByLabel('Besvarelser')).toHaveValue('210');
});
