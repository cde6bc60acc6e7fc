// The default instalment dates of a year, and how they follow a change of year in the form.
import { parseDanishDate } from '../../../../shared/format';

/** Due dates spread evenly over the year from 1 January: 1, 2, 4 or 12 instalments (ISO). */
export function defaultDueDates(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year}-${String(1 + (i * 12) / count).padStart(2, '0')}-01`);
}

/** After "År" changes: dates still at some year's defaults move to the new year; dates the coordinator typed stay. */
export function dueDatesForYear(dates: readonly string[], year: number): string[] {
  const iso = dates.map((d) => parseDanishDate(d) ?? d);
  const shownYear = Number(iso[0]?.slice(0, 4));
  const untouched = iso.length > 0 && defaultDueDates(shownYear, iso.length).join() === iso.join();
  return untouched ? defaultDueDates(year, iso.length) : [...dates];
}
