// Checks that one domain makes against another's rows (does the mentor or municipality exist, is
// the mentor active): kept here, in one module, so no handler reaches into another domain's files.
import type Database from 'better-sqlite3-multiple-ciphers';
import { fieldError } from '../../shared/errors';
import { formatDate } from '../../shared/format';

export const isActiveOn = (activeFrom: string, activeTo: string | null, day: string) =>
  activeFrom <= day && (activeTo === null || activeTo >= day);

export type MentorSpan = { name: string; active_from: string; active_to: string | null };

/** Refuses a mentor (named by another record's `field`) who is not active on `day`. */
export function assertMentorActive(m: MentorSpan, day: string, field: string): void {
  if (!isActiveOn(m.active_from, m.active_to, day)) throw fieldError(field, `${m.name} er ikke aktiv mentor pr. ${formatDate(day)}.`);
}

/** The mentor another record names in `field`: it must exist and be active on `day`. */
export function activeMentorOn(db: Database.Database, id: number, day: string, field: string): MentorSpan {
  const m = db.prepare('SELECT name, active_from, active_to FROM mentors WHERE id = ?').get(id) as MentorSpan | undefined;
  if (!m) throw fieldError(field, 'Mentoren findes ikke.');
  assertMentorActive(m, day, field);
  return m;
}

export function assertMunicipalityExists(db: Database.Database, id: number, field: string, label: string): void {
  if (!db.prepare('SELECT 1 FROM municipalities WHERE id = ?').get(id)) throw fieldError(field, `${label} findes ikke.`);
}

/** The name of the municipality another record names in `field`; it must exist. */
export function municipalityNameOf(db: Database.Database, id: number, field: string): string {
  const muni = db.prepare('SELECT name FROM municipalities WHERE id = ?').get(id) as { name: string } | undefined;
  if (!muni) throw fieldError(field, 'Kommunen findes ikke.');
  return muni.name;
}

/** Does the data file hold any municipality or mentor? (The demo corps loads only into an empty file.) */
export function hasRosterData(db: Database.Database): boolean {
  const hasData = db.prepare('SELECT (SELECT count(*) FROM municipalities) + (SELECT count(*) FROM mentors) AS n').get() as { n: number };
  return hasData.n > 0;
}
