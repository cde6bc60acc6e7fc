// Erasure and retention runs never change a published figure: on random small corps and on the demo
// corps, every year's statistics (unfiltered and, for the random corps, under every filter), the
// evaluation tables and CSV, and issued billing statements are deep-equal before and after.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_NAME } from '../../shared/privacy/anonymous';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { corpsArb, personText, publishedFigures, seedCorps } from '../helpers/privacyData';

const FAR_FUTURE = '2060-06-30';

/** Persons with every course closed: the ones erasure accepts. */
function erasable(b: TestBackend): number[] {
  const rows = b.ctx.db
    .prepare('SELECT me.id FROM mentees me WHERE me.anonymised_at IS NULL AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) ORDER BY me.id')
    .all() as { id: number }[];
  return rows.map((r) => r.id);
}

async function eraseSome(b: TestBackend, pick: (ids: number[]) => number[]): Promise<number[]> {
  const chosen = pick(erasable(b));
  for (const menteeId of chosen) await b.registry.call('privacy.erase', { menteeId, reason: 'Anmodning fra personen' });
  return chosen;
}

async function runRetention(b: TestBackend): Promise<number> {
  const due = await b.registry.call('privacy.retentionDue');
  if (due.total > 0) await b.registry.call('privacy.runRetention', { confirm: true, expectedCount: due.total });
  return due.total;
}

describe('published figures survive erasure and retention', () => {
  it('on random small corps, under every filter', async () => {
    await fc.assert(
      fc.asyncProperty(corpsArb, fc.array(fc.nat(), { maxLength: 3 }), async (spec, picks) => {
        const b = makeBackend();
        try {
          seedCorps(b, spec, TEST_TODAY);
          const before = await publishedFigures(b, { filters: true });
          const erased = await eraseSome(b, (ids) => [...new Set(picks.filter(() => ids.length > 0).map((p) => ids[p % ids.length]))]);
          expect(await publishedFigures(b, { filters: true })).toEqual(before);
          const names = b.ctx.db.prepare('SELECT name FROM mentees WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(erased)) as { name: string }[];
          expect(names.every((n) => n.name === ANONYMOUS_NAME)).toBe(true);

          // Far in the future every closed person is due; the figures as of that day stay too.
          b.ctx.today = () => FAR_FUTURE;
          const later = await publishedFigures(b);
          const due = erasable(b).length;
          expect(await runRetention(b)).toBe(due);
          expect(await publishedFigures(b)).toEqual(later);
          expect(erasable(b)).toEqual([]);
          // And back at the original day, the figures are still those first published.
          b.ctx.today = () => TEST_TODAY;
          expect(await publishedFigures(b, { filters: true })).toEqual(before);
          // No identifying text is left in any anonymised row.
          const left = JSON.stringify(b.ctx.db.prepare('SELECT * FROM mentees WHERE anonymised_at IS NOT NULL').all()) + JSON.stringify(b.ctx.db.prepare("SELECT text FROM goals WHERE text <> ''").all());
          spec.mentees.forEach((_, i) => {
            if (!left.includes(personText(i).name)) return;
            const row = b.ctx.db.prepare('SELECT anonymised_at FROM mentees WHERE name = ?').get(personText(i).name) as { anonymised_at: string | null };
            expect(row.anonymised_at).toBeNull();
          });
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 4 },
    );
  }, 60_000);

  it('on the demo corps', async () => {
    const b = makeBackend();
    try {
      await b.registry.call('setup.loadDemo');
      const before = await publishedFigures(b, { filters: true });
      const seed = fc.sample(fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), { numRuns: 1, seed: 20261123 })[0];
      await eraseSome(b, (ids) => [...new Set(seed.map((p) => ids[p % ids.length]))]);
      expect(await publishedFigures(b, { filters: true })).toEqual(before);
      b.ctx.today = () => FAR_FUTURE;
      const later = await publishedFigures(b);
      expect(await runRetention(b)).toBeGreaterThan(100);
      expect(await publishedFigures(b)).toEqual(later);
      b.ctx.today = () => TEST_TODAY;
      expect(await publishedFigures(b, { filters: true })).toEqual(before);
    } finally {
      b.cleanup();
    }
  }, 60_000);
});
