// Web mode (and tests): prints the bridge's own print routes with Debian's Chromium through playwright-core,
// signed in with a session cookie the bridge mints for it (the pages hold no secret).
// playwright-core is loaded when the first batch is printed, not when the app starts.
import { awaitPrintReady, NOT_READY_MESSAGE, PrintPageError, type PdfPrinter, type PdfSession, type PrintSignal } from './printer';

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
      const { chromium, errors } = await import('playwright-core');
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
            // A new route only changes the hash of the loaded app (inside the wait script, so the page's
            // answer is awaited, not polled); the same route again would change nothing, so it reloads.
            const fresh = last === null || last === route;
            if (last === null) await page.goto(`${appUrl}#${route}`);
            else if (last === route) await page.reload();
            last = route;
            await awaitPrintReady((script) => page.evaluate(script) as Promise<PrintSignal>, route, { setHash: !fresh });
            return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
          } catch (err) {
            // Playwright's own messages are English ("Timeout 30000ms exceeded"); the coordinator reads this one.
            if (err instanceof PrintPageError) throw err;
            console.error('PDF:', route, err);
            throw new PrintPageError(err instanceof errors.TimeoutError ? NOT_READY_MESSAGE : 'Siden kunne ikke hentes og udskrives.');
          }
        },
        async close() {
          await browser.close();
        },
      };
    },
  };
}
