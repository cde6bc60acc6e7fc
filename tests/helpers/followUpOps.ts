// Random writes for the follow-up summary's property test: the registry's own calls (summaryOps.ts:
// referrals, closes, assignments, person edits, merges, erasure, retention) plus what the figure reads
// that no call changes one row at a time: reopening, deleting, re-dating a close, the responsible
// mentor, clearing or changing a status (as an import or a restore writes them). Those go straight to
// SQL in a transaction ending with the flush, as every write path ends.
import fc from 'fast-check';
import { CHECKPOINT_STATUS_KEYS } from '../../shared/followUp';
import { flushStatisticsSummaries } from '../../electron/backend/evaluation/summaries';
import type { TestBackend } from './backend';
import { opArb, runOp } from './summaryOps';

const DAYS = 1420; // 2023-01-04 … 2026-11-23 (the tests' today)
const dayIso = (n: number) => new Date(Date.UTC(2026, 10, 23) - (n % DAYS) * 86_400_000).toISOString().slice(0, 10);
const MONTHS = [1, 3, 6, 12, 36];

export const followUpOpArb = fc.oneof(
  { weight: 6, arbitrary: opArb },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('record' as const), which: fc.nat(), m: fc.nat(), status: fc.constantFrom(...CHECKPOINT_STATUS_KEYS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('status' as const), which: fc.nat(), status: fc.option(fc.constantFrom(...CHECKPOINT_STATUS_KEYS), { nil: null }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('closedOn' as const), which: fc.nat(), day: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reopen' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteCourse' as const), which: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('courseMentor' as const), which: fc.nat(), mentor: fc.option(fc.nat(), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('muni' as const), which: fc.nat(), muni: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('months' as const), add: fc.boolean(), m: fc.constantFrom(...MONTHS) }) },
);
export type FollowUpOp = typeof followUpOpArb extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(xs: T[], i: number) => xs[i % xs.length];

/** Runs one operation; true when it was accepted. */
export async function runFollowUpOp(b: TestBackend, o: FollowUpOp): Promise<boolean> {
  const { db } = b.ctx;
  const ids = (sql: string) => db.prepare(sql).pluck().all() as number[];
  const closed = () => ids('SELECT id FROM courses WHERE closed_on IS NOT NULL ORDER BY id');
  // Outside the registry: one transaction that ends with the flush, as import and restore do.
  const write = (f: () => void) => {
    try {
      db.transaction(() => {
        f();
        flushStatisticsSummaries(db);
      })();
      return true;
    } catch (err) {
      if (err instanceof Error && err.name === 'SqliteError') return false;
      throw err;
    }
  };
  switch (o.op) {
    case 'record': {
      const months = ids('SELECT months FROM checkpoint_months ORDER BY months');
      const free = closed();
      if (!free.length || !months.length) return false;
      const courseId = pick(free, o.which);
      const learnedOn = db.prepare('SELECT closed_on FROM courses WHERE id = ?').pluck().get(courseId) as string;
      try {
        await b.registry.call('checkpoints.record', { courseId, months: pick(months, o.m), status: o.status, learnedOn, source: 'skolen' });
        return true;
      } catch {
        return false;
      }
    }
    case 'status': {
      const recorded = ids('SELECT id FROM checkpoints ORDER BY id');
      if (!recorded.length) return false;
      const id = pick(recorded, o.which);
      return write(() => {
        if (o.status === null) db.prepare('DELETE FROM checkpoints WHERE id = ?').run(id);
        else db.prepare('UPDATE checkpoints SET status = ? WHERE id = ?').run(o.status, id);
      });
    }
    case 'closedOn': {
      if (!closed().length) return false;
      const id = pick(closed(), o.which);
      // Never before the referral (a CHECK); mostly years back, so past due years fill.
      return write(() => db.prepare('UPDATE courses SET closed_on = max(referral_date, ?) WHERE id = ?').run(dayIso(o.day), id));
    }
    case 'reopen':
      if (!closed().length) return false;
      return write(() => db.prepare('UPDATE courses SET closed_on = NULL, outcome = NULL WHERE id = ?').run(pick(closed(), o.which)));
    case 'deleteCourse': {
      const all = ids('SELECT id FROM courses ORDER BY id');
      if (!all.length) return false;
      const id = pick(all, o.which);
      // Its contacts' participations first (the others cascade, checkpoints with them).
      return write(() => {
        db.prepare('DELETE FROM contact_participants WHERE course_id = ?').run(id);
        db.prepare('DELETE FROM courses WHERE id = ?').run(id);
      });
    }
    case 'courseMentor': {
      const all = ids('SELECT id FROM courses ORDER BY id');
      const mentors = ids('SELECT id FROM mentors ORDER BY id');
      if (!all.length) return false;
      const mentor = o.mentor === null ? null : pick(mentors, o.mentor);
      return write(() => db.prepare('UPDATE courses SET mentor_id = ? WHERE id = ?').run(mentor, pick(all, o.which)));
    }
    case 'muni': {
      // Only the municipality (summaryOps' 'mentee' mostly changes the education too).
      const people = db.prepare('SELECT * FROM mentees WHERE anonymised_at IS NULL ORDER BY id').all() as Record<string, never>[];
      if (!people.length) return false;
      const m = pick(people, o.which);
      const data = { name: m.name, birthYear: m.birth_year, education: m.education, school: null, phone: null, email: null };
      const homeMunicipalityId = pick(ids('SELECT id FROM municipalities ORDER BY id'), o.muni);
      try {
        await b.registry.call('mentees.update', { id: m.id, data: { ...data, homeMunicipalityId } });
        return true;
      } catch {
        return false;
      }
    }
    case 'months':
      try {
        await b.registry.call(o.add ? 'checkpoints.addMonths' : 'checkpoints.removeMonths', { months: o.m });
        return true;
      } catch {
        return false;
      }
    default:
      return runOp(b, o);
  }
}
