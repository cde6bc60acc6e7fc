// The shell's behaviour, with the Electron API replaced by a recording stand-in (the Electron binary
// cannot run here). The backend behind it is the real one, on a temp SQLite file.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../electron/backend/index';

const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const calls: string[] = [];
  const state = { lock: true, windows: [] as FakeWindow[] };
  type Handler = (...args: unknown[]) => unknown;
  class FakeWindow {
    static getAllWindows = () => state.windows;
    listeners = new Map<string, Handler>();
    minimized = true;
    options: Record<string, unknown>;
    webContents = { reload: vi.fn(), executeJavaScript: vi.fn(), printToPDF: vi.fn(async () => Buffer.from('%PDF')) };
    loadURL = vi.fn(async () => undefined);
    loadFile = vi.fn(async () => undefined);
    restore = vi.fn(() => (this.minimized = false));
    show = vi.fn();
    focus = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    once(event: string, fn: Handler) {
      this.listeners.set(event, fn);
    }
    on(event: string, fn: Handler) {
      this.listeners.set(event, fn);
    }
  }
  const app = Object.assign(new EventEmitter(), {
    setPath: vi.fn((name: string) => calls.push(`setPath:${name}`)),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => (calls.push('requestSingleInstanceLock'), state.lock)),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: () => true,
    getVersion: () => '0.1.0',
  });
  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
  };
  return { calls, state, module, app, FakeWindow };
});
vi.mock('electron', () => fake.module);

const started = vi.hoisted(() => ({ backends: [] as Backend[], failWith: null as Error | null }));
vi.mock(import('../../electron/backend/index'), async (original) => {
  const real = await original();
  return {
    ...real,
    startBackend: (...args: Parameters<typeof real.startBackend>) => {
      if (started.failWith) throw started.failWith;
      const backend = real.startBackend(...args);
      started.backends.push(backend);
      return backend;
    },
  };
});

let tmp: string;
beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.app.removeAllListeners();
  fake.calls.length = 0;
  fake.state.windows.length = 0;
  fake.state.lock = true;
  started.backends.length = 0;
  started.failWith = null;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-shell-'));
  vi.stubEnv('MENTORKORPS_DATA', path.join(tmp, 'mentorkorps.sqlite'));
});
afterEach(() => {
  fake.app.emit('will-quit');
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function startMain(): Promise<void> {
  await import('../../electron/main');
  await tick();
}
const mainWindow = () => fake.state.windows[0];
type IpcHandler = (event: { senderFrame: { url: string } | null }, method: unknown, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

describe('main process', () => {
  it('sets the data folder before taking the single-instance lock (the lock lives in it)', async () => {
    const { defaultUserDataDir } = await import('../../electron/backend/paths');
    await startMain();
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', defaultUserDataDir());
    expect(fake.calls.slice(0, 3)).toEqual(['setPath:userData', 'registerSchemesAsPrivileged', 'requestSingleInstanceLock']);
  });

  it('a second instance quits at once without opening the data file', async () => {
    fake.state.lock = false;
    await startMain();
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
    expect(started.backends).toHaveLength(0);
    expect(fake.state.windows).toHaveLength(0);
  });

  it('the first instance brings its window forward when another start is attempted', async () => {
    await startMain();
    fake.app.emit('second-instance');
    expect(mainWindow().restore).toHaveBeenCalled();
    expect(mainWindow().focus).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(1);
  });

  it('registers app:// as a standard, secure scheme and loads the window from it, sandboxed', async () => {
    await startMain();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://mentorkorps/index.html');
    expect(mainWindow().loadFile).not.toHaveBeenCalled();
    expect(mainWindow().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('answers IPC only from the app page', async () => {
    await startMain();
    const handler = fake.module.ipcMain.handle.mock.calls[0][1] as IpcHandler;
    for (const url of ['file:///C:/x/dist/index.html', 'https://evil.example/', 'app://mentorkorps/assets/x.js', '']) {
      expect((await handler({ senderFrame: { url } }, 'app.info', undefined)).error?.code).toBe('UNAUTHORIZED');
    }
    expect((await handler({ senderFrame: null }, 'app.info', undefined)).error?.code).toBe('UNAUTHORIZED');
    expect((await handler({ senderFrame: { url: 'app://mentorkorps/index.html#/' } }, 'session.state', undefined)).ok).toBe(true);
  });

  it('Filer → Lås (Ctrl+L) locks the data file, then reloads the window', async () => {
    await startMain();
    const template = fake.module.Menu.setApplicationMenu.mock.calls[0][0] as { label: string; submenu: { label?: string; accelerator?: string; click?: () => void }[] }[];
    const lock = template.find((m) => m.label === 'Filer')?.submenu.find((item) => item.label === 'Lås');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    const call = vi.spyOn(started.backends[0].registry, 'call').mockResolvedValue(undefined as never);
    lock?.click?.();
    await tick();
    expect(call).toHaveBeenCalledWith('session.lock');
    expect(mainWindow().webContents.reload).toHaveBeenCalled();
  });

  it('a failed lock says so and does not reload', async () => {
    await startMain();
    const template = fake.module.Menu.setApplicationMenu.mock.calls[0][0] as { label: string; submenu: { label?: string; click?: () => void }[] }[];
    vi.spyOn(started.backends[0].registry, 'call').mockRejectedValue(new Error('Kunne ikke låse.'));
    template[0].submenu[0].click?.();
    await tick();
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith('Mentorkorps kunne ikke låses', 'Kunne ikke låse.');
    expect(mainWindow().webContents.reload).not.toHaveBeenCalled();
  });

  it('gives the backend the native folder dialog', async () => {
    await startMain();
    const ctx = started.backends[0].ctx;
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/k/Eksport'] });
    expect(await ctx.chooseFolder?.('Vælg mappe til eksport')).toBe('/home/k/Eksport');
    expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledWith(mainWindow(), {
      title: 'Vælg mappe til eksport',
      properties: ['openDirectory', 'createDirectory'],
    });
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await ctx.chooseFolder?.('Vælg mappe')).toBeNull();
  });

  it('a data file in use by another process: the Danish message in a dialog, then quit', async () => {
    started.failWith = Object.assign(new Error('Datafilen er allerede åben i Mentorkorps på en anden computer eller i et andet vindue.'), {
      name: 'DataFileInUseError',
    });
    await startMain();
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith('Mentorkorps er allerede i brug', started.failWith.message);
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.module.ipcMain.handle).not.toHaveBeenCalled();
  });
});

describe('hardening of every web contents', () => {
  type Contents = EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
  async function created(): Promise<Contents> {
    const { hardenApp } = await import('../../electron/security');
    hardenApp();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    return contents;
  }
  function attempt(contents: Contents, event: string, url: string): boolean {
    const details = { url, preventDefault: vi.fn() };
    contents.emit(event, details);
    return details.preventDefault.mock.calls.length > 0;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: refused off the app, allowed within it', async (event) => {
    const contents = await created();
    expect(attempt(contents, event, 'https://evil.example/')).toBe(true);
    expect(attempt(contents, event, 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, event, 'app://mentorkorps/assets/x.js')).toBe(true);
    expect(attempt(contents, event, 'app://mentorkorps/index.html#/forloeb')).toBe(false);
  });

  it('refuses webviews and new windows', async () => {
    const contents = await created();
    expect(attempt(contents, 'will-attach-webview', 'app://mentorkorps/index.html')).toBe(true);
    const opener = contents.setWindowOpenHandler.mock.calls[0][0] as () => { action: string };
    expect(opener().action).toBe('deny');
  });

  it('refuses every permission request', async () => {
    await created();
    await tick();
    const request = fake.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0][0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const answer = vi.fn();
    request({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });
});

describe('PDF window', () => {
  it('is sandboxed and loads print routes from app://', async () => {
    const { electronPrinter } = await import('../../electron/pdfElectron');
    const session = await electronPrinter('/x/preload.cjs').open();
    const win = fake.state.windows[0];
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    win.webContents.executeJavaScript.mockResolvedValue({ ready: '/udskriv/opgoerelse/1' });
    await session.render('/udskriv/opgoerelse/1');
    expect(win.loadURL).toHaveBeenCalledWith('app://mentorkorps/index.html?udskrift#/udskriv/opgoerelse/1');
    expect(win.loadFile).not.toHaveBeenCalled();
  });
});
