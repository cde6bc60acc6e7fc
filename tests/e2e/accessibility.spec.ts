// axe-core on every page, dialog, state and print route (WCAG 2.1 A/AA and best practice). A test
// fails on any critical or serious violation, and on a missing main landmark or content outside
// landmarks on a print view; lesser findings are printed, page × rule, with their node counts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { PAGES, type Target } from './a11yTargets';
import { expect, signIn, startApp, test as base, type RunningApp } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const LANDMARK_RULES = ['landmark-one-main', 'region'];
const found: { page: string; rule: string; impact: string; nodes: number }[] = [];

/** One demo server for the read-only scans (each test still signs its own browser in). */
const test = base.extend<object, { demo: RunningApp }>({
  demo: [
    async ({}, use) => {
      const { app, child } = await startApp(['--demo']);
      await use(app);
      child.kill();
      fs.rmSync(app.dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** Waits until the route has drawn its data (print routes say so on <body>). */
async function settle(page: Page, route: string) {
  if (route.startsWith('/print/')) {
    await page.waitForFunction(() => document.body.hasAttribute('data-print-ready') || document.body.hasAttribute('data-print-error'));
  } else {
    await expect(page.locator('main h1, h1').first()).toBeVisible();
  }
  await expect(page.getByText(/^Indlæser/)).toHaveCount(0);
  await page.waitForTimeout(300); // chart animations end before colours are measured
}

/** Scans the page as it is now; returns the violations that fail the test, as "rule (impact): n nodes". */
async function scan(page: Page, name: string, route: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const failing: string[] = [];
  for (const v of violations) {
    const impact = v.impact ?? 'unknown';
    found.push({ page: name, rule: v.id, impact, nodes: v.nodes.length });
    console.log(`axe: ${name} × ${v.id} (${impact}) ${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    if (impact === 'critical' || impact === 'serious' || (route.startsWith('/print/') && LANDMARK_RULES.includes(v.id))) {
      failing.push(`${v.id} (${impact}): ${v.nodes.length} nodes – ${v.help}`);
    }
  }
  return failing;
}

async function visit(page: Page, app: RunningApp, { name, route, open }: Target) {
  await page.goto(`${app.url}#${route}`);
  await settle(page, route);
  if (open) await open(page);
  await page.waitForTimeout(200);
  expect(await scan(page, name, route), `${name} (#${route})`).toEqual([]);
}

test.afterAll(() => {
  if (!found.length) return;
  console.log(`\naxe summary (page × rule, nodes):\n${found.map((f) => `  ${f.page} × ${f.rule} [${f.impact}] ${f.nodes}`).join('\n')}`);
});

for (const target of PAGES) {
  test(`axe: ${target.name}`, async ({ page, context, demo }) => {
    await signIn(context, demo);
    await visit(page, demo, target);
  });
}

test('axe: unlock and recovery screens (a browser that is not signed in)', async ({ page, demo }) => {
  await page.goto(demo.url);
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  const failing = await scan(page, 'Lås op', '/');
  await page.getByLabel(/^Adgangskode/).fill('forkert adgangskode her');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  failing.push(...(await scan(page, 'Lås op › forkert adgangskode', '/')));
  await page.getByRole('button', { name: 'Glemt adgangskoden? Brug gendannelseskoden' }).click();
  await expect(page.getByRole('button', { name: 'Tilbage' })).toBeVisible();
  failing.push(...(await scan(page, 'Gendannelseskode', '/')));
  expect(failing).toEqual([]);
});

test('axe: setup screen of a new data file', async ({ page }) => {
  const { app, child } = await startApp([], { passphrase: null });
  try {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Beskyt data med en adgangskode' })).toBeVisible();
    expect(await scan(page, 'Opsætning', '/')).toEqual([]);
  } finally {
    child.kill();
    fs.rmSync(app.dir, { recursive: true, force: true });
  }
});

test('axe: welcome and every page of an empty corps', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'Start tomt' })).toBeVisible();
  const failing = await scan(page, 'Velkommen', '/');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  for (const route of ['/forloeb', '/samtaler', '/sagsfordeling', '/opfoelgning', '/mentorer', '/kommuner', '/fordeling', '/statistik', '/spoergeskema', '/sikkerhedskopier']) {
    await page.goto(`${app.url}#${route}`);
    await settle(page, route);
    failing.push(...(await scan(page, `Tom: ${route}`, route)).map((f) => `${route}: ${f}`));
  }
  expect(failing).toEqual([]);
});

test('axe: an issued key: new version and settlement dialogs, settlement print', async ({ page, demoApp }) => {
  await page.goto(`${demoApp.url}#/fordeling`);
  await settle(page, '/fordeling');
  await page.getByRole('button', { name: 'Udsted opkrævninger' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Udsted og lås/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const failing = await scan(page, 'Fordelingsnøgle (udstedt)', '/fordeling');
  await page.getByRole('button', { name: 'Ny version (rettelse)' }).click();
  failing.push(...(await scan(page, 'Fordelingsnøgle › Ny version', '/fordeling')));
  await page.getByRole('button', { name: 'Annuller' }).click();
  await page.getByRole('button', { name: 'Efterregulering', exact: true }).click();
  failing.push(...(await scan(page, 'Fordelingsnøgle › Efterregulering', '/fordeling')));
  await page.getByLabel('Forfaldsdato for efterreguleringen').fill('01.03.2027');
  await page.getByRole('button', { name: 'Beregn efterregulering' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  failing.push(...(await scan(page, 'Fordelingsnøgle (efterreguleret)', '/fordeling')));
  const route = '/print/efterregulering?id=1&kommune=6';
  await page.goto(`${demoApp.url}#${route}`);
  await settle(page, route);
  failing.push(...(await scan(page, 'Print › efterregulering', route)));
  expect(failing).toEqual([]);
});
