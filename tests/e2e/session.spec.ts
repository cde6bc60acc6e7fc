// The data file's passphrase as a coordinator meets it: setup and the recovery code, unlock, app lock,
// recovery, and the Sikkerhed page. Needs the real session backend (not the placeholder).
import { chooseFirstPassphrase, confirmRecoveryCode, expect, field, RECOVERY_CODE_TEXT, test, unlock } from './sessionFixtures';

const FIRST = 'grøn cykel under broen';
const SECOND = 'blå båd ved havnen i Faaborg';
const NO_WAY_BACK = 'Uden adgangskoden og gendannelseskoden kan ingen – heller ikke os – få data tilbage.';

test('setup refuses a short passphrase, shows the recovery code once, and the app locks and unlocks', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  await expect(page.getByRole('heading', { name: 'Beskyt data med en adgangskode' })).toBeVisible();
  await expect(page.getByText(/Mindst 12 tegn/)).toBeVisible();

  // Too short: refused at the field, naming the rule.
  await field(page, 'Adgangskode').fill('kort kode');
  await field(page, 'Gentag adgangskode').fill('kort kode');
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page.getByText('Adgangskoden skal være mindst 12 tegn (den har 9).')).toBeVisible();
  await expect(field(page, 'Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  // Different repeat: shown at the repeat field.
  await field(page, 'Adgangskode').fill(FIRST);
  await field(page, 'Gentag adgangskode').fill(`${FIRST}!`);
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(field(page, 'Gentag adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Adgangskoderne er ikke ens/)).toBeVisible();

  await field(page, 'Gentag adgangskode').fill(FIRST);
  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page.getByText(RECOVERY_CODE_TEXT)).toBeVisible();
  await expect(page.getByText(NO_WAY_BACK)).toBeVisible();
  await expect(page.getByText(freshApp.dataFile)).toBeVisible();
  // Going on needs the tick.
  await expect(page.getByRole('button', { name: 'Fortsæt' })).toBeDisabled();
  await confirmRecoveryCode(page);
  await expect(page.getByRole('heading', { name: 'Velkommen til Mentorkorps' })).toBeVisible();
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();

  // A browser without this session (a new start of the browser, another user) starts locked;
  // a reload in the same browser keeps its HttpOnly session cookie.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();
  await page.context().clearCookies();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await expect(field(page, 'Adgangskode')).toBeFocused();
  await unlock(page, 'forkert adgangskode');
  await expect(field(page, 'Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await unlock(page, FIRST);
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();

  // Ctrl+L locks at once, and the data are gone from the page.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);
  await unlock(page, FIRST);
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();
});

test('the recovery code sets a new passphrase, which then works and the old one does not', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  const code = await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.getByLabel('Korpsets navn').fill('Testkorpset');
  await page.getByRole('button', { name: 'Start tomt' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Glemt adgangskoden? Brug gendannelseskoden' }).click();
  // Typed as people copy from paper: lower case, spaces instead of dashes.
  await field(page, 'Gendannelseskode').fill(code.toLowerCase().replaceAll('-', ' '));
  await field(page, 'Ny adgangskode').fill(SECOND);
  await field(page, 'Gentag ny adgangskode').fill(SECOND);
  await page.getByRole('button', { name: 'Gem ny adgangskode og lås op' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  await page.keyboard.press('Control+l');
  await unlock(page, FIRST);
  await expect(field(page, 'Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await unlock(page, SECOND);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
});

test('a wrong recovery code is refused at the field', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  const code = await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.context().clearCookies();
  await page.reload();
  await page.getByRole('button', { name: 'Glemt adgangskoden? Brug gendannelseskoden' }).click();
  // Same shape, other last character.
  const wrong = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
  await field(page, 'Gendannelseskode').fill(wrong);
  await field(page, 'Ny adgangskode').fill(SECOND);
  await field(page, 'Gentag ny adgangskode').fill(SECOND);
  await page.getByRole('button', { name: 'Gem ny adgangskode og lås op' }).click();
  await expect(field(page, 'Gendannelseskode')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await unlock(page, FIRST);
  await expect(page.getByRole('heading', { name: 'Velkommen til Mentorkorps' })).toBeVisible();
});

test('the Sikkerhed page changes the passphrase, makes a new recovery code, sets the idle lock and locks', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  const firstCode = await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  await page.getByRole('link', { name: 'Sikkerhed', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sikkerhed', level: 1 })).toBeVisible();

  // Change the passphrase: a wrong current one is refused at its field.
  await field(page, 'Nuværende adgangskode').fill('ikke den rigtige');
  await field(page, 'Ny adgangskode').fill(SECOND);
  await field(page, 'Gentag ny adgangskode').fill(SECOND);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(field(page, 'Nuværende adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Nuværende adgangskode').fill(FIRST);
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByRole('status')).toHaveText(/Adgangskoden er skiftet/);
  // The form starts afresh: empty, and no error for the fields it empties.
  await expect(field(page, 'Ny adgangskode')).toHaveValue('');
  await expect(field(page, 'Nuværende adgangskode')).toHaveValue('');
  await expect(field(page, 'Ny adgangskode')).not.toHaveAttribute('aria-invalid');

  // A new recovery code: asked for the passphrase, shown once, different from the first.
  await page.getByRole('button', { name: 'Lav en ny gendannelseskode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lav en ny gendannelseskode' });
  await field(dialog, 'Adgangskode').fill(SECOND);
  await dialog.getByRole('button', { name: 'Lav ny kode' }).click();
  const newCode = page.getByText(RECOVERY_CODE_TEXT);
  await expect(newCode).toBeVisible();
  expect(await newCode.textContent()).not.toBe(firstCode);
  await expect(page.getByText(/Den gamle kode virker ikke længere/)).toBeVisible();
  // Printed, the sheet stands alone: the menu and the page around it are not on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sikkerhed', level: 1 })).toBeHidden();
  await expect(newCode).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await confirmRecoveryCode(page);
  // Without the sheet, a printed page is the page itself again.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Sikkerhed', level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The idle lock: outside 1–240 is refused at the field; inside is kept.
  await field(page, 'Lås efter minutter uden brug').fill('500');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByText('Lås efter minutter må højst være 240.')).toBeVisible();
  await field(page, 'Lås efter minutter uden brug').fill('5');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/automatisk lås er gemt/);

  await page.getByRole('button', { name: 'Lås nu' }).click();
  await unlock(page, FIRST);
  await expect(field(page, 'Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await unlock(page, SECOND);
  // Back on the page that was open.
  await expect(page.getByRole('heading', { name: 'Sikkerhed', level: 1 })).toBeVisible();
  await expect(field(page, 'Lås efter minutter uden brug')).toHaveValue('5');
});

test('no input for the idle lock minutes locks the app', async ({ page, freshApp }) => {
  await page.clock.install();
  await page.goto(freshApp.url);
  await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  await page.getByRole('link', { name: 'Sikkerhed', exact: true }).click();
  await field(page, 'Lås efter minutter uden brug').fill('1');
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/automatisk lås er gemt/);
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'Sikkerhed', level: 1 })).toBeVisible();
  await page.clock.fastForward('00:20');
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
});

test('after repeated wrong passphrases the unlock button waits with a countdown, then works again', async ({ page, freshApp }) => {
  test.setTimeout(150_000);
  await page.goto(freshApp.url);
  await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.context().clearCookies();
  await page.reload();
  const button = page.getByRole('button', { name: 'Lås op' });
  const countdown = page.getByText(/^Prøv igen om \d+ sekund(er)?$/);
  // How many tries the backend allows before a wait is its rule; try until the wait shows.
  for (let i = 0; i < 10 && !(await countdown.isVisible()); i++) {
    await unlock(page, `forkert nummer ${i}`);
    await expect(field(page, 'Adgangskode')).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(countdown).toBeVisible();
  await expect(button).toBeDisabled();
  // The countdown runs to its end and frees the button (it once stopped at "1 sekund").
  await expect(countdown).toBeHidden({ timeout: 120_000 });
  await expect(button).toBeEnabled();
  await unlock(page, FIRST);
  await expect(page.getByRole('heading', { name: 'Velkommen til Mentorkorps' })).toBeVisible();
});

test('any call answered LOCKED brings back the unlock screen', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();
  // The backend's answer while locked, to the next data call (session.* go through). The menu badge's
  // reminder is read in the background once the first screen's reads are done; it is left alone so
  // the click below is the call that meets the lock (the badge meeting it first detached the link).
  await page.route(/\/api\/(?!session\.|privacy\.retentionDue)/, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'LOCKED', message: 'Data er låst.' } }) }),
  );
  await page.getByRole('link', { name: 'Mentorer' }).click();
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
  await page.unrouteAll();
  await unlock(page, FIRST);
  // Back where the coordinator was going.
  await expect(page.getByRole('heading', { name: 'Mentorer', level: 1 })).toBeVisible();
});

test('a lock from another window shows within the 30-second poll', async ({ page, context, freshApp }) => {
  await context.clock.install();
  await page.goto(freshApp.url);
  await chooseFirstPassphrase(page, FIRST);
  await confirmRecoveryCode(page);
  await page.getByRole('button', { name: 'Indlæs demokorps' }).click();
  await expect(page.getByRole('heading', { name: 'Forløb', level: 1 })).toBeVisible();

  const other = await context.newPage();
  await other.goto(freshApp.url);
  // A new page may start locked (its own session) or open; either way it ends unlocked.
  const otherLocked = other.getByRole('heading', { name: 'Lås Mentorkorps op' });
  const otherNav = other.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(otherLocked.or(otherNav)).toBeVisible();
  if (await otherLocked.isVisible()) await unlock(other, FIRST);
  await expect(otherNav).toBeVisible();
  await other.keyboard.press('Control+l');
  await expect(other.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();

  await page.bringToFront();
  await page.clock.runFor('00:31');
  await expect(page.getByRole('heading', { name: 'Lås Mentorkorps op' })).toBeVisible();
});

test('"Vis adgangskoderne" takes the first click straight after typing a passphrase', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  await field(page, 'Adgangskode').fill('kort');
  await page.getByRole('checkbox', { name: 'Vis adgangskoderne' }).click();
  await expect(page.getByRole('checkbox', { name: 'Vis adgangskoderne' })).toBeChecked();
  await expect(field(page, 'Adgangskode')).toHaveAttribute('type', 'text');
});

test('the new passphrase: its rule shows on leaving the field, and a submit shows every error and focuses the first', async ({ page, freshApp }) => {
  await page.goto(freshApp.url);
  const first = field(page, 'Adgangskode');
  const repeat = field(page, 'Gentag adgangskode');
  // Passing through an empty field is no try.
  await first.focus();
  await repeat.focus();
  await expect(first).not.toHaveAttribute('aria-invalid');
  await first.fill('kort');
  await repeat.focus();
  await expect(page.getByText('Adgangskoden skal være mindst 12 tegn (den har 4).')).toBeVisible();
  // Then live while typing.
  await first.fill('kortere');
  await expect(page.getByText('Adgangskoden skal være mindst 12 tegn (den har 7).')).toBeVisible();
  await expect(repeat).not.toHaveAttribute('aria-invalid');

  await page.getByRole('button', { name: 'Gem adgangskoden' }).click();
  await expect(page.getByText('Gentag adgangskode skal udfyldes.')).toBeVisible();
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(first).toBeFocused();
  // After a submit the mismatch follows the first field as it is typed.
  await repeat.fill(FIRST);
  await expect(page.getByText(/Adgangskoderne er ikke ens/)).toBeVisible();
  await first.fill(FIRST);
  await expect(page.getByText(/Adgangskoderne er ikke ens/)).toBeHidden();
  await expect(first).not.toHaveAttribute('aria-invalid');
});
