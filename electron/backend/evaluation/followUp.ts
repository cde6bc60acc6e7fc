// The follow-up figure for the statistics, for the year and for every earlier year with a checkpoint
// due (the trend), from the summary (migration 012, kept by flushFollowUpSummary). Only today's year
// differs from a whole year: it is cut at today, which the summary cannot know, so its figure is
// counted by followUpFigure (shared/statistics/definitions.ts) from the few courses around the cut.
import type Database from 'better-sqlite3-multiple-ciphers';
import { addMonths, latestCloseDue, type CheckpointStatus } from '../../../shared/followUp';
import { followUpFigure, ratio, yearBounds, type CheckpointCourse, type FollowUpFigure } from '../../../shared/statistics/definitions';
import type { FollowUpStatistics, StatisticsFilter } from '../../../shared/statistics/types';
import { checkpointMonths } from '../followUp/store';
import { prepared } from '../statements';

// Under a mentor filter each person's latest course among that mentor's courses (mentor_key); the
// municipality and education are the person's.
const SUMMED = `SELECT due_year, months, sum(due) AS due, sum(reached) AS reached, sum(known) AS known, sum(positive) AS positive
  FROM follow_up_stat
  WHERE mentor_key = @mentorKey AND due_year <= @year
    AND (@muni IS NULL OR muni_id = @muni) AND (@edu IS NULL OR edu = @edu)
  GROUP BY due_year, months`;

type Counts = Pick<FollowUpFigure, 'due' | 'reached' | 'known' | 'positive'>;
const figure = (year: number, months: number, c: Counts): FollowUpFigure => ({ year, months, ...c, share: ratio(c.positive, c.known) });

export function followUpStatistics(db: Database.Database, year: number, filter: StatisticsFilter, today: string): FollowUpStatistics {
  const months = checkpointMonths(db);
  const todayYear = Number(today.slice(0, 4));
  const summed = new Map<string, Counts>();
  let firstYear = year;
  const rows = prepared(db, SUMMED).all({ mentorKey: filter.mentorId ?? 0, year, muni: filter.municipalityId, edu: filter.education }) as ({ due_year: number; months: number } & Counts)[];
  for (const { due_year, months: m, ...c } of rows) {
    if (!months.includes(m)) continue;
    // The trend starts at the first year any checkpoint fell due (or falls due, up to the year).
    firstYear = Math.min(firstYear, due_year);
    summed.set(`${due_year}:${m}`, c);
  }
  const figureOf = (y: number, m: number): FollowUpFigure => {
    const whole = summed.get(`${y}:${m}`);
    if (y < todayYear) return whole ? figure(y, m, whole) : followUpFigure([], y, m, today);
    // Nothing falls due after today.
    if (y > todayYear) return followUpFigure([], y, m, today);
    return currentYear(db, filter, today, m, whole);
  };
  const trend = [];
  for (let y = firstYear; y <= year; y++) for (const m of months) trend.push(figureOf(y, m));
  return { months, figures: months.map((m) => figureOf(year, m)), trend };
}

// The filter's courses closed in a range; only the filter's own conditions are written, so the planner
// can start from closed_on, a mentor's courses or a municipality's persons.
const coursesSql = (f: StatisticsFilter, persons: boolean) => `SELECT c.id, c.mentee_id, c.closed_on, k.status
  FROM courses c JOIN mentees me ON me.id = c.mentee_id
  LEFT JOIN checkpoints k ON k.course_id = c.id AND k.months = @months
  WHERE c.closed_on >= @from AND c.closed_on <= @to
    ${persons ? 'AND c.mentee_id IN (SELECT value FROM json_each(@persons))' : ''}
    ${f.mentorId !== null ? 'AND c.mentor_id = @mentor' : ''}
    ${f.municipalityId !== null ? 'AND me.home_municipality_id = @muni' : ''}
    ${f.education !== null ? 'AND me.education = @edu' : ''}`;

const PERSON_ROWS = `SELECT count(*) AS due, coalesce(sum(reached), 0) AS reached, coalesce(sum(known), 0) AS known, coalesce(sum(positive), 0) AS positive
  FROM follow_up_stat_person
  WHERE mentee_id IN (SELECT value FROM json_each(@persons)) AND mentor_key = @mentorKey AND due_year = @year AND months = @months`;

interface CourseRow {
  id: number;
  mentee_id: number;
  closed_on: string;
  status: CheckpointStatus | null;
}

/**
 * Today's year: before July the courses due by today are counted outright; later, the whole year's
 * summary less the persons with a course due after today, counted again up to today (fewer courses).
 */
function currentYear(db: Database.Database, filter: StatisticsFilter, today: string, months: number, whole: Counts | undefined): FollowUpFigure {
  const year = Number(today.slice(0, 4));
  const { from: yearStart, to: yearEnd } = yearBounds(year);
  const firstClose = addMonths(yearStart, -months);
  const dueByToday = latestCloseDue(today, months);
  const params = { months, mentor: filter.mentorId, muni: filter.municipalityId, edu: filter.education };
  const courses = (from: string, to: string, persons?: number[]) => {
    const p = { ...params, from, to, persons: persons ? JSON.stringify(persons) : null };
    const named = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
    return (prepared(db, coursesSql(filter, persons !== undefined)).all(named) as CourseRow[]).map(
      (r): CheckpointCourse => ({ courseId: r.id, menteeId: r.mentee_id, closedOn: r.closed_on, status: r.status }),
    );
  };
  if (today < `${year}-07-01` || !whole) return followUpFigure(courses(firstClose, dueByToday), year, months, today);

  // Anyone whose checkpoint falls due after today (a superset would do: each is counted again exactly).
  const late = [...new Set(courses(dueByToday, latestCloseDue(yearEnd, months)).filter((c) => c.closedOn > dueByToday).map((c) => c.menteeId))];
  if (!late.length) return figure(year, months, whole);
  const theirs = prepared(db, PERSON_ROWS).get({ persons: JSON.stringify(late), mentorKey: filter.mentorId ?? 0, year, months }) as Counts;
  const recount = followUpFigure(courses(firstClose, dueByToday, late), year, months, today);
  return figure(year, months, {
    due: whole.due - theirs.due + recount.due,
    reached: whole.reached - theirs.reached + recount.reached,
    known: whole.known - theirs.known + recount.known,
    positive: whole.positive - theirs.positive + recount.positive,
  });
}
