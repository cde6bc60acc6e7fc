// The year's statistics as last computed, kept per connection while the data and the day are unchanged
// (dataStamp): the printed report, the workbook and the dashboard's next visit ask for the figures it has
// just shown, and on a national file each computation costs about 90 ms (#13). Nothing is kept across a
// write, a lock or a restore (each opens another connection).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { StatisticsFilter, YearStatistics } from '../../../shared/statistics/types';
import type { BackendContext } from '../context';
import { dataStamp } from '../dataStamp';
import { yearStatistics } from './aggregates';

/** Answers kept per connection: a year under a few filters. */
const KEPT_ANSWERS = 8;
const kept = new WeakMap<Database.Database, Map<string, { stamp: string; stats: YearStatistics }>>();

/** yearStatistics, answered from the last computation when nothing has changed since. Callers do not change the answer. */
export function keptYearStatistics(ctx: BackendContext, year: number, filter: StatisticsFilter): YearStatistics {
  const key = JSON.stringify([year, filter.municipalityId, filter.mentorId, filter.education]);
  let answers = kept.get(ctx.db);
  if (!answers) kept.set(ctx.db, (answers = new Map()));
  const hit = answers.get(key);
  // Taken before computing: a computation that itself writes (the summaries' safety net) is not kept as current.
  const stamp = dataStamp(ctx);
  if (hit?.stamp === stamp) return hit.stats;
  const stats = yearStatistics(ctx, year, filter);
  answers.delete(key);
  answers.set(key, { stamp, stats });
  if (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value as string);
  return stats;
}
