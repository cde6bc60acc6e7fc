// A data file at schema 11 (before the follow-up summary) migrates and shows the same follow-up figures
// for every year, filter and today as the old count over every closed course; the SQL the migration
// builds with gives the same rows as the app's flush.
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db';
import { followUpStatistics } from '../../electron/backend/evaluation/followUp';
import { flushFollowUpSummary } from '../../electron/backend/evaluation/followUpSummary';
import { migrations } from '../../electron/backend/migrations/index';
import { makeBackend, TEST_TODAY } from '../helpers/backend';
import { statisticsFilters } from '../helpers/statisticsFilters';
import { oracleFollowUp } from '../helpers/statisticsOracle';

const TODAYS = [TEST_TODAY, '2026-03-31', '2025-07-15', '2026-08-31'];
const TABLES = ['follow_up_stat_person', 'follow_up_stat'];
const rowsOf = (db: Database.Database, t: string) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5`).all();

describe('migration 012', () => {
  it('builds the follow-up summary of a schema-11 file, and every figure stays as before', async () => {
    const b = makeBackend();
    try {
      await b.registry.call('setup.loadDemo');
      const { db } = b.ctx;
      // Two checkpoints, closes spread over the years and statuses on many of them.
      await b.registry.call('checkpoints.addMonths', { months: 12 });
      const closed = db.prepare('SELECT id, closed_on FROM courses WHERE closed_on IS NOT NULL ORDER BY id').all() as { id: number; closed_on: string }[];
      expect(closed.length).toBeGreaterThan(5);
      const statuses = ['uddannelse_samme', 'hverken', 'ikke_naaet', 'flyttet', 'arbejde'];
      for (const [i, c] of closed.entries()) {
        for (const months of [6, 12]) {
          if ((i + months) % 3 === 0) continue;
          db.prepare("INSERT OR IGNORE INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, ?, ?, ?, 'skolen', '2026-01-01')").run(
            c.id,
            months,
            statuses[(i * months) % statuses.length],
            c.closed_on,
          );
        }
      }
      // Persons with two courses closed the same day: the later id counts.
      for (const c of closed.slice(0, 3)) {
        const twin = db.prepare(`INSERT INTO courses (mentee_id, referral_date, referred_by, phase_at_start, closed_on, outcome, mentor_id)
          SELECT mentee_id, referral_date, referred_by, phase_at_start, closed_on, outcome, mentor_id FROM courses WHERE id = ?`).run(c.id);
        db.prepare("INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, 6, 'fuldfoert', ?, 'skolen', '2026-01-01')").run(twin.lastInsertRowid, c.closed_on);
      }
      b.ctx.db.transaction(() => flushFollowUpSummary(db))();

      const col = (sql: string) => db.prepare(sql).pluck().all() as never[];
      const filters = statisticsFilters(db);
      const cases = TODAYS.flatMap((today) => [2022, 2023, 2024, 2025, 2026].flatMap((year) => filters.map((f) => ({ today, year, f }))));
      const before = cases.map(({ today, year, f }) => oracleFollowUp(db, year, f, today));
      expect(before.some((s) => s.trend.some((t) => t.due > 0 && t.known > 0))).toBe(true);
      const flushed = TABLES.map((t) => rowsOf(db, t));

      // Back to schema 11: the summary's tables and triggers go, then only 012 runs.
      for (const type of ['trigger', 'table']) {
        for (const name of col(`SELECT name FROM sqlite_master WHERE type = '${type}' AND name LIKE 'follow\\_up\\_stat%' ESCAPE '\\'`)) db.exec(`DROP ${type.toUpperCase()} ${name}`);
      }
      const latest = db.pragma('user_version', { simple: true });
      db.pragma('user_version = 11');
      migrate(db, migrations.filter((m) => m.version === 12));
      expect(db.pragma('user_version', { simple: true })).toBe(12);
      db.pragma(`user_version = ${Number(latest)}`);

      // The migration's SQL and the flush's followUpFigure give the same rows.
      expect(TABLES.map((t) => rowsOf(db, t))).toEqual(flushed);
      expect(cases.map(({ today, year, f }) => followUpStatistics(db, year, f, today))).toEqual(before);
    } finally {
      b.cleanup();
    }
  }, 120_000);
});
