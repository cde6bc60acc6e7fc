// Desktop app: prints renderer print routes to PDF in a hidden, equally hardened window with
// webContents.printToPDF (A4, the page's own @page size), from app://mentorkorps/ like the main
// window. One window serves a whole batch.
import { BrowserWindow } from 'electron';
import { appRouteUrl } from './appProtocol';
import { READ_PRINT_SIGNAL, waitForPrintReady, type PdfPrinter, type PdfSession, type PrintSignal } from './backend/pdf/printer';

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
      let last: string | null = null;
      return {
        async render(route: string): Promise<Buffer> {
          // A new hash only changes the route inside the loaded app; the same hash again would change
          // nothing, so that one is reloaded. Either way we wait for the page to report this route.
          if (last === route) await reload(win);
          else await win.loadURL(appRouteUrl(route));
          last = route;
          await waitForPrintReady(() => win.webContents.executeJavaScript(READ_PRINT_SIGNAL) as Promise<PrintSignal>, route);
          return win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
        },
        async close() {
          if (!win.isDestroyed()) win.destroy();
        },
      };
    },
  };
}
