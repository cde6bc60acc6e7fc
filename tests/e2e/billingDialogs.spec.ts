// The billing dialogs as a keyboard user meets them: every error of the key's form at the first submit,
// focus on the first field and back on the opener, and no changed form thrown away without asking.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openBilling(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await expect(page.getByRole('heading', { name: 'Fordelingsnøgle', level: 1 })).toBeVisible();
}

test('the key form shows a field error and a cross-field error at the first submit', async ({ page, demoApp }) => {
  await openBilling(page, demoApp.url);
  await page.getByRole('button', { name: 'Ret grundlag' }).click();
  const form = page.getByRole('dialog', { name: 'Ret fordelingsnøgle 2026, version 1' });
  // A cost line without an amount (a field error) and a due date not after the one before (a cross-field error).
  await form.getByLabel('Beløb, linje 1').fill('');
  await form.getByLabel('Forfaldsdato, rate 2').fill('01.01.2026');
  await form.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(form.getByText('Beløb skal være et beløb.')).toBeVisible();
  await expect(form.getByText('Forfaldsdato for rate 2 skal ligge efter rate 1.')).toBeVisible();
  await expect(form.getByLabel('Beløb, linje 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Forfaldsdato, rate 2')).toHaveAttribute('aria-invalid', 'true');
});

test('billing dialogs focus the first field, return focus, and ask before discarding', async ({ page, demoApp }) => {
  await openBilling(page, demoApp.url);
  const edit = page.getByRole('button', { name: 'Ret grundlag' });
  await edit.click();
  const form = page.getByRole('dialog', { name: 'Ret fordelingsnøgle 2026, version 1' });
  await expect(form.getByLabel('Fælles tælledato')).toBeFocused();

  // Escape on a changed form asks; "Fortsæt redigering" keeps what was typed.
  await form.getByLabel('Elevtal for Odense').fill('600');
  await page.keyboard.press('Escape');
  await expect(form.getByText('Du har ændringer, der ikke er gemt. Vil du kassere dem?')).toBeVisible();
  await form.getByRole('button', { name: 'Fortsæt redigering' }).click();
  await expect(form.getByLabel('Elevtal for Odense')).toHaveValue('600');
  // "Annuller" asks too; discarding closes and gives focus back to the opener.
  await form.getByRole('button', { name: 'Annuller' }).click();
  await form.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(page.getByRole('table', { name: 'Fordelingsnøgle 2026, version 1' }).getByRole('row', { name: /Odense/ })).not.toContainText('600');

  // An unchanged form closes at once.
  await edit.click();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();

  // Issue, then the settlement dialog: its first field has focus, and a changed amount asks before closing.
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('button', { name: 'Udsted og lås version 1' }).click();
  const settleButton = page.getByRole('button', { name: 'Efterregulering' });
  await settleButton.click();
  const settle = page.getByRole('dialog', { name: 'Efterregulering 2026' });
  await expect(settle.getByLabel('Faktisk udgift (kr.)')).toBeFocused();
  await settle.getByLabel('Faktisk udgift (kr.)').fill('1.900.000');
  await settle.getByRole('button', { name: 'Luk' }).click();
  await expect(settle.getByText('Du har ændringer, der ikke er gemt. Vil du kassere dem?')).toBeVisible();
  await settle.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(settle).toBeHidden();
  await expect(settleButton).toBeFocused();

  // The reason for a new version: first field focused, refused when empty, next to the field.
  const newVersion = page.getByRole('button', { name: 'Ny version (rettelse)' });
  await newVersion.click();
  const reason = page.getByRole('dialog', { name: 'Ny version af 2026' });
  await expect(reason.getByLabel('Årsag til ny version')).toBeFocused();
  await reason.getByRole('button', { name: 'Opret version 2' }).click();
  await expect(reason.getByText('Årsag til ny version skal udfyldes.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reason).toBeHidden();
  await expect(newVersion).toBeFocused();
});
