// The course-level counts of a year's statistics (referrals, outcomes, open courses per mentor) on the
// base tables: a year has few of them, so no summary. Each statement is written for the filter at hand:
// SQLite cannot drop a join or an `@x IS NULL OR …` test it does not need, and on a national file the
// unneeded join to mentees cost more than the count itself.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Offer, Outcome } from '../../../shared/caseload';
import { prepared } from '../statements';
import type { CountParams } from './summaryCounts';

type DB = Database.Database;

/** The statistics filter as SQL parameters (the year's bounds, not the year); null = not filtered. */
export type CourseParams = Omit<CountParams, 'year'>;

/** The join and conditions on the course's mentee and responsible mentor (`mentorColumn`) that the filter needs. */
function filterSql(p: CourseParams, mentorColumn: string): { join: string; where: string } {
  const where = [
    p.mentor !== null ? `AND ${mentorColumn} = @mentor` : '',
    p.muni !== null ? 'AND me.home_municipality_id = @muni' : '',
    p.edu !== null ? 'AND me.education = @edu' : '',
  ].join(' ');
  return { join: p.muni !== null || p.edu !== null ? 'JOIN mentees me ON me.id = c.mentee_id' : '', where };
}

/** The statements for this filter (exported for the query-plan tests). */
export function courseCountsSql(p: CourseParams) {
  const course = filterSql(p, 'c.mentor_id');
  // Open courses per mentor on the caseload date, from the assignment history.
  const assigned = filterSql(p, 'a.mentor_id');
  return {
    referrals: `SELECT r.offer AS key, count(*) AS n FROM referrals r JOIN courses c ON c.id = r.course_id ${course.join}
      WHERE r.referred_on BETWEEN @from AND @to ${course.where} GROUP BY r.offer`,
    outcomes: `SELECT c.outcome AS key, count(*) AS n FROM courses c ${course.join}
      WHERE c.closed_on BETWEEN @from AND @to ${course.where} GROUP BY c.outcome`,
    openCourses: `SELECT a.mentor_id AS id, count(DISTINCT c.id) AS n
      FROM course_assignments a JOIN courses c ON c.id = a.course_id ${assigned.join}
      WHERE a.from_date <= @day AND (a.to_date IS NULL OR a.to_date > @day)
        AND (c.closed_on IS NULL OR c.closed_on > @day) ${assigned.where}
      GROUP BY a.mentor_id`,
  };
}

export interface CourseCounts {
  referrals: Map<Offer, number>;
  outcomes: Map<Outcome, number>;
  /** Open courses per responsible mentor on `day`. */
  openCourses: Map<number, number>;
}

export function courseCounts(db: DB, p: CourseParams, day: string): CourseCounts {
  const sql = courseCountsSql(p);
  const rows = (q: string) => prepared(db, q).raw(true).all({ ...p, day }) as [string & number, number][];
  return {
    referrals: new Map(rows(sql.referrals) as [Offer, number][]),
    outcomes: new Map(rows(sql.outcomes) as [Outcome, number][]),
    openCourses: new Map(rows(sql.openCourses) as [number, number][]),
  };
}
