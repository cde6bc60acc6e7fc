// Web mode (and tests): prints the bridge's own print routes with Debian's Chromium through playwright-core.
import { chromium, errors } from 'playwright-core';
import { PrintPageError, READ_PRINT_SIGNAL, waitForPrintReady, type PdfPrinter, type PdfSession, type PrintSignal } from './printer';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPrinter(appUrl: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): PdfPrinter {
  return {
    async open(): Promise<PdfSession> {
      let browser;
      try {
        browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      } catch (err) {
        throw new Error(`Chromium kunne ikke startes (${executablePath}): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      const context = await browser.newContext({ locale: 'da-DK' });
      // One page for the whole batch: the app loads once, later documents only change the hash route.
      const page = await context.newPage();
      let last: string | null = null;
      return {
        async render(route: string): Promise<Buffer> {
          try {
            if (last === null) await page.goto(`${appUrl}#${route}`);
            else if (last === route) await page.reload();
            else await page.evaluate((r) => (window.location.hash = r), route);
            last = route;
            await waitForPrintReady(() => page.evaluate(READ_PRINT_SIGNAL) as Promise<PrintSignal>, route);
            return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
          } catch (err) {
            // Playwright's own messages are English ("Timeout 30000ms exceeded"); the coordinator reads this one.
            if (err instanceof PrintPageError) throw err;
            console.error('PDF:', route, err);
            throw new PrintPageError(err instanceof errors.TimeoutError ? 'Siden blev ikke klar til udskrift i tide.' : 'Siden kunne ikke hentes og udskrives.');
          }
        },
        async close() {
          await browser.close();
        },
      };
    },
  };
}
