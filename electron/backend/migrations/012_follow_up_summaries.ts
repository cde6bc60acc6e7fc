import type { Migration } from './index';

// The follow-up figure from a summary (#13): reading every closed course of every year on each
// statistics call cost 350 ms on a national file. follow_up_stat_person holds what each person
// contributes per due year, checkpoint and mentor_key (0 = the person's latest course overall; a
// mentor id = the latest among that mentor's courses); follow_up_stat holds the sums. Triggers only
// mark the persons a write touches; the app recomputes them (flushFollowUpSummary) before the write
// transaction ends, so merges, erasure, imports and restores stay true without code of their own.
// Frozen: the SQL is written out here, not imported.

const TABLES = `
  CREATE TABLE follow_up_stat_person (
    mentee_id INTEGER NOT NULL, mentor_key INTEGER NOT NULL, due_year INTEGER NOT NULL, months INTEGER NOT NULL,
    muni_id INTEGER NOT NULL, edu TEXT NOT NULL, reached INTEGER NOT NULL, known INTEGER NOT NULL, positive INTEGER NOT NULL,
    PRIMARY KEY (mentee_id, mentor_key, due_year, months)
  ) WITHOUT ROWID;
  CREATE TABLE follow_up_stat (
    mentor_key INTEGER NOT NULL, due_year INTEGER NOT NULL, months INTEGER NOT NULL, muni_id INTEGER NOT NULL, edu TEXT NOT NULL,
    due INTEGER NOT NULL, reached INTEGER NOT NULL, known INTEGER NOT NULL, positive INTEGER NOT NULL,
    PRIMARY KEY (mentor_key, due_year, months, muni_id, edu)
  ) WITHOUT ROWID;
  CREATE INDEX follow_up_stat_zero ON follow_up_stat(due) WHERE due = 0;
  CREATE TABLE follow_up_stat_dirty (mentee_id INTEGER PRIMARY KEY);
`;

const mark = (ids: string) => `INSERT OR IGNORE INTO follow_up_stat_dirty (mentee_id) ${ids};`;
const changed = (cols: readonly string[]) => cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
const OF_COURSE = (course: string) => `SELECT mentee_id FROM courses WHERE id = ${course}`;
const ALL_CLOSED = 'SELECT DISTINCT mentee_id FROM courses WHERE closed_on IS NOT NULL';
const COURSE_COLS = ['closed_on', 'mentor_id', 'mentee_id'];
const CHECKPOINT_COLS = ['course_id', 'months', 'status'];
const MENTEE_COLS = ['id', 'home_municipality_id', 'education'];

// Only closed courses count: opening a course (a referral) marks nobody.
const TRIGGERS: readonly { name: string; on: string; when?: string; ids: string }[] = [
  { name: 'follow_up_stat_courses_insert', on: 'AFTER INSERT ON courses', when: 'NEW.closed_on IS NOT NULL', ids: 'SELECT NEW.mentee_id' },
  { name: 'follow_up_stat_courses_delete', on: 'AFTER DELETE ON courses', when: 'OLD.closed_on IS NOT NULL', ids: 'SELECT OLD.mentee_id' },
  {
    name: 'follow_up_stat_courses_update',
    on: `AFTER UPDATE OF ${COURSE_COLS.join(', ')} ON courses`,
    when: `(${changed(COURSE_COLS)}) AND (OLD.closed_on IS NOT NULL OR NEW.closed_on IS NOT NULL)`,
    ids: 'SELECT OLD.mentee_id UNION SELECT NEW.mentee_id',
  },
  // A checkpoint deleted with its course finds no course: the course's own trigger marks the person.
  { name: 'follow_up_stat_checkpoints_insert', on: 'AFTER INSERT ON checkpoints', ids: OF_COURSE('NEW.course_id') },
  { name: 'follow_up_stat_checkpoints_delete', on: 'AFTER DELETE ON checkpoints', ids: OF_COURSE('OLD.course_id') },
  {
    name: 'follow_up_stat_checkpoints_update',
    on: `AFTER UPDATE OF ${CHECKPOINT_COLS.join(', ')} ON checkpoints`,
    when: changed(CHECKPOINT_COLS),
    ids: `${OF_COURSE('OLD.course_id')} UNION ${OF_COURSE('NEW.course_id')}`,
  },
  { name: 'follow_up_stat_mentees_update', on: `AFTER UPDATE OF ${MENTEE_COLS.join(', ')} ON mentees`, when: changed(MENTEE_COLS), ids: 'SELECT OLD.id UNION SELECT NEW.id' },
  { name: 'follow_up_stat_mentees_delete', on: 'AFTER DELETE ON mentees', ids: 'SELECT OLD.id' },
  // Another checkpoint changes every closed course's rows.
  { name: 'follow_up_stat_months_insert', on: 'AFTER INSERT ON checkpoint_months', ids: ALL_CLOSED },
  { name: 'follow_up_stat_months_update', on: 'AFTER UPDATE ON checkpoint_months', ids: ALL_CLOSED },
  { name: 'follow_up_stat_months_delete', on: 'AFTER DELETE ON checkpoint_months', ids: ALL_CLOSED },
];

// The existing file's rows: each closed course under each checkpoint, due in the year of the month
// N months after its close (the due day is clamped inside that month); per person, due year,
// checkpoint and mentor_key the latest course (closed_on, then id), with its status counted as
// followUpFigure counted it at schema 12: reached = any status but 'ikke_naaet'; known = education,
// work or neither; positive = education or work.
const BUILD = `
  WITH d AS (
    SELECT c.id AS course_id, c.mentee_id, c.mentor_id, c.closed_on, m.months,
      CAST(strftime('%Y', c.closed_on, 'start of month', '+' || m.months || ' months') AS INTEGER) AS due_year,
      (SELECT k.status FROM checkpoints k WHERE k.course_id = c.id AND k.months = m.months) AS status
    FROM courses c CROSS JOIN checkpoint_months m WHERE c.closed_on IS NOT NULL
  ),
  keyed AS (
    SELECT *, 0 AS mentor_key FROM d
    UNION ALL SELECT *, mentor_id AS mentor_key FROM d WHERE mentor_id IS NOT NULL
  ),
  ranked AS (
    SELECT *, row_number() OVER (PARTITION BY mentee_id, mentor_key, due_year, months ORDER BY closed_on DESC, course_id DESC) AS rn FROM keyed
  )
  INSERT INTO follow_up_stat_person (mentee_id, mentor_key, due_year, months, muni_id, edu, reached, known, positive)
  SELECT r.mentee_id, r.mentor_key, r.due_year, r.months, me.home_municipality_id, me.education,
    coalesce(r.status <> 'ikke_naaet', 0),
    coalesce(r.status IN ('uddannelse_samme', 'uddannelse_anden', 'fuldfoert', 'arbejde', 'hverken'), 0),
    coalesce(r.status IN ('uddannelse_samme', 'uddannelse_anden', 'fuldfoert', 'arbejde'), 0)
  FROM ranked r JOIN mentees me ON me.id = r.mentee_id WHERE r.rn = 1;

  INSERT INTO follow_up_stat (mentor_key, due_year, months, muni_id, edu, due, reached, known, positive)
  SELECT mentor_key, due_year, months, muni_id, edu, count(*), sum(reached), sum(known), sum(positive)
  FROM follow_up_stat_person GROUP BY mentor_key, due_year, months, muni_id, edu;
`;

export const followUpSummaries: Migration = {
  version: 12,
  name: 'follow_up_summaries',
  up: (db) => {
    db.exec(TABLES);
    for (const t of TRIGGERS) {
      db.exec(`CREATE TRIGGER ${t.name} ${t.on}${t.when ? ` WHEN ${t.when}` : ''} BEGIN ${mark(t.ids)} END;`);
    }
    db.exec(BUILD);
  },
};
