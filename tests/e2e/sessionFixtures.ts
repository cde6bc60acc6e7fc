// A web-mode app on a fresh data file started WITHOUT MENTORKORPS_PASSPHRASE, so it begins in state 'new'
// and the test walks through setup, unlock and recovery as a coordinator would.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startApp, type RunningApp } from './fixtures';

export const test = base.extend<{ freshApp: RunningApp }>({
  freshApp: async ({}, use) => {
    const { app, child } = await startApp([], { passphrase: null });
    await use(app);
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  },
});

export { expect };

/** Required fields' labels end in " *"; match the label from its start so "Adgangskode" is not "Gentag adgangskode". */
export const field = (within: Pick<Page, 'getByLabel'>, label: string) => within.getByLabel(new RegExp(`^${label}`));

export const RECOVERY_CODE_TEXT = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/;

/** Setup with a good passphrase; returns the recovery code shown once, and stops on the sheet. */
export async function chooseFirstPassphrase(page: Page, passphrase: string): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Beskyt data med en adgangskode' })).toBeVisible();
  await field(page, 'Adgangskode').fill(passphrase);
  await field(page, 'Gentag adgangskode').fill(passphrase);
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  const code = page.getByText(RECOVERY_CODE_TEXT);
  await expect(code).toBeVisible();
  return (await code.textContent()) ?? '';
}

/** Ticks "written down" and continues past the recovery code sheet. */
export async function confirmRecoveryCode(page: Page) {
  await page.getByLabel('Jeg har skrevet koden ned eller udskrevet den').check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}

export async function unlock(page: Page, passphrase: string) {
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await field(page, 'Adgangskode').fill(passphrase);
  await page.getByRole('button', { name: 'Lås op' }).click();
}
