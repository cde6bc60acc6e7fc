// Web mode (and tests): prints the bridge's own print routes with Debian's Chromium through playwright-core,
// signed in with a session cookie the bridge mints for it (the pages hold no secret).
// playwright-core is loaded when the first batch is printed, not when the app starts.
// The browser is kept for a short while after a job, so a single report does not pay its start (~1 s),
// with one context whose cache keeps the app's code (assets/ may be cached; API answers are never stored).
// Each job gets its own page, closed with the job: the print-only app (index.html?udskrift), loaded while
// the previous job ran, so a job starts by setting the hash (#13). A page waiting for its job has asked the
// backend nothing and shows nothing; the session cookie is removed when no job runs: no data or sign-in
// outlives the jobs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PRINT_ONLY_QUERY } from '../../../shared/routes';
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

/** How long an unused browser is kept for the next job. */
export const BROWSER_IDLE_MS = 60_000;

export interface PrinterCookie {
  name: string;
  value: string;
  url: string;
}

export function chromiumPrinter(
  appUrl: string,
  sessionCookie: () => PrinterCookie | null,
  executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  { idleMs = BROWSER_IDLE_MS }: { idleMs?: number } = {},
): PdfPrinter & { launches(): number; heldCookies(): Promise<number>; waitingUrl(): Promise<string | null>; shutdown(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  let context: Promise<BrowserContext> | null = null;
  /** A page with the print-only app loaded and nothing shown, waiting for the next job (never signed in). */
  let waiting: Promise<Page> | null = null;
  const printUrl = new URL(`index.html?${PRINT_ONLY_QUERY}`, appUrl).href;
  let users = 0;
  /** The last job's cookie removal; the next job's cookie is added after it, never before. */
  let clearing: Promise<void> = Promise.resolve();
  let launches = 0;
  let idle: NodeJS.Timeout | undefined;

  async function launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    launches++;
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (err) {
      throw new Error(`Chromium kunne ikke startes (${executablePath}): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  const shared = (): Promise<Browser> => {
    if (!browser) {
      const started = launch();
      browser = started;
      // A browser that failed to start, crashed or was closed is started afresh by the next job.
      const forget = () => {
        if (browser !== started) return;
        browser = null;
        context = null;
        waiting = null;
      };
      started.then((b) => b.on('disconnected', forget), forget);
    }
    return browser;
  };
  const sharedContext = (): Promise<BrowserContext> => {
    if (!context) {
      const made = shared().then((b) => b.newContext({ locale: 'da-DK' }));
      context = made;
      made.catch(() => {
        if (context === made) context = null;
      });
    }
    return context;
  };
  /** A new page in print media with the print-only app loaded: its code, no data, no route. */
  const printPage = async (ctx: BrowserContext): Promise<Page> => {
    const page = await ctx.newPage();
    try {
      // Drawn in print media from the start: each page.pdf() then skips restyling the document for print
      // and back (#13: a statement's page.pdf() 200 -> 90 ms). Printing itself is unchanged.
      await page.emulateMedia({ media: 'print' });
      await page.goto(printUrl);
      return page;
    } catch (err) {
      await page.close().catch(() => undefined);
      throw err;
    }
  };
  const prepareNext = (ctx: BrowserContext) => {
    if (waiting || !context) return;
    const next = printPage(ctx);
    next.catch(() => undefined);
    waiting = next;
  };
  /** The waiting page when it is still open, else a new one. */
  const takePage = async (ctx: BrowserContext): Promise<Page> => {
    const ready = waiting;
    waiting = null;
    const found = await ready?.catch(() => null);
    const page = found && !found.isClosed() ? found : await printPage(ctx);
    // The next job's page loads beside this job, once this one has loaded, so jobs in a row each find one.
    prepareNext(ctx);
    return page;
  };
  const shutdown = async () => {
    clearTimeout(idle);
    const b = browser;
    browser = null;
    context = null;
    waiting = null;
    await (await b?.catch(() => null))?.close().catch(() => undefined);
  };
  const release = async (ctx: BrowserContext | undefined) => {
    if (--users > 0) return;
    // unref: a browser kept warm never keeps the process alive on its own.
    idle = setTimeout(() => void shutdown(), idleMs).unref();
    clearing = ctx ? ctx.clearCookies().catch(() => undefined) : clearing;
    await clearing;
  };

  return {
    launches: () => launches,
    /** Cookies in the kept context: none between jobs. */
    heldCookies: async () => (context ? (await (await context).cookies()).length : 0),
    /** The address of the page waiting for the next job, once loaded; null when none waits. */
    waitingUrl: async () => {
      const page = await waiting?.catch(() => null);
      return page && !page.isClosed() ? page.url() : null;
    },
    shutdown,
    async open(): Promise<PdfSession> {
      const cookie = sessionCookie();
      if (!cookie) throw new PrintPageError('Datafilen er låst: lås Mentorkorps op og prøv igen.');
      const { errors } = await import('playwright-core');
      clearTimeout(idle);
      users++;
      let ctx: BrowserContext | undefined;
      let page;
      try {
        ctx = await sharedContext();
        await clearing;
        await ctx.addCookies([{ ...cookie, httpOnly: true, sameSite: 'Strict' }]);
        // One page for the whole batch: the app loads once, every document only changes the hash route.
        page = await takePage(ctx);
      } catch (err) {
        await page?.close().catch(() => undefined);
        await release(ctx);
        throw err;
      }
      let last: string | null = null;
      let closed = false;
      return {
        async render(route: string): Promise<Buffer> {
          try {
            // A new route only changes the hash of the loaded app (inside the wait script, so the page's
            // answer is awaited, not polled); the same route again would change nothing, so it reloads.
            const again = last === route;
            if (again) await page.reload();
            last = route;
            await awaitPrintReady((script) => page.evaluate(script) as Promise<PrintSignal>, route, { setHash: !again });
            return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
          } catch (err) {
            // Playwright's own messages are English ("Timeout 30000ms exceeded"); the coordinator reads this one.
            if (err instanceof PrintPageError) throw err;
            console.error('PDF:', route, err);
            throw new PrintPageError(err instanceof errors.TimeoutError ? NOT_READY_MESSAGE : 'Siden kunne ikke hentes og udskrives.');
          }
        },
        async close() {
          if (closed) return;
          closed = true;
          await page.close().catch(() => undefined);
          await release(ctx);
        },
      };
    },
  };
}
