// The follow-up figure from its summary (migration 012) always equals the count over every closed
// course (tests/helpers/statisticsOracle.ts): after random sequences of writes, for every year, every
// filter and several todays (late in the year, around July, a year earlier: so past, current and future
// years), and no person is left dirty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followUpStatistics } from '../../electron/backend/evaluation/followUp';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { followUpOpArb, runFollowUpOp } from '../helpers/followUpOps';
import { oracleFollowUp } from '../helpers/statisticsOracle';
import { seedSmallCorps } from '../helpers/summaryOps';
import { statisticsFilters } from '../helpers/statisticsFilters';

// Late in the year (the summary less the persons due after today), mid-year before July (counted outright),
// just after July and a year earlier (2026 then lies ahead).
const TODAYS = [TEST_TODAY, '2026-06-30', '2026-07-01', '2026-09-30', '2025-02-28'];

/** Every year from before the first close to after today, every filter, every today. */
export function expectFollowUpEqualsOracle(b: TestBackend) {
  for (const today of TODAYS) {
    for (let year = 2022; year <= 2028; year++) {
      for (const filter of statisticsFilters(b.ctx.db)) {
        const label = `${today} ${year} ${JSON.stringify(filter)}`;
        expect(followUpStatistics(b.ctx.db, year, filter, today), label).toEqual(oracleFollowUp(b.ctx.db, year, filter, today));
      }
    }
  }
}

/** The sums are exactly the person rows summed (no zero rows), and nobody is waiting for a flush. */
function expectSumsOfPersons(b: TestBackend) {
  const { db } = b.ctx;
  const keys = 'mentor_key, due_year, months, muni_id, edu';
  const summed = db.prepare(`SELECT ${keys}, count(*) AS due, sum(reached) AS reached, sum(known) AS known, sum(positive) AS positive
    FROM follow_up_stat_person GROUP BY ${keys} ORDER BY ${keys}`).all();
  expect(db.prepare(`SELECT * FROM follow_up_stat ORDER BY ${keys}`).all()).toEqual(summed);
  expect(db.prepare('SELECT count(*) FROM follow_up_stat_dirty').pluck().get()).toBe(0);
}

/** The small corps with two of its courses closed years back, one with a status, so past due years have figures. */
async function seedWithCloses(b: TestBackend) {
  await seedSmallCorps(b);
  const [first, second] = b.ctx.db.prepare('SELECT id FROM courses ORDER BY id LIMIT 2').pluck().all() as number[];
  await b.registry.call('courses.close', { id: first, closedOn: '2024-08-31', outcome: 'fastholdt' });
  await b.registry.call('courses.close', { id: second, closedOn: '2025-03-10', outcome: 'afbrudt' });
  await b.registry.call('checkpoints.record', { courseId: first, months: 6, status: 'arbejde', learnedOn: '2025-02-28', source: 'skolen' });
}

const figureSum = (b: TestBackend) => b.ctx.db.prepare('SELECT coalesce(sum(due), 0) FROM follow_up_stat').pluck().get() as number;

describe('follow-up summary', () => {
  it('equals the count over every closed course after random closes, re-datings, statuses, mentors, merges, erasures and checkpoint changes', async () => {
    let accepted = 0;
    let total = 0;
    let withFigures = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(followUpOpArb, { minLength: 10, maxLength: 40 }), async (ops) => {
        const b = makeBackend();
        try {
          await seedWithCloses(b);
          for (const op of ops) {
            total += 1;
            if (await runFollowUpOp(b, op)) accepted += 1;
          }
          expectSumsOfPersons(b);
          if (figureSum(b) > 0) withFigures += 1;
          expectFollowUpEqualsOracle(b);
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 30 },
    );
    // The sequences must mostly do something and leave figures to compare, or the property says little.
    expect(accepted / total).toBeGreaterThan(0.4);
    expect(withFigures).toBeGreaterThan(20);
  }, 300_000);
});
