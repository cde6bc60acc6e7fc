// The access letter (art. 15) and the information letter (art. 13) on the demo corps: shown on screen,
// printed to PDF by the backend and read back with pdftotext; the letter is logged once, with its purpose.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

const da = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

async function api<T>(request: APIRequestContext, url: string, method: string, input: unknown): Promise<T> {
  const res = await request.post(`${url}api/${method}`, { data: input });
  const body = (await res.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result;
}

function pdfText(base64: string, file: string): string {
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  // One space for every run of white space: the letter's sentences wrap at the page's width.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

interface Detail {
  mentee: { id: number; name: string };
  referralDate: string;
  closedOn: string | null;
  otherCourses: { closedOn: string | null }[];
}

test('the access letter on screen and as PDF: name, course date, retention date; logged once with its purpose', async ({ page, demoApp }, testInfo) => {
  const { rows } = await api<{ rows: { id: number }[] }>(page.request, demoApp.url, 'courses.list', { status: 'afsluttet', limit: 20 });
  let person: Detail | null = null;
  for (const r of rows) {
    const d = await api<Detail>(page.request, demoApp.url, 'courses.get', { id: r.id });
    if (d.otherCourses.every((o) => o.closedOn !== null)) {
      person = d;
      break;
    }
  }
  if (!person) throw new Error('Ingen demo-person med kun afsluttede forløb');
  const closes = [person.closedOn!, ...person.otherCourses.map((o) => o.closedOn!)].sort();
  const latest = closes[closes.length - 1];
  const anonymisedOn = `${Number(latest.slice(0, 4)) + 5}${latest.slice(4)}`;

  await page.goto(`${demoApp.url}#/print/indsigt?person=${person.mentee.id}&sprog=da`);
  const letter = page.getByRole('article', { name: `Svar på din anmodning om indsigt: ${person.mentee.name}` });
  await expect(letter.getByRole('heading', { name: 'Svar på din anmodning om indsigt' })).toBeVisible();
  await expect(letter).toContainText(`Kære ${person.mentee.name}`);
  await expect(letter).toContainText(da(anonymisedOn));
  const shot = testInfo.outputPath('indsigt.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('indsigtsbrev', { path: shot, contentType: 'image/png' });

  const pdf = await api<{ fileName: string; base64: string }>(page.request, demoApp.url, 'access.exportPdf', { menteeId: person.mentee.id, lang: 'da', purpose: 'klage' });
  expect(pdf.fileName).toBe(`Indsigt-${person.mentee.id}-2026-11-23.pdf`);
  const pdfPath = testInfo.outputPath('indsigt.pdf');
  const text = pdfText(pdf.base64, pdfPath);
  expect(text).toContain('Svar på din anmodning om indsigt');
  expect(text).toContain(person.mentee.name);
  expect(text).toContain(da(person.referralDate));
  expect(text).toContain(`Den ${da(anonymisedOn)} fjerner vi alt`);
  expect(text).toContain('art. 6, stk. 1, litra e');
  expect(text).toContain('Datatilsynet');
  // The screen view was logged as the letter with the default purpose; the PDF once more, with its own.
  expect(text).toMatch(/Dannede indsigtsbrevet\s+indsigtsanmodning/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, testInfo.outputPath('indsigt-side')]);

  const log = await api<{ rows: { method: string; purpose: string | null }[] }>(page.request, demoApp.url, 'log.list', {
    filter: { kind: 'read', menteeId: person.mentee.id },
  });
  const letters = log.rows.filter((r) => r.method.startsWith('access.'));
  expect(letters).toEqual([
    expect.objectContaining({ method: 'access.letter', purpose: 'klage' }),
    expect.objectContaining({ method: 'access.letter', purpose: 'indsigtsanmodning' }),
  ]);

  // The English letter: English headings, the same data.
  const en = await api<{ base64: string }>(page.request, demoApp.url, 'access.exportPdf', { menteeId: person.mentee.id, lang: 'en' });
  const enText = pdfText(en.base64, testInfo.outputPath('access-en.pdf'));
  expect(enText).toContain('Answer to your request for access');
  expect(enText).toContain(`On ${da(anonymisedOn)} we remove everything`);

  // An unknown person: the refusal names the number, on screen and from the PDF method.
  await page.goto(`${demoApp.url}#/print/indsigt?person=987654`);
  await expect(page.getByRole('alert')).toContainText('Der findes ingen person (mentee) med nummer 987654.');
});

test('the information letter in English, with and without the data protection officer', async ({ page, demoApp }, testInfo) => {
  await api(page.request, demoApp.url, 'privacy.setRetentionSettings', { years: 5, dpoContact: null });
  // Reached from the Databeskyttelse page, which warns that the officer's contact is missing.
  await page.goto(`${demoApp.url}#/databeskyttelse`);
  const section = page.getByRole('region', { name: 'Oplysningsbrev til den unge' });
  await expect(section.getByRole('alert')).toContainText('ikke udfyldt');
  await section.getByRole('link', { name: 'Vis brevet på engelsk' }).click();
  await expect(page.getByRole('heading', { name: 'How we handle your information' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Databeskyttelsesrådgiverens kontakt er ikke udfyldt');
  const shot = testInfo.outputPath('oplysning-en.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('oplysningsbrev', { path: shot, contentType: 'image/png' });

  const en = await api<{ fileName: string; base64: string }>(page.request, demoApp.url, 'access.infoLetterPdf', { lang: 'en' });
  expect(en.fileName).toBe('Information-letter.pdf');
  const enPath = testInfo.outputPath('information-en.pdf');
  const text = pdfText(en.base64, enPath);
  expect(text).toContain('How we handle your information');
  expect(text).toContain('We keep your information for 5 years');
  expect(text).toContain('Ask your municipality who the data protection officer is.');
  expect(text).toContain('We do not record your CPR number');
  // The on-screen warning is not printed.
  expect(text).not.toContain('ikke udfyldt');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', enPath, testInfo.outputPath('information-en-side')]);

  await api(page.request, demoApp.url, 'privacy.setRetentionSettings', { years: 7, dpoContact: 'DPO Fyn, dpo@kommune.dk, 70 11 22 33' });
  const daPdf = await api<{ base64: string }>(page.request, demoApp.url, 'access.infoLetterPdf', { lang: 'da' });
  const daText = pdfText(daPdf.base64, testInfo.outputPath('oplysning-da.pdf'));
  expect(daText).toContain('Sådan behandler vi dine oplysninger');
  expect(daText).toContain('DPO Fyn, dpo@kommune.dk, 70 11 22 33');
  expect(daText).toContain('Vi gemmer dine oplysninger i 7 år');
  expect(daText).toContain('Vi skriver ikke journal');
});
