import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** "1.234.567,89 kr." -> 123456789 øre */
function oere(text: string): number {
  const t = text.replace(/[^\d,-]/g, '');
  const [kr, ore = '0'] = t.split(',');
  return Number(kr) * 100 + Math.sign(Number(kr) || 1) * Number(ore.padEnd(2, '0'));
}

/** The text of a PDF, as pdftotext reads it. */
function pdfText(bytes: Uint8Array | undefined): string {
  if (!bytes) throw new Error('PDF-filen mangler i ZIP-filen');
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' });
}

interface ScreenRow {
  name: string;
  code: number;
  students: number;
  share: string;
  amount: string;
}

async function readKey(table: Locator): Promise<{ rows: ScreenRow[]; total: string }> {
  const rows: ScreenRow[] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    rows.push({ name: cells[0], code: Number(cells[1]), students: Number(cells[2].replace(/\./g, '')), share: cells[5], amount: cells[6] });
  }
  const footer = (await table.locator('tfoot td').allTextContents()).map((c) => c.trim());
  return { rows, total: footer[footer.length - 2] };
}

async function openBilling(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await expect(page.getByRole('heading', { name: 'Fordelingsnøgle', level: 1 })).toBeVisible();
}

test('from student counts to ten issued, corrected and exported statements', async ({ page, demoApp }, testInfo) => {
  test.setTimeout(120_000);
  await openBilling(page, demoApp.url);

  // The demo year: the key adds up to the budget exactly.
  const v1 = page.getByRole('table', { name: 'Fordelingsnøgle 2026, version 1' });
  await expect(v1.locator('tbody tr')).toHaveCount(10);
  const first = await readKey(v1);
  expect(first.rows).toHaveLength(10);
  expect(first.total).toBe('2.020.000,00 kr.');
  expect(first.rows.reduce((s, r) => s + oere(r.amount), 0)).toBe(oere(first.total));

  // Bad input in the draft is refused next to the field, and nothing is saved.
  await page.getByRole('button', { name: 'Ret grundlag' }).click();
  let form = page.getByRole('dialog', { name: 'Ret fordelingsnøgle 2026, version 1' });
  await form.getByLabel('Elevtal for Odense').fill('-5');
  await form.getByLabel('Forfaldsdato, rate 2').fill('01.04.2025');
  await form.getByLabel('Beløb, linje 2').fill('-100');
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(form.getByText('Elevtal må ikke være negativt.')).toBeVisible();
  await expect(form.getByLabel('Elevtal for Odense')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Forfaldsdato for rate 2 skal ligge i 2026.')).toBeVisible();
  await expect(form.getByText('Beløb må ikke være negativt.')).toBeVisible();
  await form.getByRole('button', { name: 'Annuller' }).click();
  // The form was changed: closing asks first (#14).
  await form.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(form).toBeHidden();
  expect((await readKey(v1)).rows).toEqual(first.rows);

  // Issue: the key locks.
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('dialog', { name: 'Udsted opkrævninger for 2026' }).getByRole('button', { name: 'Udsted og lås version 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Opkrævningerne for 2026 er udstedt; version 1 er låst.');
  await expect(page.getByText('Udstedt 23.11.2026 – låst.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ret grundlag' })).toHaveCount(0);

  // Correct one count: a new version with a reason.
  await page.getByRole('button', { name: 'Ny version (rettelse)' }).click();
  const reasonDialog = page.getByRole('dialog', { name: 'Ny version af 2026' });
  await reasonDialog.getByRole('button', { name: 'Opret version 2' }).click();
  await expect(reasonDialog.getByText('Årsag til ny version skal udfyldes.')).toBeVisible();
  await reasonDialog.getByLabel('Årsag til ny version').fill('Rettet elevtal for Ærø efter ny elevliste');
  await reasonDialog.getByRole('button', { name: 'Opret version 2' }).click();
  form = page.getByRole('dialog', { name: 'Ret fordelingsnøgle 2026, version 2' });
  await form.getByLabel('Elevtal for Ærø').fill('30');
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('button', { name: 'Udsted og lås version 2' }).click();
  const versions = page.getByRole('navigation', { name: 'Versioner' });
  await expect(versions.getByRole('link')).toHaveText([
    'Version 1 (udstedt 23.11.2026)',
    'Version 2 (udstedt 23.11.2026: Rettet elevtal for Ærø efter ny elevliste)',
  ]);
  const v2 = page.getByRole('table', { name: 'Fordelingsnøgle 2026, version 2' });
  await expect(v2.getByRole('row', { name: /Ærø/ })).toContainText('30');
  const key = await readKey(v2);
  expect(key.rows.find((r) => r.name === 'Ærø')?.students).toBe(30);
  expect(key.total).toBe('2.020.000,00 kr.');
  expect(key.rows.reduce((s, r) => s + oere(r.amount), 0)).toBe(oere(key.total));
  await page.screenshot({ path: testInfo.outputPath('fordelingsnoegle.png'), fullPage: true });

  // A job the backend has forgotten (as after a restart): the message shows and the button works again.
  const pdfSection = page.getByRole('region', { name: 'Opkrævninger som PDF' });
  const saveAll = pdfSection.getByRole('button', { name: 'Gem alle opkrævninger som PDF' });
  await expect(pdfSection.getByRole('textbox')).toHaveCount(0);
  await expect(pdfSection.getByText('Alle PDF-filer samles i én ZIP-fil, som browseren henter.')).toBeVisible();
  await page.route('**/api/billing.pdfJob', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'NOT_FOUND', message: 'PDF-kørslen findes ikke (programmet er måske genstartet).' } } }),
  );
  await saveAll.click();
  await expect(pdfSection.getByText('PDF-kørslen findes ikke (programmet er måske genstartet).')).toBeVisible();
  await expect(saveAll).toBeEnabled();
  await expect(pdfSection.getByRole('status')).toHaveCount(0);
  await page.unroute('**/api/billing.pdfJob');

  // All ten statements in one ZIP download, with progress on the way; each PDF read back with pdftotext.
  const zipDownload = page.waitForEvent('download', { timeout: 90_000 });
  await saveAll.click();
  await expect(pdfSection.getByRole('status')).toContainText(/Gemmer \d+ af 10/);
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe('Opkraevninger-2026-v2.zip');
  await expect(pdfSection.getByRole('status')).toHaveText('10 PDF-filer (opkrævninger) er samlet i Opkraevninger-2026-v2.zip og hentet til overførsler.');
  const entries = unzipSync(new Uint8Array(fs.readFileSync(await zip.path())));
  const files = Object.keys(entries).sort();
  expect(files).toHaveLength(10);
  expect(files).toContain('Opkraevning-2026-v2-461-Odense.pdf');
  expect(files).toContain('Opkraevning-2026-v2-492-Aeroe.pdf');
  for (const row of key.rows) {
    const file = files.find((f) => f.includes(`-v2-${row.code}-`));
    expect(file, row.name).toBeTruthy();
    const text = pdfText(entries[file as string]);
    expect(text).toContain(`${row.name} Kommune`);
    expect(text).toContain(`andel for 2026: ${row.amount}`);
    expect(text).toContain('2.020.000,00 kr.');
    expect(text).toContain('Fordelingsnøgle 2026, version 2');
    expect(text).toContain('erstatter version 1');
  }

  // The key as .xlsx: every figure equals the screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent som Excel (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toBe('Fordelingsnoegle-2026-v2.xlsx');
  const xlsxPath = testInfo.outputPath('noegle.xlsx');
  await download.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const sheet = wb.getWorksheet('Fordelingsnøgle');
  if (!sheet) throw new Error('Arket Fordelingsnøgle mangler');
  const byName = new Map<string, ExcelJS.Row>();
  sheet.eachRow((r) => byName.set(String(r.getCell(1).value), r));
  for (const row of key.rows) {
    const x = byName.get(row.name);
    expect(x, row.name).toBeTruthy();
    expect(x?.getCell(2).value).toBe(row.code);
    expect(x?.getCell(3).value).toBe(row.students);
    expect(Math.round((x?.getCell(6).value as number) * 10_000)).toBe(oere(row.share));
    expect(Math.round((x?.getCell(7).value as number) * 100)).toBe(oere(row.amount));
  }
  expect(Math.round((byName.get('I alt')?.getCell(7).value as number) * 100)).toBe(202_000_000);

  // And as CSV for Excel.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent som CSV' }).click()]);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFKommune;Kommunekode;Elevtal')).toBe(true);
  const odense = key.rows.find((r) => r.name === 'Odense') as ScreenRow;
  expect(csv).toContain(`\r\nOdense;461;548;05.09.2025;Elevliste fra SOSU Fyn pr. 5. september;${odense.share.replace(' %', '').replace('.', '')};${odense.amount.replace(' kr.', '').replace(/\./g, '')}`);

  // Year-end settlement, and its statements in one batch.
  await page.getByRole('button', { name: 'Efterregulering' }).click();
  const settle = page.getByRole('dialog', { name: 'Efterregulering 2026' });
  await settle.getByLabel('Faktisk udgift (kr.)').fill('1.950.000,00');
  await settle.getByLabel('Forfaldsdato for efterreguleringen').fill('01.03.2027');
  await settle.getByRole('button', { name: 'Beregn efterregulering' }).click();
  const settlementTable = page.getByRole('table', { name: 'Efterregulering 2026' });
  await expect(settlementTable.locator('tfoot')).toContainText('1.950.000,00 kr.');
  // #11: settled against what was actually paid; nothing is registered as paid here, so all of the actual cost is to pay.
  await expect(settlementTable.locator('tfoot')).toContainText('2.020.000,00 kr.');
  await expect(settlementTable.locator('tfoot')).not.toContainText('-70.000,00 kr.');
  const settlementSection = page.getByRole('region', { name: 'Efterregulering' });
  // From the keyboard this time.
  const settlementZip = page.waitForEvent('download', { timeout: 90_000 });
  await settlementSection.getByRole('button', { name: 'Gem alle efterreguleringer som PDF' }).focus();
  await page.keyboard.press('Enter');
  expect((await settlementZip).suggestedFilename()).toBe('Efterreguleringer-2026-v2.zip');
  await expect(settlementSection.getByRole('status')).toContainText('10 PDF-filer (efterreguleringer) er samlet i Efterreguleringer-2026-v2.zip');
  // The browser may hold back a download that no click started; the coordinator can fetch it again.
  const [again] = await Promise.all([page.waitForEvent('download'), settlementSection.getByRole('button', { name: 'Hent ZIP-filen igen' }).click()]);
  expect(again.suggestedFilename()).toBe('Efterreguleringer-2026-v2.zip');
  const settled = unzipSync(new Uint8Array(fs.readFileSync(await again.path())));
  expect(Object.keys(settled)).toHaveLength(10);
  const odenseSettlement = pdfText(settled['Efterregulering-2026-v2-461-Odense.pdf']);
  expect(odenseSettlement).toContain('Til betaling');
  expect(odenseSettlement).toContain('Betales senest 01.03.2027');
  expect(odenseSettlement).toContain('1.950.000,00 kr.');
});

test('a new year from an empty corps: bad input is refused, the preview prints', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Korpsets navn').fill('Testkorpset');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  await page.getByRole('link', { name: 'Kommuner' }).click();
  await page.getByRole('button', { name: 'Tilføj de ti fynske kommuner' }).click();
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await expect(page.getByText('Der er ingen fordelingsnøgle endnu.')).toBeVisible();

  await page.getByRole('button', { name: 'Nyt år' }).click();
  const form = page.getByRole('dialog', { name: 'Ny fordelingsnøgle' });
  await expect(form.getByLabel('År')).toHaveValue('2026');
  // The default due dates follow the year until the coordinator changes one of them.
  const due = (n: number) => form.getByLabel(`Forfaldsdato, rate ${n}`);
  await expect(due(1)).toHaveValue('01.01.2026');
  await form.getByLabel('År').fill('2027');
  await expect(due(1)).toHaveValue('01.01.2027');
  await expect(due(4)).toHaveValue('01.10.2027');
  await form.getByLabel('År').fill('2026');
  await expect(due(4)).toHaveValue('01.10.2026');
  await due(2).fill('15.04.2026');
  await form.getByLabel('År').fill('2027');
  await expect(due(1)).toHaveValue('01.01.2026');
  await expect(due(2)).toHaveValue('15.04.2026');
  await form.getByLabel('År').fill('2026');
  await due(2).fill('01.04.2026');
  await form.getByLabel('Fælles tælledato').fill('05.09.2025');
  await form.getByLabel('Fælles kilde').fill('SOSU Fyn');
  await form.getByRole('button', { name: 'Brug for alle kommuner' }).click();
  for (const name of ['Assens', 'Faaborg-Midtfyn', 'Kerteminde', 'Langeland', 'Middelfart', 'Nordfyns', 'Nyborg', 'Odense', 'Svendborg', 'Ærø']) {
    await form.getByLabel(`Elevtal for ${name}`).fill('0');
  }
  await form.getByLabel('Beløb, linje 1').fill('1.000.000,00');
  await form.getByRole('textbox', { name: 'Betalingsmodtager', exact: true }).fill('Odense Kommune');
  await form.getByLabel('Betalingsmodtagers EAN-nummer').fill('5798000004611');
  await form.getByLabel('Betalingsmodtagers CVR-nummer').fill('35209116');
  await form.getByLabel('Betalingsmodtagers adresse').fill('Flakhaven 2, 5000 Odense C');
  await form.getByLabel('Reg.nr.').fill('1234');
  await form.getByLabel('Kontonummer').fill('12345678');
  await form.getByLabel('Kontaktperson').fill('Hanne Lund');
  await form.getByRole('button', { name: 'Opret fordelingsnøgle' }).click();
  await expect(form.getByText('Elevtal kan ikke være 0 for alle kommuner')).toBeVisible();
  await expect(form.getByText('Betalingsmodtagers EAN-nummer skal være 13 cifre med korrekt kontrolciffer.')).toBeVisible();
  await expect(form.getByText('Betalingsmodtagers CVR-nummer skal være 8 cifre med korrekt kontrolciffer.')).toBeVisible();

  await form.getByLabel('Betalingsmodtagers EAN-nummer').fill('5798000004610');
  await form.getByLabel('Betalingsmodtagers CVR-nummer').fill('35 20 91 15');
  await form.getByLabel('Elevtal for Odense').fill('2');
  await form.getByLabel('Elevtal for Ærø').fill('1');
  await form.getByLabel('Nyborg deltager').uncheck();
  await form.getByRole('button', { name: 'Opret fordelingsnøgle' }).click();
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Fordelingsnøgle 2026, version 1' });
  await expect(table.locator('tbody tr')).toHaveCount(9);
  const key = await readKey(table);
  // 1.000.000 kr. by 2:1 - the odd øre goes to the larger remainder (Odense).
  expect(key.rows.find((r) => r.name === 'Odense')?.amount).toBe('666.666,67 kr.');
  expect(key.rows.find((r) => r.name === 'Ærø')?.amount).toBe('333.333,33 kr.');
  expect(key.rows.find((r) => r.name === 'Assens')?.amount).toBe('0,00 kr.');

  // Preview a statement: the draft says so, and printing is one click.
  await page.getByRole('link', { name: 'Vis opkrævning til Odense' }).click();
  const sheet = page.getByRole('article', { name: 'Opkrævning til Odense' });
  await expect(sheet).toContainText('KLADDE – ikke udstedt');
  await expect(sheet).toContainText('Odense Kommunes andel for 2026: 666.666,67 kr.');
  // The page tells the PDF printer which route it has drawn (the one in the address, nothing older).
  const shown = new URL(page.url()).hash.slice(1);
  expect(shown).toMatch(/^\/print\/opkraevning\?id=\d+&kommune=\d+$/);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', shown);
  await expect(page.locator('body')).not.toHaveAttribute('data-print-error');
  await page.getByRole('button', { name: '← Tilbage til fordelingsnøglen' }).click();
  await expect(page.getByRole('table', { name: 'Fordelingsnøgle 2026, version 1' })).toBeVisible();
});
