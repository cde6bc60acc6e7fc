// The demo corps' follow-up after close: a status at each due checkpoint of its closed courses, so the
// figure shows from the start. Checkpoints due in the last month are left open, as a coordinator's would
// be, so Opfølgning lists some. Deterministic, like the rest of the demo.
import { checkpointDue, type CheckpointSource, type CheckpointStatus } from '../../../shared/followUp';
import { daysBefore } from '../../../shared/caseload';
import type { BackendContext } from '../context';
import { checkpointMonths } from '../followUp/store';
import { addDays, seededRandom, weighted } from './caseload';

const STATUS_WEIGHTS: readonly [CheckpointStatus, number][] = [
  ['uddannelse_samme', 45],
  ['uddannelse_anden', 12],
  ['fuldfoert', 8],
  ['arbejde', 10],
  ['hverken', 10],
  ['flyttet', 3],
  ['ikke_naaet', 12],
];
const SOURCE_WEIGHTS: readonly [CheckpointSource, number][] = [
  ['egen_kontakt', 60],
  ['skolen', 30],
  ['kommunen', 10],
];
/** Checkpoints due this recently are still waiting for the coordinator. */
const PENDING_DAYS = 30;

export function addDemoFollowUp(ctx: BackendContext): void {
  const { db } = ctx;
  const day = ctx.today();
  const pendingFrom = daysBefore(day, PENDING_DAYS);
  const rng = seededRandom(606);
  const insert = db.prepare('INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?)');
  const closed = db.prepare('SELECT id, closed_on FROM courses WHERE closed_on IS NOT NULL ORDER BY id').all() as { id: number; closed_on: string }[];
  for (const months of checkpointMonths(db)) {
    for (const c of closed) {
      const due = checkpointDue(c.closed_on, months);
      if (due > pendingFrom) continue;
      const learned = addDays(due, Math.floor(rng() * 21));
      insert.run(c.id, months, weighted(rng, STATUS_WEIGHTS), learned > day ? day : learned, weighted(rng, SOURCE_WEIGHTS), `${day}T12:00:00.000Z`);
    }
  }
}
