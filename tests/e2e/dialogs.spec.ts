// The dialogs' keyboard behaviour, on "Ny mentor" as the example: focus on the first field when opened,
// back to the opener when closed, a changed form is never thrown away without asking, and every error
// of a form (field and cross-field) shows at the first submit.
import type { Page } from '@playwright/test';
import { E2E_PASSPHRASE, expect, test } from './fixtures';

async function openMentors(page: Page, url: string) {
  await page.goto(`${url}#/mentorer`);
  await expect(page.getByRole('heading', { name: 'Mentorer', level: 1 })).toBeVisible();
  // The button waits for the municipalities (a mentor needs one).
  await expect(page.getByRole('button', { name: 'Ny mentor' })).toBeEnabled();
}

async function openNewMentor(page: Page) {
  await page.getByRole('button', { name: 'Ny mentor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny mentor' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Focus is back on "Ny mentor", and the next Tab goes on from there (not to "Spring til indhold"). */
async function expectFocusBackOnOpener(page: Page) {
  await expect(page.getByRole('button', { name: 'Ny mentor' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Søg' })).toBeFocused();
}

test('a dialog opens with focus on its first field and gives focus back to its opener however it closes', async ({ page, demoApp }) => {
  await openMentors(page, demoApp.url);

  let dialog = await openNewMentor(page);
  await expect(dialog.getByLabel('Navn')).toBeFocused();
  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(dialog).toBeHidden();
  await expectFocusBackOnOpener(page);

  dialog = await openNewMentor(page);
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectFocusBackOnOpener(page);

  // Esc on an unchanged form closes at once, without a question.
  dialog = await openNewMentor(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectFocusBackOnOpener(page);

  // After a successful save.
  dialog = await openNewMentor(page);
  await dialog.getByLabel('Navn').fill('Åge Ærtebjerg');
  await dialog.getByLabel('Faggruppe').selectOption({ label: 'Socialpædagog' });
  await dialog.getByLabel('Ansættende kommune').selectOption({ label: 'Svendborg' });
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Åge Ærtebjerg er gemt.');
  await expectFocusBackOnOpener(page);
});

test('Esc or Annuller on a changed form asks before throwing the changes away', async ({ page, demoApp }, testInfo) => {
  await openMentors(page, demoApp.url);
  const dialog = await openNewMentor(page);
  await dialog.getByLabel('Navn').fill('Åge Ærtebjerg');
  await dialog.getByLabel('Timer pr. uge').fill('30,5');

  const question = dialog.getByRole('alertdialog');
  await page.keyboard.press('Escape');
  await expect(question).toContainText('Du har ændringer, der ikke er gemt');
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: testInfo.outputPath('kasser-spoergsmaal.png') });
  await question.getByRole('button', { name: 'Fortsæt redigering' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByLabel('Navn')).toHaveValue('Åge Ærtebjerg');
  await expect(dialog.getByLabel('Timer pr. uge')).toHaveValue('30,5');

  await dialog.getByRole('button', { name: 'Annuller' }).click();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Kassér ændringer' }).click();
  await expect(dialog).toBeHidden();
  await expectFocusBackOnOpener(page);

  // Nothing was saved, and a new dialog starts empty.
  await expect(page.getByRole('table', { name: 'Mentorer' })).not.toContainText('Åge Ærtebjerg');
  const again = await openNewMentor(page);
  await expect(again.getByLabel('Navn')).toHaveValue('');
});

test('every error of a form, field and cross-field, shows at the first submit', async ({ page, demoApp }) => {
  await openMentors(page, demoApp.url);
  const dialog = await openNewMentor(page);
  // Name left empty, no profession chosen (a wrong type, which used to hide every cross-field check),
  // and the period ends before it starts.
  await dialog.getByLabel('Aktiv fra').fill('01.08.2026');
  await dialog.getByLabel('Aktiv til').fill('01.01.2020');
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog.getByText('Navn skal udfyldes.')).toBeVisible();
  await expect(dialog.getByText('Faggruppe skal vælges.')).toBeVisible();
  await expect(dialog.getByText('Aktiv til må ikke ligge før aktiv fra.')).toBeVisible();
  await expect(dialog.getByLabel('Navn')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Aktiv til')).toHaveAttribute('aria-invalid', 'true');

  // The same on the municipality form: an empty name and "Deltager til" before "Deltager fra".
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Kassér ændringer' }).click();
  await page.getByRole('link', { name: 'Kommuner' }).click();
  await page.getByRole('button', { name: 'Ny kommune' }).click();
  const municipality = page.getByRole('dialog', { name: 'Ny kommune' });
  // Kommunekode left empty too.
  await municipality.getByLabel('Deltager fra').fill('01.08.2026');
  await municipality.getByLabel('Deltager til').fill('01.01.2020');
  await municipality.getByRole('button', { name: 'Opret kommune' }).click();
  await expect(municipality.getByText('Navn skal udfyldes.')).toBeVisible();
  await expect(municipality.getByText('Kommunekode skal være et tal.')).toBeVisible();
  await expect(municipality.getByText('Deltager til må ikke ligge før deltager fra.')).toBeVisible();
});

test('the backup page takes a copy and restores it through its dialog', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/sikkerhedskopier`);
  await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Sikkerhedskopien .+\.sqlite er gemt\.$/);
  const name = /Sikkerhedskopien (.+) er gemt/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? '';
  await expect(page.getByRole('table', { name: 'Sikkerhedskopier' })).toContainText(name);

  const restore = page.getByRole('button', { name: `Gendan ${name}` });
  await restore.click();
  const dialog = page.getByRole('dialog', { name: 'Gendan sikkerhedskopi' });
  await dialog.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(dialog).toBeHidden();
  // A restore reopens the file, which ends the web session (as before the rebuild): unlock, and the copy is there.
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Adgangskode' }).fill(E2E_PASSPHRASE);
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('heading', { name: 'Sikkerhedskopier', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sikkerhedskopier' })).toContainText('Før gendannelse');
});

test('a submit with an invalid field puts focus on the first field with an error', async ({ page, demoApp }) => {
  await openMentors(page, demoApp.url);
  const dialog = await openNewMentor(page);
  await dialog.getByLabel('Navn').fill('Åge Ærtebjerg');
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog.getByText('Faggruppe skal vælges.')).toBeVisible();
  await expect(dialog.getByLabel('Faggruppe')).toBeFocused();
});
