// A web-mode app on a fresh data file started WITHOUT MENTORKORPS_PASSPHRASE, so it begins in state 'new'
// and the test walks through setup, unlock and recovery as a coordinator would.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_TODAY, type RunningApp } from './fixtures';

async function startFresh(): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-e2e-session-'));
  const dataFile = path.join(dir, 'data.sqlite');
  const env = { ...process.env };
  delete env.MENTORKORPS_PASSPHRASE;
  const child = spawn(process.execPath, ['dist-electron/web.cjs', '--data', dataFile, '--port', '0', '--today', E2E_TODAY], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`App did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`App exited (${code}): ${out}`)));
  });
  return { app: { url, dataFile, dir }, child };
}

export const test = base.extend<{ freshApp: RunningApp }>({
  freshApp: async ({}, use) => {
    const { app, child } = await startFresh();
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
