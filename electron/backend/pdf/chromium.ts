// Web mode (and tests): prints the bridge's own print routes with Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { PRINT_READY_TIMEOUT_MS, PrintPageError, type PdfPrinter, type PdfSession } from './printer';

export const CHROMIUM_ARGS = [
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
          if (last === null) await page.goto(`${appUrl}#${route}`);
          else if (last === route) await page.reload();
          else {
            // Clear the previous document's signal before asking for the next one.
            await page.evaluate((r) => {
              delete document.body.dataset.printReady;
              delete document.body.dataset.printError;
              window.location.hash = r;
            }, route);
          }
          last = route;
          const handle = await page.waitForFunction(() => document.body.dataset.printReady, undefined, { timeout: PRINT_READY_TIMEOUT_MS });
          if ((await handle.jsonValue()) !== 'true') {
            throw new PrintPageError((await page.evaluate(() => document.body.dataset.printError)) ?? 'Siden kunne ikke vises.');
          }
          return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        },
        async close() {
          await browser.close();
        },
      };
    },
  };
}
