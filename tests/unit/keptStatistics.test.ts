// The year's statistics are kept while nothing they depend on changed (#13: the printed report asks for the
// figures the dashboard has just shown), and never given after a write, inside or outside the registry,
// or on another day. The property test in statisticsSummaries.test.ts also reads them through the registry.
import { describe, expect, it } from 'vitest';
import { makeBackend } from '../helpers/backend';
import { seedSmallCorps } from '../helpers/summaryOps';

describe('kept statistics', () => {
  it('answers again from the last computation while nothing changed, and recomputes after any write or on a new day', async () => {
    const b = makeBackend('2026-11-23');
    try {
      await seedSmallCorps(b);
      const call = b.registry.call;
      const first = await call('statistics.get', { year: 2026 });
      expect(await call('statistics.get', { year: 2026 })).toBe(first);
      // Another filter is its own answer.
      const mentor = await call('statistics.get', { year: 2026, mentorId: 1 });
      expect(mentor).not.toBe(first);
      expect(await call('statistics.get', { year: 2026 })).toBe(first);

      const course = b.ctx.db.prepare('SELECT id FROM courses WHERE closed_on IS NULL LIMIT 1').pluck().get() as number;
      await call('contacts.create', { type: 'individuel', date: '2026-05-05', mentorId: 1, durationMinutes: 30, themeIds: [], courseIds: [course] });
      const afterWrite = await call('statistics.get', { year: 2026 });
      expect(afterWrite.contacts.total).toBe(first.contacts.total + 1);

      // A write that bypasses the registry (and its summaries' flush) is seen too.
      const k = b.ctx.db.prepare("INSERT INTO contacts (type, contact_date, mentor_id, duration_minutes) VALUES ('individuel', '2026-06-06', 1, 30)").run();
      b.ctx.db.prepare('INSERT INTO contact_participants (contact_id, course_id) VALUES (?, ?)').run(k.lastInsertRowid, course);
      const outside = await call('statistics.get', { year: 2026 });
      expect(outside.contacts.total).toBe(first.contacts.total + 2);

      // That answer's own flush of the summaries was a write: it is kept from the next answer on.
      const settled = await call('statistics.get', { year: 2026 });
      expect(settled).toEqual(outside);
      expect(await call('statistics.get', { year: 2026 })).toBe(settled);

      // A new day is a new answer (the year so far ends on another day).
      b.ctx.today = () => '2026-11-24';
      const nextDay = await call('statistics.get', { year: 2026 });
      expect(nextDay).not.toBe(settled);
      expect(nextDay.period.to).toBe('2026-11-24');
    } finally {
      b.cleanup();
    }
  });
});
