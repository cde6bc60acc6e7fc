// PRAGMA optimize where SQLite recommends it: after migrations (every table looked at) and when the
// connection closes (the tables it queried), with analysis_limit so a large file is only sampled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db';
import { makeBackend, TEST_PASSPHRASE, type TestBackend } from '../helpers/backend';

const statRows = (db: { prepare(sql: string): { all(): unknown[] } }, table: string) => {
  const hasStat = db.prepare("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'").all().length > 0;
  return hasStat ? (db.prepare(`SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = '${table}'`).all() as { idx: string }[]) : [];
};

let b: TestBackend | null = null;
afterEach(() => b?.cleanup());

describe('PRAGMA optimize', () => {
  it('leaves planner statistics for a table the session filled, once the file is locked (closed)', async () => {
    b = makeBackend();
    const insert = b.ctx.db.prepare("INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)");
    b.ctx.db.transaction(() => {
      for (let code = 101; code < 900; code++) insert.run(`Kommune ${code}`, `kommune ${code}`, code);
    })();
    expect(b.ctx.db.prepare('SELECT count(*) AS n FROM municipalities WHERE code > 500').get()).toEqual({ n: 399 });
    expect(statRows(b.ctx.db, 'municipalities')).toEqual([]);
    b.vault.lock();
    b.vault.unlock(TEST_PASSPHRASE);
    expect(statRows(b.ctx.db, 'municipalities').length).toBeGreaterThan(0);
  });

  it('runs after migrations, so an existing file gets statistics for its tables when it is brought up to date', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-optimize-'));
    try {
      const file = path.join(dir, 'data.sqlite');
      const first = openDatabase(file, { migrations: [] });
      first.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER); CREATE INDEX t_k ON t (k);');
      first.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t (k) SELECT i % 7 FROM n');
      first.close();
      const db = openDatabase(file, { migrations: [{ version: 1, name: 'noget', up: (d) => d.exec('CREATE TABLE u (id INTEGER PRIMARY KEY)') }], beforeMigrate: () => undefined });
      expect(statRows(db, 't').map((r) => r.idx)).toContain('t_k');
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
