// The printer waits for the page's own print signal (a MutationObserver in the page, no timer polling),
// and a batch reuses one page: a new route only changes the hash, and each PDF holds its own document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { awaitPrintReady, PrintPageError, printWaitScript, type PrintSignal } from '../../electron/backend/pdf/printer';
import { harnessPerTest, signIn, type Harness } from './bridgeHarness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Like the app's router: the previous document (and its signal) stays on screen for a while after the
// hash changes, then the new one is drawn and signalled. Each load is counted, to see reloads.
const PAGE = `<!doctype html><html><body><p id="doc"></p><script>
const loads = Number(sessionStorage.getItem('loads') ?? 0) + 1;
sessionStorage.setItem('loads', String(loads));
function draw() {
  const route = location.hash.slice(1);
  setTimeout(() => {
    document.getElementById('doc').textContent = 'Dokument ' + route + ' indlaesning ' + loads;
    if (route.includes('fejl')) document.body.dataset.printError = 'Kommunen er ikke med i denne fordelingsnøgle.';
    else delete document.body.dataset.printError;
    if (!route.includes('aldrig')) document.body.dataset.printReady = route;
  }, 150);
}
window.addEventListener('hashchange', draw);
draw();
</script></body></html>`;

let h: Harness;
harnessPerTest((x) => {
  h = x;
  fs.writeFileSync(path.join(h.b.dir, 'static', 'index.html'), PAGE);
});

const text = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();

describe.skipIf(!fs.existsSync(CHROMIUM))('print wait in Chromium', () => {
  it('prints two routes in sequence on one page, each with its own content; the same route again reloads', async () => {
    await signIn(h);
    const session = await chromiumPrinter(h.bridge.url, () => h.bridge.printerCookie(), CHROMIUM).open();
    try {
      expect(text(await session.render('/print/a'))).toContain('Dokument /print/a indlaesning 1');
      // The signal of /print/a is still on the page for 150 ms: taking it would print document a again.
      expect(text(await session.render('/print/b'))).toContain('Dokument /print/b indlaesning 1');
      expect(text(await session.render('/print/b'))).toContain('Dokument /print/b indlaesning 2');
      await expect(session.render('/print/fejl')).rejects.toThrow(new PrintPageError('Kommunen er ikke med i denne fordelingsnøgle.'));
    } finally {
      await session.close();
    }
  }, 60_000);

  it('gives up with a Danish message when the page never reports the route', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<body data-print-ready="/print/forrige"></body>');
      const started = Date.now();
      const err = await awaitPrintReady((s) => page.evaluate(s) as Promise<PrintSignal>, '/print/aldrig', { setHash: false, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(err).toEqual(new PrintPageError('Siden blev ikke klar til udskrift i tide.'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      // The observer answers at the attribute change itself.
      const answer = page.evaluate(printWaitScript('/print/x', { setHash: false })) as Promise<PrintSignal>;
      await page.evaluate(() => (document.body.dataset.printReady = '/print/x'));
      expect(await answer).toEqual({ ready: '/print/x', error: undefined });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
