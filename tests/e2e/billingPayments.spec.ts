// Payments received and the settlement against them (#11): record a payment, see outstanding and
// overdue change, settle, issue the settlement, and print it with what was paid and its due date.
import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** The first amount in a cell: "1.234.567,89 kr. (rate 2 forfalden)" -> 123456789 øre */
const oere = (text: string) => Number((/-?[\d.]+,\d\d/.exec(text)?.[0] ?? 'x').replace(/\./g, '').replace(',', ''));
const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map((c) => c.trim());

test('payments, overdue, settlement against what was paid, issued and printed', async ({ page, demoApp }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await expect(page.getByText('Der er ikke udstedt opkrævninger for 2026 endnu.')).toBeVisible();
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('dialog', { name: 'Udsted opkrævninger for 2026' }).getByRole('button', { name: /^Udsted og lås version 1/ }).click();

  // Today is 23.11.2026: all four instalments are due, nothing is paid, so everything billed is overdue.
  const overview = page.getByRole('table', { name: 'Indbetalinger pr. kommune 2026' });
  const aeroe = overview.getByRole('row', { name: /^Ærø/ });
  // The overview appears once the issue has been answered; the cells are read only then.
  await expect(aeroe).toContainText('forfald');
  const before = await cells(aeroe);
  const billed = oere(before[1]);
  expect(billed).toBeGreaterThan(0);
  expect(before[2]).toBe('0,00 kr.');
  expect(oere(before[4])).toBe(billed);
  await expect(aeroe).toContainText('rate 1, 2, 3 og 4 forfaldne');

  // Record a payment from the keyboard; an absurd amount is refused next to the field first.
  await page.getByRole('button', { name: 'Registrér indbetaling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrér indbetaling for 2026' });
  await expect(dialog.getByLabel('Kommune')).toBeFocused();
  await dialog.getByLabel('Kommune').selectOption({ label: 'Ærø' });
  await page.keyboard.press('Tab');
  await page.keyboard.type('20.01.2026');
  await dialog.getByLabel('Beløb (kr.)').fill('9.999.999,00');
  await dialog.getByLabel('Rate').selectOption({ label: 'Rate 1 (forfald 01.01.2026)' });
  await dialog.getByRole('button', { name: 'Registrér indbetaling' }).click();
  await expect(dialog.getByText(/Beløb 9\.999\.999,00 kr\. er mere end Ærø er opkrævet for hele 2026/)).toBeVisible();
  const firstInstalment = Math.floor(billed / 4) + (billed % 4 ? 1 : 0);
  await dialog.getByLabel('Beløb (kr.)').fill((firstInstalment / 100).toFixed(2).replace('.', ','));
  await dialog.getByLabel('Beløb (kr.)').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Indbetalingen fra Ærø' })).toBeVisible();
  // The overview is refetched after the write: wait for the paid amount before reading the row.
  await expect.poll(async () => oere((await cells(aeroe))[2])).toBe(firstInstalment);
  const after = await cells(aeroe);
  expect(oere(after[2])).toBe(firstInstalment);
  expect(oere(after[3])).toBe(billed - firstInstalment);
  expect(oere(after[4])).toBe(billed - firstInstalment);
  await expect(aeroe).toContainText('rate 2, 3 og 4 forfaldne');
  await page.screenshot({ path: testInfo.outputPath('payments.png'), fullPage: true });

  // A mistyped payment is deleted after a confirmation.
  await page.getByRole('button', { name: 'Registrér indbetaling' }).click();
  await dialog.getByLabel('Kommune').selectOption({ label: 'Odense' });
  await dialog.getByLabel('Betalt den').fill('01.02.2026');
  await dialog.getByLabel('Beløb (kr.)').fill('1.000,00');
  await dialog.getByRole('button', { name: 'Registrér indbetaling' }).click();
  const payments = page.getByRole('table', { name: 'Registrerede indbetalinger 2026' });
  await expect(payments.locator('tbody tr')).toHaveCount(2);
  await payments.getByRole('button', { name: 'Slet indbetaling fra Odense 01.02.2026' }).click();
  const confirm = page.getByRole('dialog', { name: 'Slet indbetaling' });
  await expect(confirm).toContainText('1.000,00 kr.');
  await confirm.getByRole('button', { name: 'Slet indbetaling' }).click();
  await expect(payments.locator('tbody tr')).toHaveCount(1);

  // The settlement: its own due date (refused before the year's end), against what was paid.
  await page.getByRole('button', { name: 'Efterregulering', exact: true }).click();
  const settle = page.getByRole('dialog', { name: 'Efterregulering 2026' });
  await settle.getByLabel('Faktisk udgift (kr.)').fill('0');
  await expect(settle.getByLabel('Bekræft faktisk udgift på 0 kr.')).toBeVisible();
  await settle.screenshot({ path: testInfo.outputPath('settle-dialog.png') });
  await settle.getByLabel('Faktisk udgift (kr.)').fill('1.950.000,00');
  await settle.getByLabel('Forfaldsdato for efterreguleringen').fill('15.12.2026');
  await settle.getByRole('button', { name: 'Beregn efterregulering' }).click();
  await expect(settle.getByText('Forfaldsdato for efterreguleringen skal ligge efter udgangen af 2026.')).toBeVisible();
  await settle.getByLabel('Forfaldsdato for efterreguleringen').fill('01.03.2027');
  await settle.getByRole('button', { name: 'Beregn efterregulering' }).click();
  await expect(settle).toBeHidden();
  const settlement = page.getByRole('table', { name: 'Efterregulering 2026' });
  await expect(settlement.getByRole('row', { name: /^Ærø/ })).toBeVisible();
  const aeroeSettled = await cells(settlement.getByRole('row', { name: /^Ærø/ }));
  expect(oere(aeroeSettled[3])).toBe(billed);
  expect(oere(aeroeSettled[4])).toBe(firstInstalment);
  expect(oere(aeroeSettled[5])).toBe(oere(aeroeSettled[2]) - firstInstalment);

  // Issue it with the host municipality's next number; it cannot be changed afterwards.
  await page.getByRole('button', { name: 'Udsted efterregulering' }).click();
  const issue = page.getByRole('dialog', { name: 'Udsted efterregulering 2026' });
  await issue.getByLabel('Første fakturanummer').fill('101');
  await issue.getByRole('button', { name: 'Udsted efterregulering' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'fakturanr. 2026-0101–2026-0110' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ret efterregulering' })).toHaveCount(0);

  // The printed letter: the number, what was paid, the difference and its own due date; no "days after the due date".
  await page.getByRole('link', { name: 'Vis efterregulering for Ærø' }).click();
  await expect(page.getByRole('article', { name: 'Efterregulering for Ærø' })).toBeVisible();
  const pdf = testInfo.outputPath('efterregulering-aeroe.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Fakturanummer 2026-0110');
  expect(text).toMatch(new RegExp(`Indbetalt\\s+${aeroeSettled[4].replace(/\./g, '\\.')}`));
  expect(text).toContain('Betales senest 01.03.2027');
  expect(text).not.toContain('dage efter forfaldsdato');
});
