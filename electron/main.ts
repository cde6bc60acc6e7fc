// The Electron shell: one hardened window on the bundled renderer (served from app://mentorkorps/),
// one instance at a time, and IPC to the backend registry.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import path from 'node:path';
import { APP_INDEX_URL } from './appProtocol';
import { startBackend, type Backend } from './backend/index';
import { defaultUserDataDir, prepareDataFile } from './backend/paths';
import { installDanishMenu } from './menu';
import { electronPrinter } from './pdfElectron';
import { hardenApp, isAppUrl, registerAppScheme, serveApp } from './security';

const INVOKE_CHANNEL = 'mentorkorps:invoke';
const distDir = path.join(__dirname, '..', 'dist');
const preloadFile = path.join(__dirname, 'preload.cjs');

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

// Before anything else: Chromium's own files and the single-instance lock live in the same folder as
// the data file (%LOCALAPPDATA%\Mentorkorps on Windows), as web mode computes it.
app.setPath('userData', defaultUserDataDir());
registerAppScheme();
hardenApp();

function createWindow(): BrowserWindow {
  // The remote module no longer exists (removed in Electron 14). The preload exposes one named function, invoke(), nothing else.
  // eng-disable REMOTE_MODULE_JS_CHECK
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Mentorkorps',
    show: false,
    webPreferences: {
      preload: preloadFile, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Another process owns the data file (DataFileInUseError from backend/dataFileLock.ts; by name, so it holds across bundles). */
function isDataFileInUse(err: unknown): err is Error {
  return err instanceof Error && err.name === 'DataFileInUseError';
}

/** Opens the data file; on failure tells the coordinator why (in Danish) and quits. */
function openBackend(): Backend | null {
  try {
    return startBackend(prepareDataFile(undefined), app.getVersion());
  } catch (err) {
    if (isDataFileInUse(err)) dialog.showErrorBox('Mentorkorps er allerede i brug', err.message);
    else dialog.showErrorBox('Mentorkorps kan ikke åbne datafilen', err instanceof Error ? err.message : String(err));
    app.quit();
    return null;
  }
}

/** What the desktop adds to the backend: printing, the native folder dialog, backups. */
function wireBackend(started: Backend): void {
  started.ctx.pdfPrinter = electronPrinter(preloadFile);
  started.ctx.chooseFolder = async (title) => {
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** Filer → Lås: locks the data file, then reloads so the renderer reads session.state and shows the unlock screen. */
async function lockNow(): Promise<void> {
  if (!backend) return;
  try {
    await backend.registry.call('session.lock');
  } catch (err) {
    dialog.showErrorBox('Mentorkorps kunne ikke låses', err instanceof Error ? err.message : String(err));
    return;
  }
  mainWindow?.webContents.reload();
}

function showMainWindow(): void {
  if (!mainWindow) {
    mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function onReady(): void {
  // Everything this process creates (data file, backups, exports) is readable by this user only.
  process.umask(0o077);
  serveApp(distDir);
  backend = openBackend();
  if (!backend) return;
  wireBackend(backend);
  const registry = backend.registry;
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Adgang nægtet: ukendt afsender.' } };
    }
    return registry.respond(String(method), input);
  });
  installDanishMenu({ onLock: () => void lockNow() });
  showMainWindow();
  app.on('activate', showMainWindow);
}

// A second start only brings the open window forward; two processes never share the data file.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (app.isReady() && backend) showMainWindow();
  });
  app.whenReady().then(onReady);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => backend?.close());
} else {
  app.quit();
}
