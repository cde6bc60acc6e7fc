// Turning a renderer print route into PDF bytes. The route (e.g. "/print/opkraevning?id=3&kommune=7")
// renders a page that sets document.body.dataset.printReady to that route when its document is in place
// (renderer/src/print/usePrintReady.ts), with the message in data-print-error when it cannot be shown.
// Web mode prints with Chromium via playwright-core; Electron with webContents.printToPDF.

export interface PdfSession {
  render(route: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface PdfPrinter {
  /** One session (one browser or hidden window) serves a whole batch. */
  open(): Promise<PdfSession>;
  /** Closes what the printer keeps warm between jobs (a browser); the next job starts it again. */
  shutdown?(): Promise<void>;
}

/** One route to one PDF, for callers that print a single document. */
export async function renderPdf(printer: PdfPrinter, route: string): Promise<Buffer> {
  const session = await printer.open();
  try {
    return await session.render(route);
  } finally {
    await session.close();
  }
}

export const PRINT_READY_TIMEOUT_MS = 30_000;
export const NOT_READY_MESSAGE = 'Siden blev ikke klar til udskrift i tide.';

/** What a print page reported when it could not render. */
export class PrintPageError extends Error {}

/** The page's print signal: body[data-print-ready] and body[data-print-error]; timedOut when it never came. */
export interface PrintSignal {
  ready?: string;
  error?: string;
  timedOut?: boolean;
}

/**
 * Browser-side expression (for page.evaluate / webContents.executeJavaScript) whose promise settles the
 * moment the page reports `route`: a MutationObserver on <body>'s data attributes, no timer polling.
 * With `setHash` it first moves the already loaded app to the route (a batch reuses one page), so
 * the signal of the previous document, still on screen, never matches. It gives up after timeoutMs.
 */
export function printWaitScript(route: string, { setHash, timeoutMs = PRINT_READY_TIMEOUT_MS }: { setHash: boolean; timeoutMs?: number }): string {
  return `new Promise((resolve) => {
  const route = ${JSON.stringify(route)};
  const body = document.body;
  const read = () => ({ ready: body.dataset.printReady, error: body.dataset.printError });
  const done = (signal) => { observer.disconnect(); clearTimeout(timer); resolve(signal); };
  const look = () => { if (body.dataset.printReady === route) done(read()); };
  const observer = new MutationObserver(look);
  observer.observe(body, { attributes: true, attributeFilter: ['data-print-ready', 'data-print-error'] });
  const timer = setTimeout(() => done({ ...read(), timedOut: true }), ${Number(timeoutMs)});
  if (${setHash ? 'true' : 'false'} && window.location.hash !== '#' + route) window.location.hash = route;
  look();
})`;
}

/**
 * Evaluates printWaitScript in the page and turns its answer into "go ahead" or a PrintPageError.
 * A page that dies answers nothing, so Node keeps its own deadline a little after the page's.
 */
export async function awaitPrintReady(
  evaluate: (script: string) => Promise<PrintSignal>,
  route: string,
  { setHash, timeoutMs = PRINT_READY_TIMEOUT_MS }: { setHash: boolean; timeoutMs?: number },
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<PrintSignal>((resolve) => (timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs + 5000)));
  const signal = await Promise.race([evaluate(printWaitScript(route, { setHash, timeoutMs })), guard]).finally(() => clearTimeout(timer));
  if (signal.ready === route && signal.error) throw new PrintPageError(signal.error);
  if (signal.ready !== route) throw new PrintPageError(NOT_READY_MESSAGE);
}
