// List filters that keep the last good answer, the contact dialog's keyboard behaviour, and a long
// virtual list that reaches its last row.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The labelled field (label, input and its error) around a form control. */
const fieldOf = (page: Page, label: string): Locator => page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });

/** Counts the browser's calls of one backend method from now on. */
function countCalls(page: Page, method: string): { readonly n: number } {
  const seen = { n: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith(`/api/${method}`)) seen.n++;
  });
  return seen;
}

test('an invalid follow-up days value shows its error and keeps the last good list', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Opfølgning' }).click();
  const list = page.getByRole('table', { name: 'Opfølgning', exact: true });
  const count = page.getByText(/forløb kræver opfølgning$/);
  await expect(list.getByRole('link').first()).toBeVisible();
  const before = await count.textContent();
  const firstName = await list.getByRole('link').first().textContent();

  await page.getByLabel('Dage uden kontakt').fill('-3');
  await expect(fieldOf(page, 'Dage uden kontakt')).toContainText('Dage uden kontakt skal være mindst 1.');
  await page.waitForTimeout(500);
  await expect(count).toHaveText(before ?? '');
  await expect(list.getByRole('link').first()).toHaveText(firstName ?? '');
  await expect(list).not.toContainText('Indlæser');

  // Corrected, the list follows the new value.
  await page.getByLabel('Dage uden kontakt').fill('120');
  await expect(fieldOf(page, 'Dage uden kontakt')).not.toContainText('skal være');
  await expect(count).not.toHaveText(before ?? '');
  await expect(list).toContainText('Ingen kontakt i 120 dage');
});

test('an invalid contact date filter shows its error and keeps the last good list', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Samtaler' }).click();
  const list = page.getByRole('table', { name: 'Samtaler' });
  const count = page.getByText(/^[\d.]+ samtaler?$/);
  await expect(count).toBeVisible();
  await expect(list.getByRole('row').nth(1)).not.toContainText('Indlæser');
  const before = await count.textContent();
  const firstRow = await list.getByRole('row').nth(1).textContent();

  await page.getByLabel('Fra').fill('01.13.2026');
  await expect(fieldOf(page, 'Fra')).toContainText('Fra er ikke en gyldig dato.');
  await page.waitForTimeout(500);
  await expect(count).toHaveText(before ?? '');
  await expect(list.getByRole('row').nth(1)).toHaveText(firstRow ?? '');
  await expect(list).not.toContainText('Indlæser');

  await page.getByLabel('Fra').fill('01.11.2026');
  await expect(fieldOf(page, 'Fra')).not.toContainText('gyldig dato');
  await expect(count).not.toHaveText(before ?? '');
  await expect(list.getByRole('row').last()).toContainText('.11.2026');
});

test('the contact dialog: first field focused, focus back to the opener, asks before discarding, all errors at once', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Samtaler' }).click();
  const opener = page.getByRole('button', { name: 'Ny samtale' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Ny samtale' });
  await expect(dialog.getByLabel('Dato')).toBeFocused();

  // Unchanged, Escape closes at once and the opener has focus again.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Changed, Escape and Annuller ask first.
  await opener.click();
  await dialog.getByLabel('Varighed (minutter)').fill('5');
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Du har ændringer, der ikke er gemt. Vil du kassere dem?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Fortsæt redigering' }).click();
  await expect(dialog.getByLabel('Varighed (minutter)')).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog.getByText('Du har ændringer, der ikke er gemt. Vil du kassere dem?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Field and cross-field errors all at the first submit.
  await opener.click();
  await dialog.getByLabel('Type').selectOption({ label: 'Gruppesamtale' });
  await dialog.getByLabel('Dato').fill('01.13.2026');
  await dialog.getByLabel('Varighed (minutter)').fill('');
  await dialog.getByRole('button', { name: 'Gem samtale' }).click();
  for (const message of ['Dato er ikke en gyldig dato.', 'Mentor skal vælges.', 'Varighed (minutter) skal være et tal.', 'En gruppesamtale skal have mindst én deltager.']) {
    await expect(dialog.getByText(message)).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath('ny-samtale-fejl.png') });
});

test('the contacts list scrolls to its very last row, loading only the pages on screen', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Samtaler' }).click();
  const count = page.getByText(/^[\d.]+ samtaler$/);
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(1000);
  // The oldest contact, straight from the backend.
  const res = await page.request.post(`${demoApp.url}api/contacts.list`, { data: { offset: total - 1, limit: 1 } });
  const last = ((await res.json()) as { result: { rows: Array<{ date: string; mentorName: string; durationMinutes: number }> } }).result.rows[0];
  const lastDate = last.date.split('-').reverse().join('.');

  const loads = countCalls(page, 'contacts.list');
  const list = page.getByRole('table', { name: 'Samtaler' });
  // The list's own scroll box (the table's parent).
  const region = list.locator('xpath=..');
  for (let i = 0; i < 3; i++) {
    await region.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(300);
  }
  const lastRow = list.getByRole('row').last();
  await expect(lastRow).toContainText(lastDate);
  await expect(lastRow).toContainText(last.mentorName);
  await expect(lastRow).toBeInViewport();
  await expect(list).not.toContainText('Indlæser');
  // Random access: the last pages, not every page on the way.
  expect(loads.n).toBeLessThanOrEqual(4);
});
