// The follow-up figure for the statistics: closed courses under the filter with the statuses recorded
// at each configured checkpoint, counted by followUpFigure (shared/statistics/definitions.ts) for the
// year and for every earlier year with a checkpoint due (the trend).
import type Database from 'better-sqlite3-multiple-ciphers';
import { checkpointDue, type CheckpointStatus } from '../../../shared/followUp';
import { followUpFigure, type CheckpointCourse } from '../../../shared/statistics/definitions';
import type { FollowUpStatistics, StatisticsFilter } from '../../../shared/statistics/types';
import { checkpointMonths } from '../followUp/store';

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
  // Each course under each checkpoint, bucketed by the year its checkpoint falls due: the figure of a
  // year only looks at that year's courses, so the trend costs one pass, not one per year.
  const byYearAndMonths = new Map<string, CheckpointCourse[]>();
  let firstYear = year;
  for (const [courseId, c] of courses) {
    for (const m of months) {
      const dueYear = Number(checkpointDue(c.closedOn, m).slice(0, 4));
      if (dueYear > year) continue;
      firstYear = Math.min(firstYear, dueYear);
      const key = `${dueYear}:${m}`;
      const list = byYearAndMonths.get(key) ?? [];
      list.push({ courseId, menteeId: c.menteeId, closedOn: c.closedOn, status: c.statuses.get(m) ?? null });
      byYearAndMonths.set(key, list);
    }
  }
  const figureOf = (y: number, m: number) => followUpFigure(byYearAndMonths.get(`${y}:${m}`) ?? [], y, m, today);
  const figures = months.map((m) => figureOf(year, m));
  // The trend starts at the first year any checkpoint fell due.
  const trend = [];
  for (let y = firstYear; y <= year; y++) for (const m of months) trend.push(figureOf(y, m));
  return { months, figures, trend };
}
