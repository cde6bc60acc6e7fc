import type { Migration } from './index';

// Per-year person summaries (#13). The statistics count each person once (in total, per municipality,
// education, contact mentor, theme, and in the phase of their latest course), so counting meant reading
// every participation of the year joined to courses and mentees: 120 ms on a national file. Persons
// add up once each person's contribution is known, so stat_person_rows / stat_person_theme_rows hold
// each person's contribution per year and mentor_key (0 = any mentor, else the contacts' mentor), and
// stat_persons / stat_theme_persons their sums. Triggers list a person whose contribution may have
// changed in stat_person_dirty; the app recomputes those persons (flushPersonSummaries) before the
// write transaction ends. Also a covering index for the year's outcomes. Frozen: the SQL is written
// out here, not imported.

const TABLES = `
  CREATE TABLE stat_person_dirty (mentee_id INTEGER PRIMARY KEY);
  CREATE TABLE stat_person_rows (
    mentee_id INTEGER NOT NULL, year INTEGER NOT NULL, mentor_key INTEGER NOT NULL,
    muni INTEGER NOT NULL, edu TEXT NOT NULL, phase TEXT NOT NULL, participations INTEGER NOT NULL,
    PRIMARY KEY (mentee_id, year, mentor_key)) WITHOUT ROWID;
  CREATE TABLE stat_person_theme_rows (
    mentee_id INTEGER NOT NULL, year INTEGER NOT NULL, mentor_key INTEGER NOT NULL, theme_id INTEGER NOT NULL,
    muni INTEGER NOT NULL, edu TEXT NOT NULL,
    PRIMARY KEY (mentee_id, year, mentor_key, theme_id)) WITHOUT ROWID;
  CREATE TABLE stat_persons (
    year INTEGER NOT NULL, mentor_key INTEGER NOT NULL, muni INTEGER NOT NULL, edu TEXT NOT NULL, phase TEXT NOT NULL,
    persons INTEGER NOT NULL, participations INTEGER NOT NULL,
    PRIMARY KEY (year, mentor_key, muni, edu, phase)) WITHOUT ROWID;
  CREATE INDEX stat_persons_zero ON stat_persons(persons) WHERE persons = 0;
  CREATE TABLE stat_theme_persons (
    year INTEGER NOT NULL, mentor_key INTEGER NOT NULL, muni INTEGER NOT NULL, edu TEXT NOT NULL, theme_id INTEGER NOT NULL,
    persons INTEGER NOT NULL,
    PRIMARY KEY (year, mentor_key, muni, edu, theme_id)) WITHOUT ROWID;
  CREATE INDEX stat_theme_persons_zero ON stat_theme_persons(persons) WHERE persons = 0;
  CREATE INDEX courses_closed_outcome ON courses(closed_on, outcome, mentor_id);
`;

const MARK = (mentees: string) => `INSERT OR IGNORE INTO stat_person_dirty (mentee_id) ${mentees};`;
const OF_CONTACT = (contact: string) =>
  `SELECT c.mentee_id FROM contact_participants p JOIN courses c ON c.id = p.course_id WHERE p.contact_id = ${contact}`;
const OF_COURSE = (course: string) => `SELECT mentee_id FROM courses WHERE id = ${course}`;
const changed = (cols: readonly string[]) => cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');

// BEFORE, so the rows a person is found through still exist (a deleted contact's participants).
const TRIGGERS: readonly { name: string; on: string; when?: string; body: string }[] = [
  {
    name: 'stat_person_contacts_update',
    on: 'BEFORE UPDATE OF type, contact_date, mentor_id ON contacts',
    when: changed(['type', 'contact_date', 'mentor_id']),
    body: MARK(OF_CONTACT('OLD.id')),
  },
  { name: 'stat_person_contacts_delete', on: 'BEFORE DELETE ON contacts', body: MARK(OF_CONTACT('OLD.id')) },
  { name: 'stat_person_participants_insert', on: 'AFTER INSERT ON contact_participants', body: MARK(OF_COURSE('NEW.course_id')) },
  { name: 'stat_person_participants_update', on: 'BEFORE UPDATE ON contact_participants', body: MARK(`${OF_COURSE('OLD.course_id')} UNION ${OF_COURSE('NEW.course_id')}`) },
  { name: 'stat_person_participants_delete', on: 'BEFORE DELETE ON contact_participants', body: MARK(OF_COURSE('OLD.course_id')) },
  { name: 'stat_person_themes_insert', on: 'AFTER INSERT ON contact_themes', body: MARK(OF_CONTACT('NEW.contact_id')) },
  { name: 'stat_person_themes_update', on: 'BEFORE UPDATE ON contact_themes', body: MARK(`${OF_CONTACT('OLD.contact_id')} UNION ${OF_CONTACT('NEW.contact_id')}`) },
  { name: 'stat_person_themes_delete', on: 'BEFORE DELETE ON contact_themes', body: MARK(OF_CONTACT('OLD.contact_id')) },
  {
    name: 'stat_person_courses_update',
    on: 'BEFORE UPDATE OF mentee_id, phase_at_start, referral_date ON courses',
    when: changed(['mentee_id', 'phase_at_start', 'referral_date']),
    body: MARK('SELECT OLD.mentee_id UNION SELECT NEW.mentee_id'),
  },
  { name: 'stat_person_courses_delete', on: 'BEFORE DELETE ON courses', body: MARK('SELECT OLD.mentee_id') },
  {
    name: 'stat_person_mentees_update',
    on: 'BEFORE UPDATE OF home_municipality_id, education ON mentees',
    when: changed(['home_municipality_id', 'education']),
    body: MARK('SELECT OLD.id'),
  },
  { name: 'stat_person_mentees_delete', on: 'BEFORE DELETE ON mentees', body: MARK('SELECT OLD.id') },
];

// The dirty persons' rows as the data are now (the same SQL as personSummaries.ts at the time of writing).
const PARTICIPATIONS = `
  SELECT c.mentee_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, k.mentor_id, c.id AS course_id,
         c.phase_at_start AS phase, c.referral_date, count(*) AS n
  FROM stat_person_dirty d JOIN courses c ON c.mentee_id = d.mentee_id
  JOIN contact_participants p ON p.course_id = c.id JOIN contacts k ON k.id = p.contact_id
  WHERE k.type <> 'forsoeg' GROUP BY c.mentee_id, year, k.mentor_id, c.id`;
const INSERT_ROWS = `
  WITH part AS (${PARTICIPATIONS})
  INSERT INTO stat_person_rows (mentee_id, year, mentor_key, muni, edu, phase, participations)
  SELECT x.mentee_id, x.year, x.mentor_key, me.home_municipality_id, me.education, x.phase, x.n FROM (
    SELECT mentee_id, year, mentor_id AS mentor_key, phase, sum(n) AS n, max(referral_date || printf('%012d', course_id)) AS latest
    FROM part GROUP BY mentee_id, year, mentor_id
    UNION ALL
    SELECT mentee_id, year, 0, phase, sum(n), max(referral_date || printf('%012d', course_id)) FROM part GROUP BY mentee_id, year
  ) x JOIN mentees me ON me.id = x.mentee_id`;
const INSERT_THEME_ROWS = `
  WITH t AS (
    SELECT DISTINCT c.mentee_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, k.mentor_id, ct.theme_id
    FROM stat_person_dirty d JOIN courses c ON c.mentee_id = d.mentee_id
    JOIN contact_participants p ON p.course_id = c.id JOIN contacts k ON k.id = p.contact_id
    JOIN contact_themes ct ON ct.contact_id = k.id
    WHERE k.type <> 'forsoeg')
  INSERT INTO stat_person_theme_rows (mentee_id, year, mentor_key, theme_id, muni, edu)
  SELECT x.mentee_id, x.year, x.mentor_key, x.theme_id, me.home_municipality_id, me.education FROM (
    SELECT mentee_id, year, mentor_id AS mentor_key, theme_id FROM t
    UNION
    SELECT mentee_id, year, 0, theme_id FROM t
  ) x JOIN mentees me ON me.id = x.mentee_id`;
const SUM_PERSONS = `INSERT INTO stat_persons (year, mentor_key, muni, edu, phase, persons, participations)
  SELECT year, mentor_key, muni, edu, phase, count(*), sum(participations) FROM stat_person_rows GROUP BY year, mentor_key, muni, edu, phase`;
const SUM_THEME_PERSONS = `INSERT INTO stat_theme_persons (year, mentor_key, muni, edu, theme_id, persons)
  SELECT year, mentor_key, muni, edu, theme_id, count(*) FROM stat_person_theme_rows GROUP BY year, mentor_key, muni, edu, theme_id`;

export const personSummaries: Migration = {
  version: 13,
  name: 'person_summaries',
  up: (db) => {
    db.exec(TABLES);
    for (const t of TRIGGERS) db.exec(`CREATE TRIGGER ${t.name} ${t.on} ${t.when ? `WHEN ${t.when}` : ''} BEGIN ${t.body} END;`);
    // The existing file's summaries, from every person.
    db.exec('INSERT INTO stat_person_dirty (mentee_id) SELECT id FROM mentees');
    db.exec(INSERT_ROWS);
    db.exec(INSERT_THEME_ROWS);
    db.exec('DELETE FROM stat_person_dirty');
    db.exec(SUM_PERSONS);
    db.exec(SUM_THEME_PERSONS);
  },
};
