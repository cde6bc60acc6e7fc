// The follow-up figure for the statistics, for the year and for every earlier year with a checkpoint
// due (the trend). Due years before today's year come from the summary (migration 012, kept by
// flushFollowUpSummary); the current year is cut at today, which a summary cannot know, so due years
// from today's year on are counted by followUpFigure (shared/statistics/definitions.ts) from the
// closed courses whose checkpoint can fall due in them.
import type Database from 'better-sqlite3-multiple-ciphers';
import { addMonths, checkpointDue, type CheckpointStatus } from '../../../shared/followUp';
import { followUpFigure, ratio, type CheckpointCourse, type FollowUpFigure } from '../../../shared/statistics/definitions';
import type { FollowUpStatistics, StatisticsFilter } from '../../../shared/statistics/types';
import { checkpointMonths } from '../followUp/store';
import { prepared } from '../statements';

// Under a mentor filter each person's latest course among that mentor's courses (mentor_key); the
// municipality and education are the person's.
const SUMMED = `SELECT due_year, months, sum(due) AS due, sum(reached) AS reached, sum(known) AS known, sum(positive) AS positive
  FROM follow_up_stat
  WHERE mentor_key = @mentorKey AND due_year <= @last
    AND (@muni IS NULL OR muni_id = @muni) AND (@edu IS NULL OR edu = @edu)
  GROUP BY due_year, months`;

// The mentor filter means the course's responsible mentor, as for outcomes. Only the filter's own
// conditions are written, so the planner can start from a municipality's persons or from closed_on.
const recentCoursesSql = (f: StatisticsFilter) => `SELECT c.id, c.mentee_id, c.closed_on, k.months, k.status
  FROM courses c JOIN mentees me ON me.id = c.mentee_id
  LEFT JOIN checkpoints k ON k.course_id = c.id
  WHERE c.closed_on >= @since
    ${f.mentorId !== null ? 'AND c.mentor_id = @mentor' : ''}
    ${f.municipalityId !== null ? 'AND me.home_municipality_id = @muni' : ''}
    ${f.education !== null ? 'AND me.education = @edu' : ''}`;

interface SummedRow {
  due_year: number;
  months: number;
  due: number;
  reached: number;
  known: number;
  positive: number;
}

export function followUpStatistics(db: Database.Database, year: number, filter: StatisticsFilter, today: string): FollowUpStatistics {
  const months = checkpointMonths(db);
  const todayYear = Number(today.slice(0, 4));
  const figures = new Map<string, FollowUpFigure>();
  let firstYear = year;

  const summed = prepared(db, SUMMED).all({ mentorKey: filter.mentorId ?? 0, last: Math.min(year, todayYear - 1), muni: filter.municipalityId, edu: filter.education }) as SummedRow[];
  for (const r of summed) {
    if (!months.includes(r.months)) continue;
    firstYear = Math.min(firstYear, r.due_year);
    const { due, reached, known, positive } = r;
    figures.set(`${r.due_year}:${r.months}`, { year: r.due_year, months: r.months, due, reached, known, positive, share: ratio(positive, known) });
  }

  const live = year >= todayYear ? recentCourses(db, filter, todayYear, months) : new Map<string, CheckpointCourse[]>();
  const figureOf = (y: number, m: number) => (y < todayYear ? figures.get(`${y}:${m}`) : undefined) ?? followUpFigure(live.get(`${y}:${m}`) ?? [], y, m, today);
  for (const key of live.keys()) {
    const y = Number(key.split(':')[0]);
    if (y <= year) firstYear = Math.min(firstYear, y);
  }
  const trend = [];
  // The trend starts at the first year any checkpoint fell due.
  for (let y = firstYear; y <= year; y++) for (const m of months) trend.push(figureOf(y, m));
  return { months, figures: months.map((m) => figureOf(year, m)), trend };
}

/** The closed courses under the filter whose checkpoint falls due from today's year on, by due year and checkpoint. */
function recentCourses(db: Database.Database, filter: StatisticsFilter, todayYear: number, months: readonly number[]): Map<string, CheckpointCourse[]> {
  const out = new Map<string, CheckpointCourse[]>();
  if (!months.length) return out;
  // A checkpoint falls due in the month N months after the close: closes from this month on can be due this year.
  const since = addMonths(`${String(todayYear).padStart(4, '0')}-01-01`, -Math.max(...months));
  const params = { since, mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education };
  const rows = prepared(db, recentCoursesSql(filter)).all(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null))) as {
    id: number;
    mentee_id: number;
    closed_on: string;
    months: number | null;
    status: CheckpointStatus | null;
  }[];
  const courses = new Map<number, { menteeId: number; closedOn: string; statuses: Map<number, CheckpointStatus> }>();
  for (const r of rows) {
    const c = courses.get(r.id) ?? { menteeId: r.mentee_id, closedOn: r.closed_on, statuses: new Map() };
    if (r.months !== null && r.status !== null) c.statuses.set(r.months, r.status);
    courses.set(r.id, c);
  }
  for (const [courseId, c] of courses) {
    for (const m of months) {
      const dueYear = Number(checkpointDue(c.closedOn, m).slice(0, 4));
      if (dueYear < todayYear) continue;
      const key = `${dueYear}:${m}`;
      const list = out.get(key) ?? [];
      list.push({ courseId, menteeId: c.menteeId, closedOn: c.closedOn, status: c.statuses.get(m) ?? null });
      out.set(key, list);
    }
  }
  return out;
}
