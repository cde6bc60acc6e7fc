// The Electron shell: one hardened window on the bundled renderer, and IPC to the backend registry.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBackend, type Backend } from './backend/index';
import { DATA_FILE_NAME } from './backend/paths';
import { installDanishMenu } from './menu';
import { electronPrinter } from './pdfElectron';
import { hardenApp, isAppUrl } from './security';

const INVOKE_CHANNEL = 'mentorkorps:invoke';
const indexHtml = path.join(__dirname, '..', 'dist', 'index.html');
const appIndexUrl = pathToFileURL(indexHtml).href;

let backend: Backend | null = null;

function createWindow(): void {
  // The remote module no longer exists (removed in Electron 14). The preload exposes one named function, invoke(), nothing else.
  // eng-disable REMOTE_MODULE_JS_CHECK
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Mentorkorps',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(indexHtml);
}

hardenApp(appIndexUrl);

app.whenReady().then(() => {
  const dataFile = process.env.MENTORKORPS_DATA ?? path.join(app.getPath('userData'), DATA_FILE_NAME);
  try {
    backend = startBackend(dataFile, app.getVersion());
  } catch (err) {
    dialog.showErrorBox('Mentorkorps kan ikke åbne datafilen', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  backend.ctx.pdfPrinter = electronPrinter(indexHtml, path.join(__dirname, 'preload.cjs'));
  const registry = backend.registry;
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, appIndexUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Adgang nægtet: ukendt afsender.' } };
    }
    return registry.respond(String(method), input);
  });
  installDanishMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => backend?.close());
