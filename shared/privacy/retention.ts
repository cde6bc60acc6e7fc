// The retention rule: a person's data are kept for a number of years after their last course closed
// (archive law counts from the close), then anonymised in a run the coordinator confirms.
import { yearsBefore } from '../caseload';

export const RETENTION_YEARS_DEFAULT = 5;
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 20;

/**
 * Backups are encrypted copies of the whole file, so a copy made before an erasure still holds the
 * person. Every copy (and the copy at the second location) older than this is deleted when the app
 * next runs, so an erased person is gone from all copies within this many days of use.
 */
export const BACKUP_MAX_AGE_DAYS = 35;

/**
 * The latest close that is due on `today`: a person is due when ALL their courses are closed and the
 * latest close is on or before this day (its anniversary `years` later has come).
 */
export const retentionCutoff = (today: string, years: number) => yearsBefore(today, years);

/** The day a person with this latest close will be anonymised under the rule. */
export function anonymisedOn(latestClose: string, years: number): string {
  const y = Number(latestClose.slice(0, 4)) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  // A close on 29 Feb comes due on 1 March in a common year (retentionCutoff then reaches it).
  const md = latestClose.slice(5) === '02-29' && !leap ? '03-01' : latestClose.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}
