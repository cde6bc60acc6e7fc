import type { Migration } from './index';

// Per-year statistics summaries (#13): joining a year's contacts to participants, courses and mentees
// on every statistics call grows with history (1 s on a national file). Four small tables hold the
// counts instead. Each has a view giving one contact's rows from the current data; triggers on every
// table a contact's rows depend on subtract the contact's rows before the change and mark it dirty,
// and the app adds the dirty contacts' rows back (flushStatisticsSummaries) before the transaction
// ends. So any write path (merges, erasure, imports, restores) keeps the summaries true without code
// of its own. Frozen: the SQL is written out here, not imported.

/** Contact-level groupings: muni_key 0 = every municipality, edu_key '*' = every education. */
const VIEWS = `
  CREATE VIEW stat_contact_keys AS
    SELECT k.id AS contact_id, 0 AS muni_key, '*' AS edu_key FROM contacts k WHERE k.type <> 'forsoeg'
    UNION ALL
    SELECT DISTINCT p.contact_id, g.m * me.home_municipality_id, CASE g.e WHEN 1 THEN me.education ELSE '*' END
    FROM contact_participants p
    JOIN contacts k ON k.id = p.contact_id
    JOIN courses c ON c.id = p.course_id
    JOIN mentees me ON me.id = c.mentee_id
    CROSS JOIN (SELECT 1 AS m, 0 AS e UNION ALL SELECT 0, 1 UNION ALL SELECT 1, 1) g
    WHERE k.type <> 'forsoeg';
  CREATE VIEW stat_contacts_v AS
    SELECT g.contact_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, CAST(substr(k.contact_date, 6, 2) AS INTEGER) AS month,
           k.type, k.mentor_id, g.muni_key, g.edu_key, 1 AS n, k.duration_minutes AS minutes, coalesce(k.head_count, 0) AS heads
    FROM stat_contact_keys g JOIN contacts k ON k.id = g.contact_id;
  CREATE VIEW stat_theme_contacts_v AS
    SELECT g.contact_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, t.theme_id, k.mentor_id, g.muni_key, g.edu_key, 1 AS n
    FROM stat_contact_keys g JOIN contacts k ON k.id = g.contact_id JOIN contact_themes t ON t.contact_id = g.contact_id;
  CREATE VIEW stat_course_contacts_v AS
    SELECT p.contact_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, k.mentor_id, p.course_id, 1 AS n
    FROM contact_participants p JOIN contacts k ON k.id = p.contact_id WHERE k.type <> 'forsoeg';
  CREATE VIEW stat_theme_courses_v AS
    SELECT p.contact_id, CAST(substr(k.contact_date, 1, 4) AS INTEGER) AS year, t.theme_id, k.mentor_id, p.course_id, 1 AS n
    FROM contact_participants p JOIN contacts k ON k.id = p.contact_id JOIN contact_themes t ON t.contact_id = p.contact_id
    WHERE k.type <> 'forsoeg';
`;

interface Summary {
  table: string;
  keys: readonly string[];
  sums: readonly string[];
}

// Key order = primary key order: a statistics call reads one (year, grouping) prefix.
const SUMMARIES: readonly Summary[] = [
  { table: 'stat_contacts', keys: ['year', 'muni_key', 'edu_key', 'mentor_id', 'month', 'type'], sums: ['n', 'minutes', 'heads'] },
  { table: 'stat_theme_contacts', keys: ['year', 'muni_key', 'edu_key', 'mentor_id', 'theme_id'], sums: ['n'] },
  { table: 'stat_course_contacts', keys: ['year', 'mentor_id', 'course_id'], sums: ['n'] },
  { table: 'stat_theme_courses', keys: ['year', 'mentor_id', 'course_id', 'theme_id'], sums: ['n'] },
];

const TEXT_KEYS = new Set(['edu_key', 'type']);

function tableSql(s: Summary): string {
  const cols = [...s.keys.map((k) => `${k} ${TEXT_KEYS.has(k) ? 'TEXT' : 'INTEGER'} NOT NULL`), ...s.sums.map((c) => `${c} INTEGER NOT NULL`)];
  // The partial index holds only rows that fell to zero, so the flush finds and deletes them at once.
  return `CREATE TABLE ${s.table} (${cols.join(', ')}, PRIMARY KEY (${s.keys.join(', ')})) WITHOUT ROWID;
    CREATE INDEX ${s.table}_zero ON ${s.table}(n) WHERE n = 0;`;
}

/** Adds (sign 1) or subtracts (sign -1) the view rows of the contacts `where` picks. */
function applySql(s: Summary, sign: 1 | -1, where: string): string {
  const neg = sign < 0 ? '-' : '';
  return `INSERT INTO ${s.table} (${[...s.keys, ...s.sums].join(', ')})
    SELECT ${s.keys.join(', ')}, ${s.sums.map((c) => `${neg}sum(${c})`).join(', ')} FROM ${s.table}_v WHERE ${where} GROUP BY ${s.keys.join(', ')}
    ON CONFLICT (${s.keys.join(', ')}) DO UPDATE SET ${s.sums.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')};`;
}

/** A trigger body: subtract the rows of the not-yet-dirty contacts `ids` selects, then mark them dirty. */
function subtractBody(ids: string): string {
  const where = `contact_id IN (${ids}) AND contact_id NOT IN (SELECT contact_id FROM stat_dirty)`;
  return `${SUMMARIES.map((s) => applySql(s, -1, where)).join('\n')}
    INSERT OR IGNORE INTO stat_dirty (contact_id) ${ids};`;
}

const changed = (cols: readonly string[]) => cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
const CONTACT_COLS = ['type', 'contact_date', 'mentor_id', 'duration_minutes', 'head_count'];
const OF_COURSE = (course: string) => `SELECT contact_id FROM contact_participants WHERE course_id = ${course}`;
const OF_MENTEE = (mentee: string) => `SELECT p.contact_id FROM contact_participants p JOIN courses c ON c.id = p.course_id WHERE c.mentee_id = ${mentee}`;

// A contact already dirty has nothing left to subtract: the guard skips the trigger's body (an import
// inserting participants and themes of its new contacts pays only this look-up).
const clean = (id: string) => `NOT EXISTS (SELECT 1 FROM stat_dirty WHERE contact_id = ${id})`;

const TRIGGERS: readonly { name: string; on: string; when: string; ids: string }[] = [
  {
    name: 'stat_contacts_update',
    on: `BEFORE UPDATE OF ${CONTACT_COLS.join(', ')} ON contacts`,
    when: `(${changed(CONTACT_COLS)}) AND ${clean('OLD.id')}`,
    ids: 'SELECT OLD.id',
  },
  { name: 'stat_contacts_delete', on: 'BEFORE DELETE ON contacts', when: clean('OLD.id'), ids: 'SELECT OLD.id' },
  ...(['participants', 'themes'] as const).flatMap((name) => {
    const table = name === 'participants' ? 'contact_participants' : 'contact_themes';
    return [
      { name: `stat_${name}_insert`, on: `BEFORE INSERT ON ${table}`, when: clean('NEW.contact_id'), ids: 'SELECT NEW.contact_id' },
      {
        name: `stat_${name}_update`,
        on: `BEFORE UPDATE ON ${table}`,
        when: `${clean('OLD.contact_id')} OR ${clean('NEW.contact_id')}`,
        ids: 'SELECT OLD.contact_id UNION SELECT NEW.contact_id',
      },
      { name: `stat_${name}_delete`, on: `BEFORE DELETE ON ${table}`, when: clean('OLD.contact_id'), ids: 'SELECT OLD.contact_id' },
    ];
  }),
  { name: 'stat_courses_mentee', on: 'BEFORE UPDATE OF mentee_id ON courses', when: changed(['mentee_id']), ids: OF_COURSE('OLD.id') },
  {
    name: 'stat_mentees_groups',
    on: 'BEFORE UPDATE OF home_municipality_id, education ON mentees',
    when: changed(['home_municipality_id', 'education']),
    ids: OF_MENTEE('OLD.id'),
  },
];

export const statisticsSummaries: Migration = {
  version: 10,
  name: 'statistics_summaries',
  up: (db) => {
    db.exec(VIEWS);
    for (const s of SUMMARIES) db.exec(tableSql(s));
    db.exec('CREATE TABLE stat_dirty (contact_id INTEGER PRIMARY KEY)');
    for (const t of TRIGGERS) {
      db.exec(`CREATE TRIGGER ${t.name} ${t.on} WHEN ${t.when} BEGIN
        ${subtractBody(t.ids)}
      END;`);
    }
    // A new contact has no rows to subtract yet; it is only marked.
    db.exec('CREATE TRIGGER stat_contacts_insert AFTER INSERT ON contacts BEGIN INSERT OR IGNORE INTO stat_dirty (contact_id) VALUES (NEW.id); END;');
    // The existing file's summaries, from every contact.
    for (const s of SUMMARIES) db.exec(applySql(s, 1, 'true'));
  },
};
