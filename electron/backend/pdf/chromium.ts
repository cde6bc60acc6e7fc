// Web mode (and tests): prints the bridge's own print routes with Debian's Chromium through playwright-core,
// signed in with a session cookie the bridge mints for it (the pages hold no secret).
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

export interface PrinterCookie {
  name: string;
  value: string;
  url: string;
}

export function chromiumPrinter(appUrl: string, sessionCookie: () => PrinterCookie | null, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): PdfPrinter {
  return {
    async open(): Promise<PdfSession> {
      const cookie = sessionCookie();
      if (!cookie) throw new PrintPageError('Datafilen er låst: lås Mentorkorps op og prøv igen.');
      let browser;
      try {
        browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      } catch (err) {
        throw new Error(`Chromium kunne ikke startes (${executablePath}): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      let page;
      try {
        const context = await browser.newContext({ locale: 'da-DK' });
        await context.addCookies([{ ...cookie, httpOnly: true, sameSite: 'Strict' }]);
        // One page for the whole batch: the app loads once, later documents only change the hash route.
        page = await context.newPage();
      } catch (err) {
        await browser.close().catch(() => undefined);
        throw err;
      }
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
