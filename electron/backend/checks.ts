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

// An anonymised person's rows are kept for the statistics and must not change (migration 008's
// triggers refuse it too); these checks refuse first, in Danish, naming the field.
export const ANONYMISED_MESSAGE = 'Personen er anonymiseret og kan ikke ændres.';

const anonymisedMentee = (db: Database.Database, menteeId: number) =>
  (db.prepare('SELECT anonymised_at FROM mentees WHERE id = ?').get(menteeId) as { anonymised_at: string | null } | undefined)?.anonymised_at != null;

export function assertMenteeNotAnonymised(db: Database.Database, menteeId: number, field: string): void {
  if (anonymisedMentee(db, menteeId)) throw fieldError(field, ANONYMISED_MESSAGE);
}

export function assertCourseNotAnonymised(db: Database.Database, courseId: number, field: string): void {
  const row = db.prepare('SELECT me.anonymised_at FROM courses c JOIN mentees me ON me.id = c.mentee_id WHERE c.id = ?').get(courseId) as { anonymised_at: string | null } | undefined;
  if (row?.anonymised_at != null) throw fieldError(field, 'Forløbet tilhører en anonymiseret person og kan ikke ændres.');
}

/** A contact one of whose participants is anonymised stays as it is (it counts in the statistics). */
export function assertContactWithoutAnonymised(db: Database.Database, contactId: number, field: string): void {
  const hit = db
    .prepare('SELECT 1 FROM contact_participants p JOIN courses c ON c.id = p.course_id JOIN mentees me ON me.id = c.mentee_id WHERE p.contact_id = ? AND me.anonymised_at IS NOT NULL')
    .get(contactId);
  if (hit) throw fieldError(field, 'Samtalen omfatter en anonymiseret person og kan ikke ændres eller slettes.');
}
