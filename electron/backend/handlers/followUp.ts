// Follow-up checkpoints after close: the months setting, the due list for Opfølgning, and recording
// what was learned. The figure they feed is computed in evaluation/followUp.ts.
import type { DueCheckpoint, followUpMethods } from '../../../shared/api/followUp';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { CHECKPOINT_STATUSES, checkpointDue } from '../../../shared/followUp';
import { courseRow } from '../caseload/courseRows';
import { addCheckpointMonths, checkpointMonths, dueCheckpoints, insertCheckpoint, recordedCheckpoint, removeCheckpointMonths } from '../followUp/store';
import type { HandlerMap } from '../registry';

const MAX_CHECKPOINTS = 5;

export const followUpHandlers: Pick<HandlerMap, keyof typeof followUpMethods> = {
  'checkpoints.months': (_input, { db }) => ({ months: checkpointMonths(db) }),

  'checkpoints.addMonths': ({ months }, { db }) => {
    const now = checkpointMonths(db);
    if (now.includes(months)) throw fieldError('months', `Der er allerede en opfølgning ${months} måneder efter afslutning.`);
    if (now.length >= MAX_CHECKPOINTS) throw fieldError('months', `Højst ${MAX_CHECKPOINTS} opfølgninger efter afslutning.`);
    addCheckpointMonths(db, months);
    return { months: checkpointMonths(db) };
  },

  // Statuses already recorded for removed months are kept; they only leave the lists and figures.
  'checkpoints.removeMonths': ({ months }, { db }) => {
    const now = checkpointMonths(db);
    if (!now.includes(months)) throw fieldError('months', `Der er ingen opfølgning ${months} måneder efter afslutning.`);
    if (now.length === 1) throw fieldError('months', 'Der skal være mindst én opfølgning efter afslutning.');
    removeCheckpointMonths(db, months);
    return { months: checkpointMonths(db) };
  },

  // Closed courses whose checkpoint is due by today and has no status, for each configured month count.
  'checkpoints.due': ({ offset, limit }, { db, today }) => {
    const months = checkpointMonths(db);
    if (!months.length) return { rows: [], total: 0, offset };
    const { rows, total } = dueCheckpoints(db, today(), months, offset, limit);
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
    const existing = recordedCheckpoint(db, courseId, months);
    if (existing) {
      throw fieldError(
        'status',
        `Status for opfølgningen ${months} måneder efter afslutning er allerede registreret (${CHECKPOINT_STATUSES[existing.status]}, oplyst ${formatDate(existing.learned_on)}).`,
      );
    }
    return { id: insertCheckpoint(db, courseId, months, status, learnedOn, source), courseId, months, status, learnedOn, source };
  },
};
