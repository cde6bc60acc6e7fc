// The installer configuration, read and validated by electron-builder's own loader and schema,
// and the icon files it points to.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const require = createRequire(import.meta.url);
interface BuilderConfig {
  [key: string]: unknown;
  electronFuses?: Record<string, boolean>;
  publish?: unknown;
  directories?: { buildResources?: string };
  asarUnpack?: string[];
  win?: { target?: unknown; icon?: string };
  nsis?: Record<string, unknown>;
  msi?: Record<string, unknown>;
  mac?: { icon?: string };
  linux?: { icon?: string };
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

let config: BuilderConfig;
beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema (a misspelt key fails here, not on the build machine)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation and asar-only loading need the app packed as asar.
    expect(config.asar).not.toBe(false);
  });

  it('builds per-machine NSIS and MSI installers for Windows that keep the data on uninstall', () => {
    const targets = ([] as unknown[]).concat(config.win?.target).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
    expect(targets.sort()).toEqual(['msi', 'nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, language: '1030' });
    expect(config.nsis?.deleteAppDataOnUninstall).not.toBe(true);
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('has no auto-update: nothing published, no electron-updater', () => {
    expect(config.publish).toBeNull();
    for (const key of ['win', 'nsis', 'msi', 'mac', 'linux'] as const) expect((config[key] as { publish?: unknown } | undefined)?.publish ?? null).toBeNull();
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('electron-updater');
    expect(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')).not.toContain('node_modules/electron-updater');
  });

  it('unpacks the native SQLite module from the asar', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**/*');
  });

  it('points every platform at an icon in resources/', () => {
    expect(config.directories?.buildResources).toBe('resources');
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.linux?.icon).toBe('resources/icon.png');
  });
});

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('icons', () => {
  const read = (name: string) => fs.readFileSync(path.join(root, 'resources', name));

  it('icon.png is a 512×512 PNG with transparency and icon-256.png a 256×256 one', () => {
    const png = read('icon.png');
    expect(pngSize(png)).toEqual({ width: 512, height: 512 });
    expect(png[25]).toBe(6); // colour type RGBA: the rounded corners are transparent
    expect(pngSize(read('icon-256.png'))).toEqual({ width: 256, height: 256 });
  });

  it('icon.ico holds every Windows size from 16 to 256', () => {
    const ico = read('icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // type 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes = new Set<number>();
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      sizes.add(ico[entry] || 256);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
    }
    for (const size of [16, 24, 32, 48, 64, 128, 256]) expect(sizes.has(size), `${size}px`).toBe(true);
  });

  it('icon.icns is an ICNS file whose length matches its header and holds a 512 and 1024 image', () => {
    const icns = read('icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.toString('latin1', at, at + 4));
    expect(types).toContain('ic09'); // 512×512
    expect(types).toContain('ic10'); // 1024×1024 (512@2x)
  });
});
