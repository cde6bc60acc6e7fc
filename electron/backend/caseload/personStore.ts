// One person, one record: finding likely existing persons for a referral, and merging two records
// of one person (their courses, and with them contacts, group participations, checkpoints and the
// mentor history, move to the kept record; the other record is deleted).
import type Database from 'better-sqlite3-multiple-ciphers';
import { personNameKey, type PersonKey } from '../../../shared/persons';

type DB = Database.Database;

export interface SimilarMenteeRow {
  id: number;
  name: string;
  birthYear: number;
  homeMunicipalityName: string;
  courses: number;
  openCourse: boolean;
}

/**
 * Mentees with the same folded name, birth year and home municipality. The folding is done in JS (SQLite's
 * lower() knows no æ/ø/å); the birth year and municipality narrow the rows first. Anonymised rows have no name.
 */
export function similarMentees(db: DB, p: PersonKey, exceptId: number | null = null): SimilarMenteeRow[] {
  const rows = db
    .prepare(
      `SELECT me.id, me.name, me.birth_year AS birthYear, mu.name AS homeMunicipalityName,
              (SELECT count(*) FROM courses c WHERE c.mentee_id = me.id) AS courses,
              EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) AS openCourse
       FROM mentees me JOIN municipalities mu ON mu.id = me.home_municipality_id
       WHERE me.birth_year = ? AND me.home_municipality_id = ? AND me.anonymised_at IS NULL AND me.id IS NOT ?
       ORDER BY me.id`,
    )
    .all(p.birthYear, p.homeMunicipalityId, exceptId) as (Omit<SimilarMenteeRow, 'openCourse'> & { openCourse: number })[];
  const key = personNameKey(p.name);
  return rows.filter((r) => personNameKey(r.name) === key).map((r) => ({ ...r, openCourse: r.openCourse === 1 }));
}

/** What a merge moves from one record to the other. */
export interface MergeCounts {
  courses: number;
  openCourses: number;
  contacts: number;
  groupContacts: number;
  checkpoints: number;
  assignments: number;
}

export function mergeCounts(db: DB, menteeId: number): MergeCounts {
  return db
    .prepare(
      `WITH c AS (SELECT id, closed_on FROM courses WHERE mentee_id = @id),
            k AS (SELECT DISTINCT contact_id FROM contact_participants WHERE course_id IN (SELECT id FROM c))
       SELECT (SELECT count(*) FROM c) AS courses,
              (SELECT count(*) FROM c WHERE closed_on IS NULL) AS openCourses,
              (SELECT count(*) FROM k) AS contacts,
              (SELECT count(*) FROM k WHERE (SELECT count(*) FROM contact_participants p WHERE p.contact_id = k.contact_id) > 1) AS groupContacts,
              (SELECT count(*) FROM checkpoints WHERE course_id IN (SELECT id FROM c)) AS checkpoints,
              (SELECT count(*) FROM course_assignments WHERE course_id IN (SELECT id FROM c)) AS assignments`,
    )
    .get({ id: menteeId }) as MergeCounts;
}

export const isAnonymised = (db: DB, menteeId: number) =>
  (db.prepare('SELECT anonymised_at FROM mentees WHERE id = ?').get(menteeId) as { anonymised_at: string | null } | undefined)?.anonymised_at != null;

/**
 * Moves every course of `mergeId` to `keepId` and deletes `mergeId`. The kept record's own details win;
 * a detail it lacks (school, phone, e-mail) is taken from the merged record. Decisions on the merged
 * record's data-protection rights follow the person. Runs inside the registry's transaction.
 */
export function mergeMentees(db: DB, keepId: number, mergeId: number): void {
  db.prepare(
    `UPDATE mentees SET school = coalesce(school, (SELECT school FROM mentees WHERE id = @merge)),
                        phone = coalesce(phone, (SELECT phone FROM mentees WHERE id = @merge)),
                        email = coalesce(email, (SELECT email FROM mentees WHERE id = @merge))
     WHERE id = @keep`,
  ).run({ keep: keepId, merge: mergeId });
  db.prepare('UPDATE courses SET mentee_id = ? WHERE mentee_id = ?').run(keepId, mergeId);
  db.prepare('UPDATE privacy_requests SET mentee_id = ? WHERE mentee_id = ?').run(keepId, mergeId);
  db.prepare('DELETE FROM mentees WHERE id = ?').run(mergeId);
}
