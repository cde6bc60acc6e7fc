// #11 Issuing from the dialog: the warnings and the first number are shown, a yes is needed, the numbers show.
import { expect, test } from './fixtures';

test('issuing shows the warnings and the first number; the numbers are on the version', async ({ page, app }, testInfo) => {
  await page.goto(app.url);
  await page.getByLabel('Korpsets navn').fill('Testkorpset');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  await page.getByRole('link', { name: 'Kommuner' }).click();
  await page.getByRole('button', { name: 'Tilføj de ti fynske kommuner' }).click();
  const list = (await (await page.request.post(`${app.url}api/municipalities.list`, { data: {} })).json()) as { result: { id: number; name: string }[] };
  const ids = Object.fromEntries(list.result.map((m) => [m.name, m.id]));
  const created = await page.request.post(`${app.url}api/billing.create`, {
    data: {
      year: 2026,
      participants: [
        { municipalityId: ids.Odense, students: 2, countDate: '2025-09-05', source: 'SOSU Fyn' },
        { municipalityId: ids.Ærø, students: 1, countDate: '2025-09-05', source: 'SOSU Fyn' },
      ],
      costLines: [{ kind: 'loen', amountOere: 100_000_000 }],
      instalmentDueDates: ['2026-01-01'],
      paymentTermsDays: 30,
      payeeName: 'Odense Kommune',
      payeeCvr: '35209115',
      payeeAddress: 'Flakhaven 2, 5000 Odense C',
      payeeEan: '5798000004610',
      payeeRegNo: '1234',
      payeeAccount: '12345678',
      contactName: 'Hanne Lund',
    },
  });
  expect(((await created.json()) as { ok: boolean }).ok).toBe(true);
  await page.getByRole('link', { name: 'Fordelingsnøgle' }).click();
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsted opkrævninger for 2026' });
  const warnings = dialog.getByRole('group', { name: 'Advarsler' });
  await expect(warnings).toContainText('4 advarsler');
  await expect(warnings).toContainText('Ærø har intet EAN-nummer');
  await expect(warnings).toContainText('Odense har hverken kontaktperson/bruger-id eller ordrenummer.');
  await expect(dialog).toContainText('numrene 2026-0001 og frem');
  await dialog.getByLabel('Første fakturanummer (2026-…)').fill('7');
  await dialog.getByRole('button', { name: 'Udsted og lås version 1' }).click();
  await expect(warnings.getByText(/Opkrævningerne er ikke udstedt/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('udsted.png') });
  await warnings.getByLabel('Udsted alligevel').check();
  await dialog.getByRole('button', { name: 'Udsted og lås version 1' }).click();
  await expect(page.getByRole('status')).toHaveText('Opkrævningerne for 2026 er udstedt; version 1 er låst.');
  const rates = page.getByRole('table', { name: 'Rater pr. kommune' });
  await expect(rates.getByRole('row', { name: /Odense/ })).toContainText('2026-0007');
  await expect(rates.getByRole('row', { name: /Ærø/ })).toContainText('2026-0008');
});
