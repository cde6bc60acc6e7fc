// The integrity check's worker in the packaged app: its code is inline (eval), so the bundle needs no
// extra entry, and it loads the sqlite module from the unpacked copy beside app.asar.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../electron/backend/readOnlyWorker';

const root = path.resolve(__dirname, '..', '..');

describe('integrity check worker in the packaged app', () => {
  it('the sqlite module is unpacked whole and needs no other package at run time', () => {
    const builder = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/asarUnpack:\s*\n\s*- node_modules\/better-sqlite3-multiple-ciphers\/\*\*\/\*/);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/better-sqlite3-multiple-ciphers/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    // node-addon-api is headers for the build only.
    expect(Object.keys(pkg.dependencies ?? {}).filter((d) => d !== 'node-addon-api')).toEqual([]);
    const vite = fs.readFileSync(path.join(root, 'vite.main.config.ts'), 'utf8');
    expect(vite).toMatch(/external: \[[^\]]*'better-sqlite3-multiple-ciphers'/);
  });

  it('maps a path inside app.asar to the unpacked copy, and leaves others alone', () => {
    expect(unpackedPath('C:\\Programmer\\Mentorkorps\\resources\\app.asar\\node_modules\\better-sqlite3-multiple-ciphers\\lib\\index.js')).toBe(
      'C:\\Programmer\\Mentorkorps\\resources\\app.asar.unpacked\\node_modules\\better-sqlite3-multiple-ciphers\\lib\\index.js',
    );
    expect(unpackedPath('/opt/Mentorkorps/resources/app.asar/node_modules/x/lib/index.js')).toBe('/opt/Mentorkorps/resources/app.asar.unpacked/node_modules/x/lib/index.js');
    expect(unpackedPath('/home/k/mentorkorps/node_modules/x/lib/index.js')).toBe('/home/k/mentorkorps/node_modules/x/lib/index.js');
  });
});
