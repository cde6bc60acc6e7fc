// #13: the web-mode printer keeps its Chromium between jobs (a single report must not pay its start),
// and one context whose cache keeps the app's code; each job gets its own page, loaded while the previous
// job ran, and the session cookie only while it runs; the browser goes after the idle time or on shutdown.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { renderPdf } from '../../electron/backend/pdf/printer';
import { harnessServingPage, printOnlyStandIn, signIn, type Harness } from './bridgeHarness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Counts the page loads of one page in its sessionStorage: a fresh page starts again at 1.
const PAGE = printOnlyStandIn(
  `document.body.textContent = 'Indlæsning ' + n;
  if (n !== 1) document.body.dataset.printError = 'delt side';
  document.body.dataset.printReady = location.hash.slice(1);`,
  `const n = Number(sessionStorage.getItem('loads') ?? 0) + 1;
sessionStorage.setItem('loads', String(n));`,
);

let h: Harness;
harnessServingPage(PAGE, (x) => (h = x));

describe.skipIf(!fs.existsSync(CHROMIUM))('Chromium printer keeps its browser warm', () => {
  it('prints several jobs with one browser start, each on a fresh page, signed in only while it runs', async () => {
    await signIn(h);
    const printer = chromiumPrinter(h.bridge.url, () => h.bridge.printerCookie(), CHROMIUM);
    try {
      for (let i = 0; i < 3; i++) {
        expect((await renderPdf(printer, '/print/test')).subarray(0, 5).toString()).toBe('%PDF-');
        expect(await printer.heldCookies()).toBe(0);
        // The next job's page is loaded already: the print-only app without a route, signed out.
        expect(await printer.waitingUrl()).toBe(`${h.bridge.url}index.html?udskrift`);
      }
      expect(printer.launches()).toBe(1);
      // While a job runs its page is signed in.
      const session = await printer.open();
      expect(await printer.heldCookies()).toBe(1);
      await session.close();
      expect(await printer.heldCookies()).toBe(0);
      await printer.shutdown();
      await renderPdf(printer, '/print/test');
      expect(printer.launches()).toBe(2);
    } finally {
      await printer.shutdown();
    }
  }, 60_000);

  it('closes the browser after the idle time, and the next job starts it again', async () => {
    await signIn(h);
    const printer = chromiumPrinter(h.bridge.url, () => h.bridge.printerCookie(), CHROMIUM, { idleMs: 50 });
    try {
      await renderPdf(printer, '/print/test');
      await new Promise((r) => setTimeout(r, 1000));
      await renderPdf(printer, '/print/test');
      expect(printer.launches()).toBe(2);
    } finally {
      await printer.shutdown();
    }
  }, 60_000);
});
