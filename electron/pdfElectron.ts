// Desktop app: prints renderer print routes to PDF in a hidden, equally hardened window with
// webContents.printToPDF (A4, the page's own @page size), from app://mentorkorps/ like the main window,
// as the print-only app (index.html?udskrift: the documents without the session screens or the menu).
// One window serves a whole batch: the file is loaded once, later statements only change the hash,
// and the page's print signal is awaited inside the page (printWaitScript), never polled.
import { BrowserWindow } from 'electron';
import { appPrintUrl } from './appProtocol';
import { awaitPrintReady, type PdfPrinter, type PdfSession, type PrintSignal } from './backend/pdf/printer';

function reload(win: BrowserWindow): Promise<void> {
  const wc = win.webContents;
  return new Promise((resolve, reject) => {
    const loaded = () => {
      wc.off('did-fail-load', failed);
      resolve();
    };
    const failed = (_e: unknown, _code: number, description: string) => {
      wc.off('did-finish-load', loaded);
      reject(new Error(description));
    };
    wc.once('did-finish-load', loaded);
    wc.once('did-fail-load', failed);
    wc.reload();
  });
}

/**
 * Draws the window in print media from the start, as the web-mode printer does: printToPDF then skips
 * restyling the document for print and back for each statement (#13). Printing works without it.
 */
async function emulatePrintMedia(win: BrowserWindow): Promise<void> {
  try {
    win.webContents.debugger.attach('1.3');
    await win.webContents.debugger.sendCommand('Emulation.setEmulatedMedia', { media: 'print' });
  } catch (err) {
    console.warn('PDF: udskriftsmedie kunne ikke efterlignes; udskriver alligevel.', err);
  }
}

export function electronPrinter(preload: string): PdfPrinter {
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
      await emulatePrintMedia(win);
      let last: string | null = null;
      return {
        async render(route: string): Promise<Buffer> {
          // The first route loads the app; a new one changes the hash inside the loaded app (the wait
          // script does it, then resolves when the page reports this route); the same route again would
          // change nothing, so that one is reloaded. The route in the signal keeps a reused window from
          // handing over the previous document.
          const fresh = last === null || last === route;
          if (last === null) await win.loadURL(appPrintUrl(route));
          else if (last === route) await reload(win);
          last = route;
          await awaitPrintReady((script) => win.webContents.executeJavaScript(script) as Promise<PrintSignal>, route, { setHash: !fresh });
          return win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
        },
        async close() {
          if (!win.isDestroyed()) win.destroy();
        },
      };
    },
  };
}
