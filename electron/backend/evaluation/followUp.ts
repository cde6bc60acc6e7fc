// The follow-up figure for the statistics: closed courses under the filter with the statuses recorded
// at each configured checkpoint, counted by followUpFigure (shared/statistics/definitions.ts) for the
// year and for every earlier year with a checkpoint due (the trend).
import type Database from 'better-sqlite3-multiple-ciphers';
import { checkpointDue, type CheckpointStatus } from '../../../shared/followUp';
import { followUpFigure, type CheckpointCourse } from '../../../shared/statistics/definitions';
import type { FollowUpStatistics, StatisticsFilter } from '../../../shared/statistics/types';
import { checkpointMonths } from '../handlers/followUp';

// The mentor filter means the course's responsible mentor, as for outcomes.
const CLOSED_COURSES = `SELECT c.id, c.mentee_id, c.closed_on, k.months, k.status
  FROM courses c JOIN mentees me ON me.id = c.mentee_id
  LEFT JOIN checkpoints k ON k.course_id = c.id
  WHERE c.closed_on IS NOT NULL
    AND (@mentor IS NULL OR c.mentor_id = @mentor)
    AND (@muni IS NULL OR me.home_municipality_id = @muni)
    AND (@edu IS NULL OR me.education = @edu)`;

export function followUpStatistics(db: Database.Database, year: number, filter: StatisticsFilter, today: string): FollowUpStatistics {
  const months = checkpointMonths(db);
  const rows = db.prepare(CLOSED_COURSES).all({ mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education }) as {
    id: number;
    mentee_id: number;
    closed_on: string;
    months: number | null;
    status: CheckpointStatus | null;
  }[];
  // One list per checkpoint: every closed course once, with its status at that checkpoint or null.
  const courses = new Map<number, { menteeId: number; closedOn: string; statuses: Map<number, CheckpointStatus> }>();
  for (const r of rows) {
    const c = courses.get(r.id) ?? { menteeId: r.mentee_id, closedOn: r.closed_on, statuses: new Map() };
    if (r.months !== null && r.status !== null) c.statuses.set(r.months, r.status);
    courses.set(r.id, c);
  }
  const byMonths = new Map<number, CheckpointCourse[]>(
    months.map((m) => [m, [...courses].map(([courseId, c]) => ({ courseId, menteeId: c.menteeId, closedOn: c.closedOn, status: c.statuses.get(m) ?? null }))]),
  );
  const figures = months.map((m) => followUpFigure(byMonths.get(m)!, year, m, today));
  // The trend starts at the first year any checkpoint fell due.
  let firstYear = year;
  for (const c of courses.values()) for (const m of months) firstYear = Math.min(firstYear, Number(checkpointDue(c.closedOn, m).slice(0, 4)));
  const trend = [];
  for (let y = firstYear; y <= year; y++) for (const m of months) trend.push(followUpFigure(byMonths.get(m)!, y, m, today));
  return { months, figures, trend };
}
