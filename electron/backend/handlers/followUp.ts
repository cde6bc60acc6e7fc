// Follow-up checkpoints after close: the months setting, the due list for Opfølgning, and recording
// what was learned. The figure they feed is computed in evaluation/followUp.ts.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DueCheckpoint, followUpMethods } from '../../../shared/api/followUp';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { CHECKPOINT_STATUSES, checkpointDue, latestCloseDue, type CheckpointStatus } from '../../../shared/followUp';
import type { HandlerMap } from '../registry';
import { courseRow } from '../caseload/courseRows';

type DB = Database.Database;
const MAX_CHECKPOINTS = 5;

export function checkpointMonths(db: DB): number[] {
  return (db.prepare('SELECT months FROM checkpoint_months ORDER BY months').all() as { months: number }[]).map((r) => r.months);
}

export const followUpHandlers: Pick<HandlerMap, keyof typeof followUpMethods> = {
  'checkpoints.months': (_input, { db }) => ({ months: checkpointMonths(db) }),

  'checkpoints.addMonths': ({ months }, { db }) => {
    const now = checkpointMonths(db);
    if (now.includes(months)) throw fieldError('months', `Der er allerede en opfølgning ${months} måneder efter afslutning.`);
    if (now.length >= MAX_CHECKPOINTS) throw fieldError('months', `Højst ${MAX_CHECKPOINTS} opfølgninger efter afslutning.`);
    db.prepare('INSERT INTO checkpoint_months (months) VALUES (?)').run(months);
    return { months: checkpointMonths(db) };
  },

  // Statuses already recorded for removed months are kept; they only leave the lists and figures.
  'checkpoints.removeMonths': ({ months }, { db }) => {
    const now = checkpointMonths(db);
    if (!now.includes(months)) throw fieldError('months', `Der er ingen opfølgning ${months} måneder efter afslutning.`);
    if (now.length === 1) throw fieldError('months', 'Der skal være mindst én opfølgning efter afslutning.');
    db.prepare('DELETE FROM checkpoint_months WHERE months = ?').run(months);
    return { months: checkpointMonths(db) };
  },

  // Closed courses whose checkpoint is due by today and has no status, for each configured month count.
  'checkpoints.due': ({ offset, limit }, { db, today }) => {
    const day = today();
    const months = checkpointMonths(db);
    if (!months.length) return { rows: [], total: 0, offset };
    const parts = months.map(
      (_m, i) => `SELECT c.id AS course_id, c.closed_on, @m${i} AS months, me.name AS mentee_name, mt.name AS mentor_name, mu.name AS municipality_name,
          date(c.closed_on, '+' || @m${i} || ' months') AS sort_due
        FROM courses c JOIN mentees me ON me.id = c.mentee_id JOIN municipalities mu ON mu.id = me.home_municipality_id
        LEFT JOIN mentors mt ON mt.id = c.mentor_id
        WHERE c.closed_on IS NOT NULL AND c.closed_on <= @close${i}
          AND NOT EXISTS (SELECT 1 FROM checkpoints k WHERE k.course_id = c.id AND k.months = @m${i})`,
    );
    const params: Record<string, number | string> = {};
    months.forEach((m, i) => {
      params[`m${i}`] = m;
      params[`close${i}`] = latestCloseDue(day, m);
    });
    const union = parts.join(' UNION ALL ');
    const { total } = db.prepare(`SELECT count(*) AS total FROM (${union})`).get(params) as { total: number };
    // SQLite's month arithmetic overflows short months; it only orders here, the due date shown is checkpointDue's.
    const rows = db.prepare(`SELECT * FROM (${union}) ORDER BY sort_due, course_id, months LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as {
      course_id: number;
      closed_on: string;
      months: number;
      mentee_name: string;
      mentor_name: string | null;
      municipality_name: string;
    }[];
    return {
      total,
      offset,
      rows: rows.map(
        (r): DueCheckpoint => ({
          courseId: r.course_id,
          menteeName: r.mentee_name,
          mentorName: r.mentor_name,
          homeMunicipalityName: r.municipality_name,
          closedOn: r.closed_on,
          months: r.months,
          dueOn: checkpointDue(r.closed_on, r.months),
        }),
      ),
    };
  },

  'checkpoints.record': ({ courseId, months, status, learnedOn, source }, { db, today }) => {
    const course = courseRow(db, courseId, 'courseId');
    if (!course.closed_on) throw fieldError('courseId', 'Forløbet er ikke afsluttet. Opfølgning efter afslutning kan først registreres, når forløbet er afsluttet.');
    if (!checkpointMonths(db).includes(months)) throw fieldError('months', `Der er ingen opfølgning ${months} måneder efter afslutning i indstillingerne.`);
    if (learnedOn < course.closed_on) throw fieldError('learnedOn', `Oplyst den må ikke ligge før forløbets afslutning (${formatDate(course.closed_on)}).`);
    if (learnedOn > today()) throw fieldError('learnedOn', 'Oplyst den må ikke ligge i fremtiden.');
    const existing = db.prepare('SELECT status, learned_on FROM checkpoints WHERE course_id = ? AND months = ?').get(courseId, months) as
      | { status: CheckpointStatus; learned_on: string }
      | undefined;
    if (existing) {
      throw fieldError(
        'status',
        `Status for opfølgningen ${months} måneder efter afslutning er allerede registreret (${CHECKPOINT_STATUSES[existing.status]}, oplyst ${formatDate(existing.learned_on)}).`,
      );
    }
    const info = db
      .prepare('INSERT INTO checkpoints (course_id, months, status, learned_on, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(courseId, months, status, learnedOn, source, new Date().toISOString());
    return { id: Number(info.lastInsertRowid), courseId, months, status, learnedOn, source };
  },
};
