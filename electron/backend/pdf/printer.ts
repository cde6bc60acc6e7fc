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

/** What a print page reported when it could not render. */
export class PrintPageError extends Error {}

/** The page's print signal: body[data-print-ready] and body[data-print-error]. */
export interface PrintSignal {
  ready?: string;
  error?: string;
}

/** Browser-side expression reading the PrintSignal, for executeJavaScript / page.evaluate. */
export const READ_PRINT_SIGNAL = '({ ready: document.body?.dataset.printReady, error: document.body?.dataset.printError })';

/**
 * Waits until the page says it has drawn exactly `route`. A signal for any other route is the
 * previous document of a batch, still on screen, and does not count.
 */
export async function waitForPrintReady(read: () => Promise<PrintSignal>, route: string, timeoutMs = PRINT_READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const signal = await read();
    if (signal.ready === route) {
      if (signal.error) throw new PrintPageError(signal.error);
      return;
    }
    if (Date.now() >= deadline) throw new PrintPageError('Siden blev ikke klar til udskrift i tide.');
    await new Promise((r) => setTimeout(r, 100));
  }
}
