// Desktop app: prints renderer print routes to PDF in a hidden, equally hardened window with
// webContents.printToPDF (A4, the page's own @page size). One window serves a whole batch.
import { BrowserWindow } from 'electron';
import { PRINT_READY_TIMEOUT_MS, PrintPageError, type PdfPrinter, type PdfSession } from './backend/pdf/printer';

async function waitForPrintReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  for (;;) {
    const state = (await win.webContents.executeJavaScript('document.body ? document.body.dataset.printReady || "" : ""')) as string;
    if (state === 'true') return;
    if (state === 'error') {
      const message = (await win.webContents.executeJavaScript('document.body.dataset.printError || ""')) as string;
      throw new PrintPageError(message || 'Siden kunne ikke vises.');
    }
    if (Date.now() > deadline) throw new PrintPageError('Siden blev ikke klar til udskrift i tide.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function electronPrinter(indexHtml: string, preload: string): PdfPrinter {
  return {
    async open(): Promise<PdfSession> {
      const win = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          // The print page loads its figures through the same one-function preload as the main window.
          preload, // eng-disable PRELOAD_JS_CHECK
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      return {
        async render(route: string): Promise<Buffer> {
          await win.loadFile(indexHtml, { hash: route });
          await waitForPrintReady(win);
          return win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
        },
        async close() {
          if (!win.isDestroyed()) win.destroy();
        },
      };
    },
  };
}
