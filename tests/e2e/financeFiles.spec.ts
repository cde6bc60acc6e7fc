import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

test('an issued version offers the debtor file and the Peppol invoices; the Excel file has a row per instalment', async ({ page, demoApp }, testInfo) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('dialog', { name: 'Udsted opkrævninger for 2026' }).getByRole('button', { name: 'Udsted og lås version 1' }).click();
  const finance = page.getByRole('region', { name: 'Filer til økonomisystemet for opkrævningerne' });
  await expect(finance.getByRole('button', { name: 'Peppol-fakturaer (XML)' })).toBeVisible();
  await expect(finance).toContainText('programmet sender ikke selv noget');

  const download = page.waitForEvent('download');
  await finance.getByRole('button', { name: 'Debitorfil (Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Debitorfil-Opkraevninger-2026-v1.xlsx');
  await expect(finance.getByRole('status')).toHaveText('Debitorfil-Opkraevninger-2026-v1.xlsx er hentet til overførsler.');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await file.path()) as unknown as ArrayBuffer);
  // Ten municipalities, four instalments each, below the header.
  expect(wb.getWorksheet('Debitorer')!.rowCount).toBe(1 + 10 * 4);
  await finance.screenshot({ path: testInfo.outputPath('til-oekonomiafdelingen.png') });
});
