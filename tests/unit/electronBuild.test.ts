// Reads what actually ships: the main process as built by `npm run build` (built here into a temp
// folder so dist-electron/ is left alone), and the shell's sources.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let out: string;
let main: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-build-'));
  await build({ configFile: path.join(root, 'vite.main.config.ts'), root, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  main = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** The object literal passed to each `new BrowserWindow(...)`. */
function windowOptions(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/new (?:electron\.)?BrowserWindow\(/g)) {
    const at = match.index;
    let depth = 0;
    let end = code.indexOf('{', at);
    const start = end;
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      if (code[end] === '}' && --depth === 0) break;
    }
    found.push(code.slice(start, end + 1));
  }
  return found;
}

describe('built main process (dist-electron/main.cjs)', () => {
  it('serves the app from app:// and never from file://', () => {
    expect(main).toMatch(/registerSchemesAsPrivileged\(\[\{\s*scheme: "app",\s*privileges: \{[^}]*standard: true,[^}]*secure: true/);
    expect(main).toContain('protocol.handle("app", (request) => appResponse(distDir, request.url, request.method))');
    expect(main).toContain('APP_INDEX_URL = `app://mentorkorps/index.html`');
    expect(main).toContain('win.loadURL(APP_INDEX_URL)');
    // The scheme is privileged before anything can make the app ready.
    expect(main.indexOf('\nregisterAppScheme();')).toBeGreaterThan(0);
    expect(main.indexOf('\nregisterAppScheme();')).toBeLessThan(main.indexOf('whenReady().then(onReady)'));
    expect(main).not.toContain('loadFile(');
    expect(main).not.toContain('pathToFileURL');
  });

  it('guards navigation, redirects, frame navigation, webviews and new windows', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) expect(main).toContain(`"${event}"`);
    expect(main).toContain('setWindowOpenHandler(() => ({ action: "deny" }))');
    expect(main).toContain('enableSandbox()');
  });

  it('runs one instance: the lock is taken before the app starts, a second start focuses the first', () => {
    expect(main).toMatch(/if \(electron\.app\.requestSingleInstanceLock\(\)\) \{[\s\S]*"second-instance"[\s\S]*\} else electron\.app\.quit\(\)/);
    expect(main.indexOf('setPath("userData"')).toBeLessThan(main.indexOf('requestSingleInstanceLock()'));
  });

  it('every window is sandboxed and context-isolated, without Node', () => {
    const windows = windowOptions(main);
    expect(windows).toHaveLength(2); // the app window and the hidden PDF window
    for (const options of windows) {
      expect(options).toContain('sandbox: true');
      expect(options).toContain('contextIsolation: true');
      expect(options).toContain('nodeIntegration: false');
      expect(options).not.toMatch(/webSecurity: false|allowRunningInsecureContent: true|webviewTag: true|nodeIntegrationInSubFrames: true/);
    }
  });
});

describe('shell sources', () => {
  it('every BrowserWindow in electron/ sets sandbox and contextIsolation', () => {
    const dir = path.join(root, 'electron');
    let count = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const options of windowOptions(fs.readFileSync(path.join(dir, file), 'utf8'))) {
        count++;
        expect(options, file).toContain('sandbox: true');
        expect(options, file).toContain('contextIsolation: true');
        expect(options, file).toContain('nodeIntegration: false');
      }
    }
    expect(count).toBe(2);
  });
});
