// Persons and their courses (#11), as a coordinator meets them: a student who comes back, two records
// of one person, an attempt that reached nobody, and a mentor who leaves with a handover.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function fillCourse(dialog: ReturnType<Page['getByRole']>) {
  await dialog.getByLabel('Henvist af').selectOption({ label: 'Eleven selv' });
  await dialog.getByLabel('Fase ved start').selectOption({ label: 'Skoleperiode' });
}

async function referNew(page: Page, name: string, birthYear: string, municipality: string) {
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  await page.getByRole('button', { name: 'Ny henvisning' }).click();
  const refer = page.getByRole('dialog', { name: 'Ny henvisning' });
  await refer.getByLabel('Navn').fill(name);
  await refer.getByLabel('Fødselsår').fill(birthYear);
  await refer.getByLabel('Hjemkommune').selectOption({ label: municipality });
  await refer.getByLabel('Uddannelse').selectOption({ label: 'PAU' });
  await fillCourse(refer);
  return refer;
}

test('a returning student is recognised while typed, and gets a new course on the same person', async ({ page, demoApp }, testInfo) => {
  await page.goto(demoApp.url);
  // A first course, closed.
  const first = await referNew(page, 'Åse Ærtebjerg', '2004', 'Odense');
  await first.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Åse Ærtebjerg' })).toBeVisible();
  await page.getByRole('button', { name: 'Afslut forløb' }).click();
  const close = page.getByRole('dialog', { name: 'Afslut forløb for Åse Ærtebjerg' });
  await close.getByLabel('Udfald').selectOption({ label: 'Afbrudt' });
  await close.getByRole('button', { name: 'Afslut forløb' }).click();
  await expect(close).toBeHidden();

  // She comes back; typed another way, she is still found.
  const again = await referNew(page, 'aase AERTEBJERG', '2004', 'Odense');
  const match = again.getByRole('group', { name: 'Mulig kendt person' });
  await expect(match).toContainText('Åse Ærtebjerg (født 2004, Odense) · 1 forløb');
  await page.screenshot({ path: testInfo.outputPath('kendt-person.png') });
  await match.getByRole('button', { name: 'Brug Åse Ærtebjerg' }).click();
  const course = page.getByRole('dialog', { name: 'Nyt forløb for Åse Ærtebjerg' });
  await expect(course.getByLabel('Navn')).toHaveCount(0);
  await course.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(course).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Åse Ærtebjerg' })).toBeVisible();
  await expect(page.getByLabel('Forløbets oplysninger')).toContainText('Andre forløb: henvist 23.11.2026');

  // Only one person of that name.
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  await page.getByLabel('Status').selectOption({ label: 'Alle' });
  await page.getByRole('searchbox', { name: 'Søg' }).fill('Ærtebjerg');
  await expect(page.getByText('2 forløb', { exact: true })).toBeVisible();
});

test('"Nyt forløb" on a closed course, and a new person with the same name only when confirmed', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  const first = await referNew(page, 'Bent Bøgh', '2003', 'Nyborg');
  await first.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bent Bøgh' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nyt forløb' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Afslut forløb' }).click();
  const close = page.getByRole('dialog', { name: 'Afslut forløb for Bent Bøgh' });
  await close.getByLabel('Udfald').selectOption({ label: 'Job' });
  await close.getByRole('button', { name: 'Afslut forløb' }).click();
  await expect(close).toBeHidden();

  await page.getByRole('button', { name: 'Nyt forløb' }).click();
  const course = page.getByRole('dialog', { name: 'Nyt forløb for Bent Bøgh' });
  await fillCourse(course);
  await course.getByRole('button', { name: 'Opret forløb' }).click();
  await expect(course).toBeHidden();
  // The page is now the new course's: on the waiting list, the closed one among the other courses.
  await expect(page.getByLabel('Forløbets oplysninger')).toContainText('Venteliste');
  await expect(page.getByLabel('Forløbets oplysninger')).toContainText('Andre forløb: henvist 23.11.2026');

  // A namesake who really is someone else: created only after saying so.
  const other = await referNew(page, 'Bent Bøgh', '2003', 'Nyborg');
  await expect(other.getByRole('group', { name: 'Mulig kendt person' })).toContainText('har et aktivt forløb');
  await other.getByRole('checkbox', { name: 'Det er en anden person – opret en ny' }).check();
  await other.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(other).toBeHidden();
  await expect(page.getByLabel('Forløbets oplysninger')).not.toContainText('Andre forløb');
});

test('two records of one person are merged from the course page', async ({ page, demoApp }, testInfo) => {
  await page.goto(demoApp.url);
  const first = await referNew(page, 'Dorte Dobbelt', '2003', 'Odense');
  await first.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dorte Dobbelt' })).toBeVisible();
  await page.getByRole('button', { name: 'Afslut forløb' }).click();
  const close = page.getByRole('dialog', { name: 'Afslut forløb for Dorte Dobbelt' });
  await close.getByLabel('Udfald').selectOption({ label: 'Afbrudt' });
  await close.getByRole('button', { name: 'Afslut forløb' }).click();
  await expect(close).toBeHidden();
  // Registered again with the wrong home municipality: not recognised, a second record.
  const second = await referNew(page, 'Dorte Dobbelt', '2003', 'Svendborg');
  await second.getByRole('button', { name: 'Opret henvisning' }).click();
  await expect(page.getByText('Født 2003 · Svendborg')).toBeVisible();

  await page.getByRole('button', { name: 'Slå sammen med…' }).click();
  const merge = page.getByRole('dialog', { name: 'Slå Dorte Dobbelt sammen med en anden registrering' });
  await merge.getByLabel('Søg efter mentee').fill('dorte dob');
  await merge.getByRole('radio', { name: 'Dorte Dobbelt (født 2003, Odense)' }).check();
  const moving = merge.getByRole('region', { name: 'Det flyttes' });
  await expect(moving).toContainText('1 forløb');
  await expect(moving).toContainText('0 samtaler');
  await page.screenshot({ path: testInfo.outputPath('slaa-sammen.png') });
  await merge.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Dorte Dobbelt er lagt sammen med Dorte Dobbelt: 1 forløb og 0 samtaler er flyttet.');
  await expect(page.getByLabel('Forløbets oplysninger')).toContainText('Andre forløb: henvist 23.11.2026');
  await page.getByRole('link', { name: 'Forløb', exact: true }).click();
  await page.getByLabel('Status').selectOption({ label: 'Alle' });
  await page.getByRole('searchbox', { name: 'Søg' }).fill('Dorte Dobbelt');
  const rows = page.getByRole('table', { name: 'Forløb' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Svendborg');
  await expect(rows.nth(2)).toContainText('Svendborg');
});

test('an attempt that reached nobody is logged but leaves the course on the follow-up list', async ({ page, demoApp }) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Opfølgning' }).click();
  const list = page.getByRole('table', { name: 'Opfølgning' });
  const quiet = list.getByRole('row').filter({ hasText: 'Ingen kontakt i 30 dage' }).filter({ hasNotText: 'Opfølgning forfalden' }).filter({ hasNotText: 'Over 2 år' }).first();
  const name = (await quiet.getByRole('link').textContent()) ?? '';
  expect(name).not.toBe('');
  await list.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const facts = page.getByLabel('Forløbets oplysninger');
  const lastBefore = ((await facts.locator('dt:has-text("Sidste kontakt") + dd').textContent()) ?? '').trim();

  await page.getByRole('button', { name: 'Ny samtale' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny samtale' });
  await dialog.getByLabel('Type').selectOption({ label: 'Forsøgt – ikke truffet' });
  await expect(dialog.getByLabel('Varighed (minutter)')).toHaveValue('5');
  await dialog.getByRole('button', { name: 'Gem samtale' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Forsøgt – ikke truffet 23.11.2026 er gemt.');
  await expect(page.getByRole('table', { name: 'Samtaler i forløbet' })).toContainText('Forsøgt – ikke truffet');
  await expect(facts.locator('dt:has-text("Sidste kontakt") + dd')).toHaveText(lastBefore);

  await page.getByRole('link', { name: 'Opfølgning' }).click();
  await expect(list.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })).toContainText('Ingen kontakt i 30 dage');
});

test('a handover can end the leaving mentor, who is then no longer suggested', async ({ page, demoApp }, testInfo) => {
  await page.goto(demoApp.url);
  await page.getByRole('link', { name: 'Sagsfordeling' }).click();
  await page.getByRole('button', { name: 'Overdrag forløb fra Lone Østergård' }).click();
  const handover = page.getByRole('dialog', { name: 'Overdrag forløb fra Lone Østergård' });
  await handover.getByLabel('Til mentor').selectOption({ label: 'Mette Kjærgaard (18/20)' });
  const end = handover.getByRole('checkbox', { name: /Sæt Lone Østergård som inaktiv/ });
  await expect(end).toBeChecked();
  await expect(handover.getByLabel('Aktiv til og med')).toHaveValue('22.11.2026');
  await handover.getByLabel('Aktiv til og med').fill('01.01.2020');
  await handover.getByRole('button', { name: 'Overdrag' }).click();
  await handover.getByLabel('Bekræft tildeling over kapacitet').check();
  await handover.getByRole('button', { name: 'Overdrag' }).click();
  await expect(handover.getByText(/Fra mentor aktiv til må ikke ligge før/)).toBeVisible();
  await handover.getByLabel('Aktiv til og med').fill('22.11.2026');
  await page.screenshot({ path: testInfo.outputPath('overdrag.png') });
  await handover.getByRole('button', { name: 'Overdrag' }).click();
  await expect(handover).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('16 forløb er overdraget fra Lone Østergård til Mette Kjærgaard. Lone Østergård er aktiv til 22.11.2026.');
  await expect(page.getByRole('button', { name: 'Overdrag forløb fra Lone Østergård' })).toHaveCount(0);

  // Whoever waits next is never suggested Lone.
  await page.getByRole('button', { name: /^Fordel / }).first().click();
  const assign = page.getByRole('dialog', { name: /^Tildel mentor til / });
  await expect(assign.getByRole('radio').first()).toBeVisible();
  await expect(assign.locator('label').filter({ hasText: 'Lone Østergård' })).toHaveCount(0);
});
