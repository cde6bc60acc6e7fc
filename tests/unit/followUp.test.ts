// Follow-up after close: the checkpoint dates, the figure's definition on hand-made data, the small-number
// rule, and the registry's refusals (each naming the field, nothing written).
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, checkpointDue, latestCloseDue } from '../../shared/followUp';
import { followUpFigure, type CheckpointCourse } from '../../shared/statistics/definitions';
import { publishedCount, publishedShare } from '../../shared/statistics/smallNumbers';
import { followUpCells } from '../../shared/statistics/followUpTables';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';

describe('checkpoint dates', () => {
  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2025-12-15', 6)).toBe('2026-06-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('latestCloseDue is the largest close whose checkpoint is due by the day', () => {
    for (const day of ['2026-02-28', '2026-03-30', '2026-03-31', '2026-11-23', '2024-02-29', '2026-01-01']) {
      for (const months of [1, 3, 6, 12, 36]) {
        const last = latestCloseDue(day, months);
        expect(checkpointDue(last, months) <= day, `${day} ${months}`).toBe(true);
        const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(checkpointDue(next, months) > day, `${day} ${months} next`).toBe(true);
      }
    }
  });
});

describe('followUpFigure', () => {
  const c = (menteeId: number, courseId: number, closedOn: string, status: CheckpointCourse['status']): CheckpointCourse => ({ menteeId, courseId, closedOn, status });

  it('counts a course closed in December in the next year, when its 6-month checkpoint falls', () => {
    const courses = [c(1, 1, '2025-12-10', 'arbejde')];
    expect(followUpFigure(courses, 2025, 6, '2026-11-23')).toMatchObject({ due: 0, share: null });
    expect(followUpFigure(courses, 2026, 6, '2026-11-23')).toMatchObject({ due: 1, reached: 1, known: 1, positive: 1, share: 1 });
  });

  it('counts a person with two courses once, by the most recently closed', () => {
    const courses = [c(1, 1, '2025-08-01', 'hverken'), c(1, 2, '2025-11-01', 'uddannelse_anden'), c(2, 3, '2025-09-01', 'hverken')];
    expect(followUpFigure(courses, 2026, 6, '2026-11-23')).toEqual({ year: 2026, months: 6, due: 2, reached: 2, known: 2, positive: 1, share: 0.5 });
  });

  it('keeps not reached apart from dropped out: not reached leaves the share, "neither" counts against it', () => {
    const courses = [
      c(1, 1, '2025-10-01', 'uddannelse_samme'),
      c(2, 2, '2025-10-01', 'ikke_naaet'),
      c(3, 3, '2025-10-01', 'hverken'),
      c(4, 4, '2025-10-01', 'flyttet'),
      c(5, 5, '2025-10-01', null),
      c(6, 6, '2025-10-01', 'fuldfoert'),
    ];
    expect(followUpFigure(courses, 2026, 6, '2026-11-23')).toEqual({ year: 2026, months: 6, due: 6, reached: 4, known: 3, positive: 2, share: 2 / 3 });
  });

  it('counts only checkpoints due by today in the current year', () => {
    const courses = [c(1, 1, '2026-05-01', 'arbejde'), c(2, 2, '2026-06-01', null)];
    expect(followUpFigure(courses, 2026, 6, '2026-11-23')).toMatchObject({ due: 1 });
  });
});

describe('small numbers', () => {
  it('shows 1–2 persons as <3 and hides a share built on them', () => {
    expect([0, 1, 2, 3].map(publishedCount)).toEqual([0, '<3', '<3', 3]);
    expect(publishedShare(2, 10, 0.2)).toBe('..');
    expect(publishedShare(8, 2, 4)).toBe('..');
    expect(publishedShare(0, 3, 0)).toBe(0);
    expect(publishedShare(3, 4, 0.75)).toBe(0.75);
    expect(followUpCells({ year: 2026, months: 6, due: 5, reached: 2, known: 2, positive: 2, share: 1 })).toEqual([5, '<3', '<3', '<3', '..']);
  });
});

describe('checkpoint handlers', () => {
  let b: TestBackend;
  afterEach(() => b?.cleanup());

  function seed() {
    b = makeBackend('2026-11-23');
    const { db } = b.ctx;
    const id = (sql: string, ...p: unknown[]) => Number(db.prepare(sql).run(...p).lastInsertRowid);
    const muni = id("INSERT INTO municipalities (name, sort_key, code) VALUES ('Odense', 'odense', 461)");
    const mentor = id(
      "INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from) VALUES ('Birgit', 'birgit', 'socialraadgiver', ?, 37, 20, '2025-01-01')",
      muni,
    );
    const mentee = id("INSERT INTO mentees (name, sort_key, birth_year, home_municipality_id, education) VALUES ('Person 1', 'person 1', 2004, ?, 'pau')", muni);
    const course = (closed: string | null) =>
      id(
        "INSERT INTO courses (mentee_id, referral_date, referred_by, phase_at_start, mentor_id, closed_on, outcome) VALUES (?, '2025-09-01', 'selv', 'start', ?, ?, ?)",
        mentee,
        mentor,
        closed,
        closed ? 'fastholdt' : null,
      );
    return { closed: course('2026-03-10'), open: course(null) };
  }
  const entry = (courseId: number, over: Record<string, unknown> = {}) => ({ courseId, months: 6, status: 'arbejde', learnedOn: '2026-09-15', source: 'skolen', ...over });

  it('lists a due checkpoint, records it once, and the figure moves', async () => {
    const { closed } = seed();
    const due = await b.registry.call('checkpoints.due', {});
    expect(due.rows).toEqual([expect.objectContaining({ courseId: closed, months: 6, dueOn: '2026-09-10', closedOn: '2026-03-10' })]);
    const before = (await b.registry.call('statistics.get', { year: 2026 })).followUp.figures[0];
    expect(before).toMatchObject({ due: 1, reached: 0, share: null });
    await b.registry.call('checkpoints.record', entry(closed) as never);
    expect((await b.registry.call('checkpoints.due', {})).total).toBe(0);
    expect((await b.registry.call('statistics.get', { year: 2026 })).followUp.figures[0]).toMatchObject({ due: 1, reached: 1, known: 1, positive: 1, share: 1 });
  });

  it('refuses a status dated before the close', async () => {
    const { closed } = seed();
    const e = await expectRefused(b, 'checkpoints.record', entry(closed, { learnedOn: '2026-03-09' }), 'learnedOn');
    expect(e.fields.learnedOn).toContain('10.03.2026');
  });
  it('refuses a checkpoint for an open course', async () => {
    const { open } = seed();
    await expectRefused(b, 'checkpoints.record', entry(open), 'courseId');
  });
  it('refuses a second status for the same checkpoint', async () => {
    const { closed } = seed();
    await b.registry.call('checkpoints.record', entry(closed) as never);
    const e = await expectRefused(b, 'checkpoints.record', entry(closed, { status: 'hverken' }), 'status');
    expect(e.fields.status).toContain('allerede registreret');
  });
  it('refuses N outside 1–36 months, in the setting and in a record', async () => {
    const { closed } = seed();
    for (const months of [0, 37, 2.5]) {
      await expectRefused(b, 'checkpoints.addMonths', { months }, 'months');
      await expectRefused(b, 'checkpoints.record', entry(closed, { months }), 'months');
    }
    const e = await expectRefused(b, 'checkpoints.addMonths', { months: 37 }, 'months');
    expect(e.fields.months).toContain('Måneder efter afslutning');
  });
  it('refuses a future date, an unset checkpoint, and removing the last checkpoint', async () => {
    const { closed } = seed();
    await expectRefused(b, 'checkpoints.record', entry(closed, { learnedOn: '2026-11-24' }), 'learnedOn');
    await expectRefused(b, 'checkpoints.record', entry(closed, { months: 3 }), 'months');
    await expectRefused(b, 'checkpoints.removeMonths', { months: 6 }, 'months');
  });
  it('adds 3 and 12 months beside the default 6', async () => {
    seed();
    expect(await b.registry.call('checkpoints.months')).toEqual({ months: [6] });
    await b.registry.call('checkpoints.addMonths', { months: 12 });
    expect(await b.registry.call('checkpoints.addMonths', { months: 3 })).toEqual({ months: [3, 6, 12] });
    await expectRefused(b, 'checkpoints.addMonths', { months: 3 }, 'months');
    // The close (10.03.2026) + 3 months is due too; + 12 is not yet.
    const due = await b.registry.call('checkpoints.due', {});
    expect(due.rows.map((r) => r.months).sort()).toEqual([3, 6]);
  });
});
