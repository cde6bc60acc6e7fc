import { expect, test } from './fixtures';

test('a coordinator loads the demo corps and manages the mentor roster', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  // The app opens on the daily work (courses); the roster is one click away.
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Mentorer' }).click();
  await expect(page.getByRole('heading', { name: 'Mentorer' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Mentorer' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Lone Østergård');
  await expect(rows.nth(3)).toContainText('Søren Aagaard');

  // Add a mentor, first with a mistake.
  await page.getByRole('button', { name: 'Ny mentor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny mentor' });
  await dialog.getByLabel('Navn').fill('Åge Ærtebjerg');
  await dialog.getByLabel('Faggruppe').selectOption({ label: 'Socialpædagog' });
  await dialog.getByLabel('Ansættende kommune').selectOption({ label: 'Svendborg' });
  await dialog.getByLabel('Kapacitet (antal mentees)').fill('0');
  await dialog.getByLabel('Skoler, hvor mentoren er synlig').fill('SOSU Fyn, Svendborg');
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog.getByText('Kapacitet skal være mindst 1.')).toBeVisible();
  await expect(dialog.getByLabel('Kapacitet (antal mentees)')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Kapacitet (antal mentees)').fill('15');
  await dialog.getByLabel('Aktiv fra').fill('01.08.2026');
  await dialog.getByLabel('Aktiv til').fill('01.01.2020');
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog.getByText('Aktiv til må ikke ligge før aktiv fra.')).toBeVisible();
  await dialog.getByLabel('Aktiv til').fill('');
  await dialog.getByRole('button', { name: 'Opret mentor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Åge Ærtebjerg er gemt.');
  await expect(rows).toHaveCount(5);
  // Danish order: Å comes after every other letter, so Åge is last.
  await expect(rows.nth(4)).toContainText('Åge Ærtebjerg');

  // Edit.
  await page.getByRole('button', { name: 'Rediger Åge Ærtebjerg' }).click();
  const edit = page.getByRole('dialog', { name: 'Rediger Åge Ærtebjerg' });
  await edit.getByLabel('Timer pr. uge').fill('30,5');
  await edit.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(edit).toBeHidden();
  await expect(rows.nth(4)).toContainText('30,5');

  // Search finds by school; "aa" finds "å".
  await page.getByRole('searchbox', { name: 'Søg' }).fill('svendborg');
  await expect(rows).toHaveCount(4);
  await page.getByRole('searchbox', { name: 'Søg' }).fill('aage');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Åge Ærtebjerg');
  await page.getByRole('searchbox', { name: 'Søg' }).fill('');

  // Sort by capacity, descending via a second click.
  await page.getByRole('button', { name: 'Kapacitet' }).click();
  await expect(rows.nth(1)).toContainText('Åge Ærtebjerg');
  await page.getByRole('button', { name: 'Kapacitet' }).click();
  await expect(rows.nth(4)).toContainText('Åge Ærtebjerg');

  await page.screenshot({ path: testInfo.outputPath('mentorer.png'), fullPage: true });

  // Deactivate: gone from the active list, kept with history.
  await page.getByRole('button', { name: 'Deaktiver Åge Ærtebjerg' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deaktiver Åge Ærtebjerg' });
  await deactivate.getByLabel('Sidste aktive dag').fill('22.11.2026');
  await deactivate.getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByRole('status')).toHaveText('Åge Ærtebjerg er deaktiveret pr. 22.11.2026.');
  await expect(rows).toHaveCount(4);
  await page.getByLabel('Vis også fratrådte mentorer').check();
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole('row', { name: /Åge Ærtebjerg/ })).toContainText('Fratrådt 22.11.2026');
});

test('municipalities: the ten Funen municipalities, and a bad EAN is refused', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Korpsets navn').fill('Testkorpset');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  // An empty corps opens on the municipalities, the first thing to set up.
  await expect(page.getByRole('heading', { name: 'Kommuner', level: 1 })).toBeVisible();
  await expect(page.getByText('Ingen kommuner endnu.')).toBeVisible();
  await page.getByRole('button', { name: 'Tilføj de ti fynske kommuner' }).click();
  await expect(page.getByRole('status')).toHaveText('10 fynske kommuner er tilføjet.');
  const rows = page.getByRole('table', { name: 'Kommuner' }).getByRole('row');
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(10)).toContainText('Ærø');

  await page.getByRole('button', { name: 'Rediger Odense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rediger Odense' });
  await dialog.getByLabel('EAN-nummer').fill('5798000461002');
  await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(dialog.getByText('EAN-nummer skal være 13 cifre med korrekt kontrolciffer.')).toBeVisible();
  await dialog.getByLabel('EAN-nummer').fill('4006381333931');
  await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Odense/ })).toContainText('4006381333931');
});

test('a too long search is refused next to the search box, and the list keeps the last good answer', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/mentorer`);
  const rows = page.getByRole('table', { name: 'Mentorer' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  const search = page.getByRole('searchbox', { name: 'Søg' });
  await search.fill('x'.repeat(101));
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  await expect(search).toHaveAccessibleDescription('Søgning må højst være 100 tegn.');
  await expect(rows).toHaveCount(4);
  await search.fill('aagaard');
  await expect(search).not.toHaveAttribute('aria-invalid');
  await expect(rows).toHaveCount(2);
});
