// Turning a renderer print route into PDF bytes. The route (e.g. "/print/opkraevning?id=3&kommune=7")
// renders a page that sets document.body.dataset.printReady to "true" when its data are in place,
// or to "error" (with the message in data-print-error) when they cannot be.
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
