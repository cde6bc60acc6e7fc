// A migration must build the same database forever, so it may not import live code: an edit to
// shared/ or the handlers would otherwise silently change what an old migration writes.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_THEMES } from '../../shared/caseload';
import { danishSortKey } from '../../shared/format';
import { openDatabase } from '../../electron/backend/db';
import { migrations } from '../../electron/backend/migrations/index';
import { importsOf, isInside, resolveRelative, tsFilesIn } from './importScan';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../electron/backend/migrations');

/** The imports of one migration that reach outside migrations/ at run time. */
function liveImports(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  return importsOf(source, file)
    .filter((ref) => !ref.typeOnly)
    .filter((ref) => {
      const target = resolveRelative(file, ref.specifier);
      return target === null || !isInside(MIGRATIONS_DIR, target);
    })
    .map((ref) => ref.specifier);
}

describe('migrations are frozen', () => {
  const files = tsFilesIn(MIGRATIONS_DIR).filter((f) => /^0\d+_.*\.ts$/.test(path.basename(f)));

  it('finds the migration files', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s imports only types and files inside migrations/', (_name, file) => {
    expect(liveImports(file)).toEqual([]);
  });

  it('the scan catches a live import, a package, require() and import(), and lets types and siblings pass', () => {
    const file = path.join(MIGRATIONS_DIR, '099_probe.ts');
    const source = [
      "import { SEED_THEMES } from '../../../shared/caseload';",
      "import type { Migration } from './index';",
      "import { type Theme } from '../../../shared/caseloadTypes';",
      "import type Database from 'better-sqlite3-multiple-ciphers';",
      "import { fold } from './shared/fold';",
      "import fs from 'node:fs';",
      "export { x } from '../db';",
      "const y = require('../settings');",
      "const z = await import('../../../shared/format');",
    ].join('\n');
    expect(liveImports(file, source)).toEqual(['../../../shared/caseload', 'node:fs', '../db', '../settings', '../../../shared/format']);
  });
});

describe('the frozen seed of migration 002', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  // The copy in 002 is checked against today's list: if they drift apart, a new migration must carry the change.
  it('seeds the themes that shared/caseload lists today, with today’s sort keys', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-frozen-'));
    const file = path.join(dir, 'data.sqlite');
    openDatabase(file, { migrations: migrations.filter((m) => m.version <= 2) }).close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT key, label, sort_key, position FROM themes ORDER BY position').all();
    db.close();
    expect(rows).toEqual(Object.entries(SEED_THEMES).map(([key, label], i) => ({ key, label, sort_key: danishSortKey(label), position: i + 1 })));
  });
});
