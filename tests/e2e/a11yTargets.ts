// What the accessibility spec scans: every page in the navigation, a course, every dialog those
// pages open and every print route, on the demo corps. `open` brings the page into the state to scan.
import { expect, type Page } from '@playwright/test';

export interface Target {
  name: string;
  route: string;
  open?: (page: Page) => Promise<void>;
}

const button = (name: string | RegExp, nth = 0) => async (page: Page) => {
  await page.getByRole('button', { name }).nth(nth).click();
};
/** Opens a dialog by its button and waits until it is shown. */
const dialog = (name: string | RegExp, nth = 0) => async (page: Page) => {
  await button(name, nth)(page);
  await expect(page.getByRole('dialog')).toBeVisible();
};

/** Databeskyttelse › Find person: searches and chooses the first match. */
const choosePerson = async (page: Page) => {
  await page.getByRole('searchbox', { name: 'Navn' }).fill('an');
  await page.getByRole('button', { name: /^Vælg / }).first().click();
  await expect(page.getByRole('group', { name: 'Databeskyttelse for personen' })).toBeVisible();
};

export const PAGES: Target[] = [
  { name: 'Forløb', route: '/forloeb' },
  { name: 'Forløb › Temaer', route: '/forloeb', open: dialog('Temaer') },
  { name: 'Forløb › Ny henvisning', route: '/forloeb', open: dialog('Ny henvisning') },
  { name: 'Forløb › søgning uden resultat', route: '/forloeb', open: async (p) => p.getByRole('searchbox', { name: 'Søg' }).fill('zzzz ingen hedder dette') },
  { name: 'Samtaler', route: '/samtaler' },
  { name: 'Samtaler › Ny samtale', route: '/samtaler', open: dialog('Ny samtale') },
  { name: 'Samtaler › Rediger samtale', route: '/samtaler', open: dialog(/^Rediger samtalen/) },
  { name: 'Samtaler › Slet samtale', route: '/samtaler', open: dialog(/^Slet samtalen/) },
  { name: 'Sagsfordeling', route: '/sagsfordeling' },
  { name: 'Sagsfordeling › Fordel', route: '/sagsfordeling', open: dialog(/^Fordel /) },
  { name: 'Sagsfordeling › Overdrag', route: '/sagsfordeling', open: dialog(/^Overdrag forløb fra/) },
  { name: 'Opfølgning', route: '/opfoelgning' },
  { name: 'Opfølgning › Registrér status', route: '/opfoelgning', open: dialog(/^Registrér status for/) },
  { name: 'Mentorer', route: '/mentorer' },
  { name: 'Mentorer › fratrådte vist', route: '/mentorer', open: async (p) => p.getByLabel('Vis også fratrådte mentorer').check() },
  { name: 'Mentorer › Ny mentor', route: '/mentorer', open: dialog('Ny mentor') },
  { name: 'Mentorer › Rediger mentor', route: '/mentorer', open: dialog(/^Rediger /) },
  { name: 'Mentorer › Deaktiver', route: '/mentorer', open: dialog(/^Deaktiver /) },
  { name: 'Kommuner', route: '/kommuner' },
  { name: 'Kommuner › Ny kommune', route: '/kommuner', open: dialog('Ny kommune') },
  { name: 'Kommuner › Rediger kommune', route: '/kommuner', open: dialog(/^Rediger /) },
  { name: 'Fordelingsnøgle', route: '/fordeling' },
  { name: 'Fordelingsnøgle › Nyt år', route: '/fordeling', open: dialog('Nyt år') },
  { name: 'Fordelingsnøgle › Ret grundlag', route: '/fordeling', open: dialog('Ret grundlag') },
  { name: 'Fordelingsnøgle › Udsted opkrævninger', route: '/fordeling', open: dialog('Udsted opkrævninger') },
  { name: 'Statistik', route: '/statistik' },
  {
    name: 'Statistik › alle som tabel',
    route: '/statistik',
    open: async (p) => {
      const toggles = p.getByRole('button', { name: /^Vis som tabel/ });
      for (let i = await toggles.count(); i > 0; i--) await toggles.nth(i - 1).click();
    },
  },
  { name: 'Spørgeskema', route: '/spoergeskema' },
  { name: 'Spørgeskema › fejl i felter', route: '/spoergeskema', open: async (p) => {
    await p.getByLabel(/^Besvarelser/).fill('-1');
    await button('Gem spørgeskema')(p);
    await expect(p.locator('.field__error, [role="alert"]').first()).toBeVisible();
  } },
  { name: 'Sikkerhedskopier', route: '/sikkerhedskopier' },
  { name: 'Sikkerhedskopier › Gendan', route: '/sikkerhedskopier', open: button(/^Gendan /) },
  { name: 'Import og eksport', route: '/import' },
  { name: 'Import og eksport › prøvekørsel med problem', route: '/import', open: async (p) => {
    await p.getByLabel('Hvad importeres').selectOption({ label: 'Mentorer' });
    const csv = 'Navn;Faggruppe;Ansættende kommune;Timer pr. uge;Aktiv fra\r\nMette Æbeløe;Socialrådgiver;Svendborg;37;30.02.2026\r\n';
    await p.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({ name: 'mentorer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
    await button('Tjek filen')(p);
    await expect(p.getByRole('table', { name: 'Problemer' })).toBeVisible();
  } },
  { name: 'Sikkerhed', route: '/sikkerhed' },
  { name: 'Sikkerhed › Ny gendannelseskode', route: '/sikkerhed', open: button('Lav en ny gendannelseskode') },
  { name: 'Databeskyttelse', route: '/databeskyttelse' },
  { name: 'Databeskyttelse › person valgt', route: '/databeskyttelse', open: choosePerson },
  { name: 'Databeskyttelse › Slet eller afvis sletning', route: '/databeskyttelse', open: async (p) => {
    await choosePerson(p);
    await dialog('Slet eller afvis sletning…')(p);
    await expect(p.getByText('Fjernes', { exact: true })).toBeVisible();
  } },
  { name: 'Databeskyttelse › fejl i opbevaring', route: '/databeskyttelse', open: async (p) => {
    await p.getByLabel(/^Opbevaringsperiode \(år\)/).fill('0');
    await button('Gem opbevaring')(p);
    await expect(p.locator('.field__error').first()).toBeVisible();
  } },
  { name: 'Log', route: '/log' },
  { name: 'Log › én person, ugyldig dato', route: '/log?person=1', open: async (p) => {
    await p.getByLabel('Fra').fill('01.13.2026');
    await expect(p.locator('.field__error').first()).toBeVisible();
  } },
  { name: 'Forløb (detalje)', route: '/forloeb/255' },
  { name: 'Forløb (detalje) › Ny samtale', route: '/forloeb/255', open: dialog('Ny samtale') },
  { name: 'Forløb (detalje) › Rediger forløb', route: '/forloeb/255', open: dialog('Rediger forløb') },
  { name: 'Forløb (detalje) › Rediger elev', route: '/forloeb/255', open: dialog('Rediger elev') },
  { name: 'Forløb (detalje) › Afslut forløb', route: '/forloeb/255', open: dialog('Afslut forløb') },
  { name: 'Forløb (detalje) › Tildel mentor', route: '/forloeb/255', open: dialog(/^(Skift|Tildel) mentor$/) },
  { name: 'Forløb (detalje) › Slå sammen med', route: '/forloeb/255', open: dialog('Slå sammen med…') },
  { name: 'Print › opkrævning', route: '/print/opkraevning?id=1&kommune=6' },
  { name: 'Print › evaluering', route: '/print/evaluering?aar=2026' },
  { name: 'Print › ukendt dokument (fejl)', route: '/print/ukendt?id=1&kommune=6' },
  { name: 'Print › ukendt version (fejl)', route: '/print/opkraevning?id=999&kommune=6' },
];
