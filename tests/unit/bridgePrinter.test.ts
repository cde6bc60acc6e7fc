// The backend's own PDF printer signs in to the bridge with the session cookie it mints (no token in the page).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { renderPdf } from '../../electron/backend/pdf/printer';
import { harnessServingPage, printOnlyStandIn, signIn, type Harness } from './bridgeHarness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A print page that calls a data method once a route is shown and reports failure through the print signal.
const PAGE = printOnlyStandIn(`fetch('./api/app.info', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then((r) => {
      document.body.textContent = 'HTTP ' + r.status;
      if (r.status !== 200) document.body.dataset.printError = 'HTTP ' + r.status;
      document.body.dataset.printReady = location.hash.slice(1);
    });`);

let h: Harness;
harnessServingPage(PAGE, (x) => (h = x));

describe.skipIf(!fs.existsSync(CHROMIUM))('Chromium printer through the bridge', () => {
  it('prints a page whose API calls pass with the minted cookie, and refuses while locked', async () => {
    const printer = chromiumPrinter(h.bridge.url, () => h.bridge.printerCookie(), CHROMIUM);
    await expect(renderPdf(printer, '/print/test')).rejects.toThrow(/låst/);
    await signIn(h);
    const pdf = await renderPdf(printer, '/print/test');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Without the cookie the same page reports 401: the cookie is what let it through.
    const anonymous = chromiumPrinter(h.bridge.url, () => ({ name: 'mk_session', value: 'x'.repeat(64), url: h.bridge.url }), CHROMIUM);
    await expect(renderPdf(anonymous, '/print/test')).rejects.toThrow('HTTP 401');
  }, 60_000);
});
