// A data file from before the summaries (schema 9) migrates and shows the same figures for every year
// and filter as the old app computed from the base tables: migration 010 (contacts) and 013 (persons).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../electron/backend/db';
import { yearStatistics } from '../../electron/backend/evaluation/aggregates';
import { migrations } from '../../electron/backend/migrations/index';
import { makeBackend } from '../helpers/backend';
import { statisticsFilters } from '../helpers/statisticsFilters';
import { oracleCounts } from '../helpers/statisticsOracle';
import type Database from 'better-sqlite3-multiple-ciphers';

/** The migrations that build statistics summaries, and the index 013 adds beside them. */
const SUMMARY_MIGRATIONS = [10, 13];
const SUMMARY_INDEXES = ['courses_closed_outcome'];


const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

describe('the summary migrations', () => {
  it('builds the summaries of a schema-9 file with the demo corps, and every figure stays as before', async () => {
    const b = makeBackend();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-v9-'));
    try {
      await b.registry.call('setup.loadDemo');
      const { db } = b.ctx;
      const col = (sql: string) => db.prepare(sql).pluck().all() as never[];
      const filters = statisticsFilters(db);
      const { years } = await b.registry.call('statistics.years');
      // The figures as schema 9 computed them: the old SQL on the base tables.
      const before = years.flatMap((year) => filters.map((f) => yearStatistics(b.ctx, year, f, oracleCounts)));

      // Back to before the summaries: their tables, views and triggers go; nothing else of the file changes
      // (other migrations, such as 011, stay: only the summary migrations run again).
      for (const type of ['trigger', 'view', 'table']) {
        for (const name of col(`SELECT name FROM sqlite_master WHERE type = '${type}' AND name LIKE 'stat\\_%' ESCAPE '\\'`)) db.exec(`DROP ${type.toUpperCase()} ${name}`);
      }
      for (const name of SUMMARY_INDEXES) db.exec(`DROP INDEX ${name}`);
      const fresh = openDatabase(path.join(dir, 'fresh.sqlite'));
      const withoutSummaries = (d: Database.Database) => (schemaOf(d) as { name: string }[]).filter((o) => !o.name.startsWith('stat_') && !SUMMARY_INDEXES.includes(o.name));
      expect(schemaOf(db)).toEqual(withoutSummaries(fresh));
      fresh.close();

      const latest = db.pragma('user_version', { simple: true });
      db.pragma('user_version = 9');
      migrate(db, migrations.filter((m) => SUMMARY_MIGRATIONS.includes(m.version)));
      expect(db.pragma('user_version', { simple: true })).toBe(SUMMARY_MIGRATIONS.at(-1));
      db.pragma(`user_version = ${Number(latest)}`);
      expect(db.prepare('SELECT count(*) FROM stat_contacts').pluck().get()).toBeGreaterThan(0);
      expect(db.prepare('SELECT count(*) FROM stat_persons').pluck().get()).toBeGreaterThan(0);
      const after = years.flatMap((year) => filters.map((f) => yearStatistics(b.ctx, year, f)));
      expect(after).toEqual(before);
      expect(after.some((s) => s.contacts.total > 0 && s.persons.total > 0)).toBe(true);
    } finally {
      b.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
