// The statistics summaries (#13) always equal a recount from the base tables: after random sequences of
// writes through the registry, every year's statistics under every filter are deep-equal to those the
// old base-table SQL gives (tests/helpers/statisticsOracle.ts), and no contact is left dirty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Education } from '../../shared/caseload';
import { yearStatistics } from '../../electron/backend/evaluation/aggregates';
import { SUMMARY_TABLES } from '../../electron/backend/evaluation/summaries';
import { summaryCounts } from '../../electron/backend/evaluation/summaryCounts';
import { yearBounds } from '../../shared/statistics/definitions';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { canonicalCounts, oracleCounts } from '../helpers/statisticsOracle';
import { opArb, runOp, seedSmallCorps } from '../helpers/summaryOps';
import { NO_FILTER, statisticsFilters } from '../helpers/statisticsFilters';

/** The summary tables hold exactly what their views give for every contact now (no zero rows either). */
function expectTablesRebuildable(b: TestBackend) {
  for (const s of SUMMARY_TABLES) {
    const cols = [...s.keys, ...s.sums.map((c) => `sum(${c}) AS ${c}`)].join(', ');
    const rebuilt = b.ctx.db.prepare(`SELECT ${cols} FROM ${s.table}_v GROUP BY ${s.keys.join(', ')} ORDER BY ${s.keys.join(', ')}`).all();
    expect(b.ctx.db.prepare(`SELECT * FROM ${s.table} ORDER BY ${s.keys.join(', ')}`).all(), s.table).toEqual(rebuilt);
  }
}

/** Every year's statistics under every filter, from the summaries and from the recount. */
export async function expectSummariesEqualRecount(b: TestBackend) {
  const { years } = await b.registry.call('statistics.years');
  for (const year of years) {
    for (const filter of statisticsFilters(b.ctx.db)) {
      const label = `${year} ${JSON.stringify(filter)}`;
      const p = { year, ...yearBounds(year), mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education };
      expect(canonicalCounts(summaryCounts(b.ctx.db, p)), label).toEqual(canonicalCounts(oracleCounts(b.ctx.db, p)));
      const recount = yearStatistics(b.ctx, year, filter, oracleCounts);
      expect(yearStatistics(b.ctx, year, filter), label).toEqual(recount);
      // Through the registry, whose answers are kept between writes (keptStatistics.ts).
      expect(await b.registry.call('statistics.get', { year, ...filter }), label).toEqual(recount);
    }
  }
}

const dirty = (b: TestBackend) => b.ctx.db.prepare('SELECT count(*) FROM stat_dirty').pluck().get();
const dirtyPersons = (b: TestBackend) => b.ctx.db.prepare('SELECT count(*) FROM stat_person_dirty').pluck().get();

/** The person sums (migration 013) are exactly their person rows summed, with no zero rows. */
function expectPersonSumsOfRows(b: TestBackend) {
  const { db } = b.ctx;
  const persons = 'year, mentor_key, muni, edu, phase';
  expect(db.prepare(`SELECT * FROM stat_persons ORDER BY ${persons}`).all()).toEqual(
    db.prepare(`SELECT ${persons}, count(*) AS persons, sum(participations) AS participations FROM stat_person_rows GROUP BY ${persons} ORDER BY ${persons}`).all(),
  );
  const themes = 'year, mentor_key, muni, edu, theme_id';
  expect(db.prepare(`SELECT * FROM stat_theme_persons ORDER BY ${themes}`).all()).toEqual(
    db.prepare(`SELECT ${themes}, count(*) AS persons FROM stat_person_theme_rows GROUP BY ${themes} ORDER BY ${themes}`).all(),
  );
}

describe('statistics summaries', () => {
  it('equal the recount from the base tables after random writes, merges, erasures and retention runs', async () => {
    let accepted = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
        const b = makeBackend();
        try {
          await seedSmallCorps(b);
          for (const op of ops) {
            total += 1;
            if (await runOp(b, op)) accepted += 1;
            expect(dirty(b), op.op).toBe(0);
            expect(dirtyPersons(b), op.op).toBe(0);
          }
          expectTablesRebuildable(b);
          expectPersonSumsOfRows(b);
          await expectSummariesEqualRecount(b);
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 25 },
    );
    // The sequences must mostly do something, or the property says little.
    expect(accepted / total).toBeGreaterThan(0.4);
  }, 240_000);

  it('follow a merge into a person of another municipality and education, and an erasure', async () => {
    const b = makeBackend();
    try {
      await seedSmallCorps(b);
      const { db } = b.ctx;
      const [first, second] = db.prepare('SELECT c.id, c.mentee_id, me.home_municipality_id AS muni, me.education FROM courses c JOIN mentees me ON me.id = c.mentee_id ORDER BY c.id LIMIT 2').all() as {
        id: number;
        mentee_id: number;
        muni: number;
        education: Education;
      }[];
      expect([first.muni, first.education]).not.toEqual([second.muni, second.education]);
      const contact = { type: 'individuel' as const, date: '2026-03-03', mentorId: 1, durationMinutes: 40, courseIds: [second.id], themeIds: [1] };
      await b.registry.call('contacts.create', contact);
      await b.registry.call('contacts.create', { ...contact, type: 'gruppe', courseIds: [first.id, second.id] });
      await b.registry.call('courses.close', { id: second.id, closedOn: '2026-04-01', outcome: 'fastholdt' });
      const muniFilter = (m: number) => ({ ...NO_FILTER, municipalityId: m });
      expect((await b.registry.call('statistics.get', { year: 2026, ...muniFilter(second.muni) })).contacts.total).toBe(2);

      await b.registry.call('mentees.merge', { keepId: first.mentee_id, mergeId: second.mentee_id });
      expect(dirty(b)).toBe(0);
      expect((await b.registry.call('statistics.get', { year: 2026, ...muniFilter(second.muni) })).contacts.total).toBe(0);
      expect((await b.registry.call('statistics.get', { year: 2026, ...muniFilter(first.muni) })).contacts.total).toBe(2);
      await expectSummariesEqualRecount(b);

      await b.registry.call('courses.close', { id: first.id, closedOn: '2026-04-01', outcome: 'afbrudt' });
      await b.registry.call('privacy.erase', { menteeId: first.mentee_id, reason: 'Anmodning fra personen' });
      expect(dirty(b)).toBe(0);
      expectTablesRebuildable(b);
      await expectSummariesEqualRecount(b);
    } finally {
      b.cleanup();
    }
  });

  it('are kept by a write outside the registry too (the safety net before each statistics call)', async () => {
    const b = makeBackend();
    try {
      await seedSmallCorps(b);
      const course = b.ctx.db.prepare('SELECT id FROM courses LIMIT 1').pluck().get() as number;
      const k = b.ctx.db.prepare("INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES ('individuel', '2026-05-05', 1, 30)").run();
      b.ctx.db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)').run(k.lastInsertRowid, course);
      expect(dirty(b)).toBe(1);
      expect(dirtyPersons(b)).toBe(1);
      const stats = await b.registry.call('statistics.get', { year: 2026 });
      expect(stats.contacts.total).toBe(1);
      expect(stats.persons.total).toBe(1);
      expect(dirty(b)).toBe(0);
      expect(dirtyPersons(b)).toBe(0);
      await expectSummariesEqualRecount(b);
    } finally {
      b.cleanup();
    }
  });
});
