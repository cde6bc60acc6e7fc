// The course screens' forms as a coordinator meets them: every error at the first submit, and dialogs
// that start on the first field, give focus back and ask before throwing typed work away.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Esc on a changed form asks first, and so does its cancel button; "Kassér ændringer" closes it and focus goes back to the opener. */
async function expectDiscardAsked(page: Page, dialog: Locator, opener: Locator, cancel = 'Annuller') {
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Du har ændringer, der ikke er gemt. Vil du kassere dem?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Fortsæt redigering' }).click();
  const cancelButton = dialog.locator('.modal__body').getByRole('button', { name: cancel, exact: true });
  await expect(cancelButton).toBeVisible();
  await cancelButton.click();
  await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

test('a referral shows an empty name, a future date and consent before the referral at the first submit', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  const opener = page.getByRole('button', { name: 'Ny henvisning' });
  await opener.click();
  const refer = page.getByRole('dialog', { name: 'Ny henvisning' });
  await expect(refer.getByLabel('Navn')).toBeFocused();
  await refer.getByLabel('Fødselsår').fill('2004');
  await refer.getByLabel('Henvisningsdato').fill('01.05.2030');
  await refer.getByLabel('Samtykke givet', { exact: true }).fill('01.04.2030');
  await refer.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(refer.getByText('Navn skal udfyldes.')).toBeVisible();
  await expect(refer.getByText('Henvisningsdato må ikke ligge i fremtiden.')).toBeVisible();
  await expect(refer.getByText('Samtykke givet må ikke ligge før henvisningsdatoen.')).toBeVisible();
  await expect(refer.getByLabel('Samtykke givet', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectDiscardAsked(page, refer, opener);
});

test('the course dialogs start on the first field, give focus back and ask before discarding', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  await page.getByRole('table', { name: 'Forløb' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Editing the course: consent before the referral is flagged here too.
  const edit = page.getByRole('button', { name: 'Rediger forløb' });
  await edit.click();
  const course = page.getByRole('dialog', { name: 'Rediger forløb' });
  await expect(course.getByLabel('Henvisningsdato')).toBeFocused();
  await course.getByLabel('Henvisningsdato').fill('01.01.2026');
  await course.getByLabel('Samtykke givet', { exact: true }).fill('31.12.2025');
  await course.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(course.getByText('Samtykke givet må ikke ligge før henvisningsdatoen.')).toBeVisible();
  await expectDiscardAsked(page, course, edit);

  const mentee = page.getByRole('button', { name: 'Rediger elev' });
  await mentee.click();
  const menteeDialog = page.getByRole('dialog', { name: /^Rediger / });
  await expect(menteeDialog.getByLabel('Navn')).toBeFocused();
  await menteeDialog.getByLabel('Skole', { exact: true }).fill('Et andet sted');
  await expectDiscardAsked(page, menteeDialog, mentee);

  const assign = page.getByRole('button', { name: /^(Tildel|Skift) mentor$/ });
  await assign.click();
  const assignDialog = page.getByRole('dialog', { name: /^Tildel mentor til / });
  await expect(assignDialog.getByRole('radio').first()).toBeFocused();
  await assignDialog.getByLabel('Fra dato').fill('01.11.2026');
  await expectDiscardAsked(page, assignDialog, assign);

  const close = page.getByRole('button', { name: 'Afslut forløb' });
  await close.click();
  const closeDialog = page.getByRole('dialog', { name: /^Afslut forløb for / });
  await expect(closeDialog.getByLabel('Afsluttet den')).toBeFocused();
  await closeDialog.getByLabel('Udfald').selectOption({ label: 'Fastholdt i uddannelse' });
  await expectDiscardAsked(page, closeDialog, close);

  // An unchanged dialog closes at once.
  await close.click();
  await page.keyboard.press('Escape');
  await expect(closeDialog).toBeHidden();
  await expect(close).toBeFocused();
});

test('the themes dialog and the follow-up status dialog ask before discarding', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  const themesButton = page.getByRole('button', { name: 'Temaer' });
  await themesButton.click();
  const themes = page.getByRole('dialog', { name: 'Temaer' });
  await themes.getByLabel('Nyt tema').fill('Bolig');
  await expectDiscardAsked(page, themes, themesButton, 'Luk');

  await page.getByRole('link', { name: 'Opfølgning' }).click();
  const record = page.getByRole('region', { name: 'Opfølgning efter afslutning' }).getByRole('button', { name: /^Registrér status for / }).first();
  await record.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio').first()).toBeFocused();
  await dialog.getByRole('radio', { name: 'I arbejde' }).check();
  await expectDiscardAsked(page, dialog, record);
});
