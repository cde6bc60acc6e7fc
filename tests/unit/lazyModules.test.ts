// exceljs and playwright-core are loaded when first used, not when the app starts: the web entry as
// `npm run build` makes it (built here into a temp folder) starts and stops without either in its module cache.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const HEAVY = /node_modules[\\/](exceljs|playwright-core)[\\/]/;
let out: string;
let hook: string;

beforeAll(async () => {
  // A fresh clone has no node_modules/.cache yet.
  fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
  out = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'mentorkorps-lazy-'));
  await build({ configFile: path.join(root, 'vite.main.config.ts'), root, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  // Reports, as the process exits, every heavy module Node's loader has taken in (require or import()).
  hook = path.join(out, 'hook.cjs');
  fs.writeFileSync(hook, `process.on('exit', () => require('node:fs').writeSync(1, '\\nGELADEN ' + Object.keys(require.cache).filter((k) => ${HEAVY}.test(k)).map((k) => k.match(${HEAVY})[1]).filter((v, i, a) => a.indexOf(v) === i).join(',') + '\\n'));`);
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Runs node with the hook and returns the modules it reported. */
function loaded(args: string[], untilOutput?: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', hook, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MENTORKORPS_PASSPHRASE: '' } });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
      if (untilOutput?.test(text)) setTimeout(() => child.kill('SIGTERM'), 200);
    });
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(/GELADEN (.*)/.exec(text)?.[1] ?? `no report (${code} ${signal} ${process.version}): ${text}`));
  });
}

describe('start-up without the heavy modules', () => {
  it('the hook sees a module that is loaded (the check can fail)', async () => {
    expect(await loaded(['-e', "require('exceljs')"])).toBe('exceljs');
    expect(await loaded(['--input-type=module', '-e', "await import('playwright-core')"])).toBe('playwright-core');
  });

  it('web.cjs starts its server and stops without exceljs or playwright-core', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-lazy-data-'));
    try {
      expect(await loaded([path.join(out, 'web.cjs'), '--data', path.join(dir, 'data.sqlite'), '--port', '0'], /http:\/\/127\.0\.0\.1:\d+\//)).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
