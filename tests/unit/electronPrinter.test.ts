// The desktop PDF printer's path, with Electron replaced by a recording stand-in (the binary cannot run
// here): the file is loaded once per batch, later statements change the hash inside the loaded app, and
// the page's signal is awaited by a script in the page (printWaitScript), not polled.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: Record<string, unknown>;
    /** The route the fake page "shows"; executeJavaScript answers for it as printWaitScript would. */
    hash = '';
    scripts: string[] = [];
    webContents = {
      reload: vi.fn(() => queueMicrotask(() => this.emit('did-finish-load'))),
      executeJavaScript: vi.fn(async (script: string) => {
        this.scripts.push(script);
        const route = JSON.parse(/const route = (".*?");/.exec(script)?.[1] ?? '""') as string;
        if (script.includes('if (true &&')) this.hash = route;
        return { ready: this.hash } as { ready: string; timedOut?: boolean };
      }),
      printToPDF: vi.fn(async () => Buffer.from(`%PDF ${this.hash}`)),
      once: (event: string, fn: () => void) => this.handlers.set(event, fn),
      off: vi.fn(),
      debugger: { attach: vi.fn(), sendCommand: vi.fn(async () => ({})) },
    };
    handlers = new Map<string, () => void>();
    loadURL = vi.fn(async (url: string) => void (this.hash = decodeURI(url.split('#')[1])));
    loadFile = vi.fn();
    destroy = vi.fn();
    isDestroyed = () => false;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    emit(event: string) {
      this.handlers.get(event)?.();
    }
  }
  return { windows, module: { BrowserWindow: FakeWindow, protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } } };
});
vi.mock('electron', () => fake.module);

beforeEach(() => {
  fake.windows.length = 0;
});

describe('Electron PDF printer', () => {
  it('loads the app once per batch and moves between statements by hash, awaiting each one in the page', async () => {
    const { electronPrinter } = await import('../../electron/pdfElectron');
    const session = await electronPrinter('/x/preload.cjs').open();
    const a = '/udskriv/opkraevning/1/1';
    const b = '/udskriv/opkraevning/1/2';
    expect((await session.render(a)).toString()).toBe(`%PDF ${a}`);
    expect((await session.render(b)).toString()).toBe(`%PDF ${b}`);
    const win = fake.windows[0];
    expect(fake.windows).toHaveLength(1);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.loadURL).toHaveBeenCalledTimes(1);
    expect(win.loadURL).toHaveBeenCalledWith(`app://mentorkorps/index.html?udskrift#${a}`);
    expect(win.webContents.reload).not.toHaveBeenCalled();
    // Drawn in print media from the start, so printToPDF does not restyle the document twice per statement.
    expect(win.webContents.debugger.sendCommand).toHaveBeenCalledWith('Emulation.setEmulatedMedia', { media: 'print' });
    // The second statement's script sets the hash itself and waits with an observer, not a timer loop.
    expect(win.scripts[1]).toContain('window.location.hash = route');
    expect(win.scripts[1]).toContain('MutationObserver');
    expect(win.scripts[0]).toContain('if (false &&');
    await session.close();
    expect(win.destroy).toHaveBeenCalled();
  });

  it('reloads for the same route again, and reports a page that never answers in Danish', async () => {
    const { electronPrinter } = await import('../../electron/pdfElectron');
    const session = await electronPrinter('/x/preload.cjs').open();
    await session.render('/udskriv/opkraevning/1/1');
    await session.render('/udskriv/opkraevning/1/1');
    const win = fake.windows[0];
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
    expect(win.loadURL).toHaveBeenCalledTimes(1);
    win.webContents.executeJavaScript.mockResolvedValueOnce({ ready: '/udskriv/opkraevning/1/1', timedOut: true });
    await expect(session.render('/udskriv/opkraevning/1/3')).rejects.toThrow('Siden blev ikke klar til udskrift i tide.');
  });
});
