import type { Migration } from './index';

// Frozen copies of shared/caseload's SEED_THEMES and shared/format's danishSortKey as of this
// migration: a migration must produce the same database forever, so it never imports live code
// (tests/unit/migrationsFrozen.test.ts checks both the imports and that the copy still matches).
const SEED_THEMES_V2 = {
  struktur: 'Struktur og balance',
  konflikter: 'Konflikter',
  eksamensangst: 'Eksamens- og præstationsangst',
  skolestart: 'Skolestart',
  selvvaerd: 'Lavt selvværd',
  privatliv: 'Privatliv',
  oekonomi: 'Økonomi',
  bolig: 'Bolig',
  fysisk: 'Fysisk helbred',
  psykisk: 'Mental sundhed',
  misbrug: 'Rusmidler',
  netvaerk: 'Netværk',
  andet: 'Andet',
} as const;

const AFTER_Z_V2: Record<string, string> = { æ: '{', ø: '|', å: '}' };
const FOLD_V2: Record<string, string> = { ä: 'æ', ö: 'ø', ü: 'y', é: 'e', è: 'e', ê: 'e', á: 'a', à: 'a', ó: 'o', ò: 'o', í: 'i', ú: 'u', ñ: 'n', ç: 'c' };

function sortKeyV2(name: string): string {
  let s = name.trim().toLowerCase().replace(/\s+/g, ' ');
  s = [...s].map((c) => FOLD_V2[c] ?? c).join('');
  s = s.replace(/aa/g, 'å');
  return [...s].map((c) => AFTER_Z_V2[c] ?? c).join('');
}

// Mentees, courses (forløb), caseload history and contacts. Lists filter and sort in SQL,
// so each column a list filters or sorts by has an index; names sort by the stored sort_key.
// courses.mentor_id and courses.last_contact_on are kept in step by the handlers so that the
// caseload board and the follow-up list need no aggregate over a million contacts.
export const caseload: Migration = {
  version: 2,
  name: 'caseload',
  up: (db) => {
    db.exec(`
      CREATE TABLE themes (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        label TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );
      CREATE TABLE mentees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        birth_year INTEGER NOT NULL,
        home_municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        education TEXT NOT NULL,
        school TEXT,
        phone TEXT,
        email TEXT
      );
      CREATE INDEX mentees_sort ON mentees(sort_key, id);
      CREATE INDEX mentees_municipality ON mentees(home_municipality_id);
      CREATE TABLE courses (
        id INTEGER PRIMARY KEY,
        mentee_id INTEGER NOT NULL REFERENCES mentees(id),
        referral_date TEXT NOT NULL,
        referred_by TEXT NOT NULL,
        consent_given_on TEXT,
        consent_withdrawn_on TEXT,
        phase_at_start TEXT NOT NULL,
        planned_review_on TEXT,
        closed_on TEXT,
        outcome TEXT,
        mentor_id INTEGER REFERENCES mentors(id),
        last_contact_on TEXT,
        CHECK ((closed_on IS NULL) = (outcome IS NULL)),
        CHECK (closed_on IS NULL OR closed_on >= referral_date)
      );
      CREATE INDEX courses_mentee ON courses(mentee_id);
      CREATE INDEX courses_open_mentor ON courses(closed_on, mentor_id);
      CREATE INDEX courses_mentor ON courses(mentor_id, closed_on);
      CREATE INDEX courses_last_contact ON courses(closed_on, last_contact_on);
      CREATE INDEX courses_referral ON courses(referral_date);
      CREATE INDEX courses_last_contact_order ON courses(last_contact_on);
      CREATE TABLE course_themes (
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES themes(id),
        PRIMARY KEY (course_id, theme_id)
      ) WITHOUT ROWID;
      CREATE INDEX course_themes_theme ON course_themes(theme_id);
      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL
      );
      CREATE INDEX goals_course ON goals(course_id);
      CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        offer TEXT NOT NULL,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        referred_on TEXT NOT NULL
      );
      CREATE INDEX referrals_course ON referrals(course_id);
      CREATE INDEX referrals_date ON referrals(referred_on);
      CREATE TABLE payer_periods (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        payer TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT,
        CHECK (to_date IS NULL OR to_date >= from_date)
      );
      CREATE INDEX payer_periods_course ON payer_periods(course_id, from_date);
      CREATE TABLE course_assignments (
        id INTEGER PRIMARY KEY,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        mentor_id INTEGER NOT NULL REFERENCES mentors(id),
        from_date TEXT NOT NULL,
        to_date TEXT,
        kind TEXT NOT NULL,
        over_capacity_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (over_capacity_confirmed IN (0, 1)),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX course_assignments_course ON course_assignments(course_id, from_date);
      CREATE INDEX course_assignments_mentor ON course_assignments(mentor_id);
      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        contact_date TEXT NOT NULL,
        mentor_id INTEGER NOT NULL REFERENCES mentors(id),
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        school TEXT,
        class_name TEXT,
        head_count INTEGER CHECK (head_count IS NULL OR head_count > 0)
      );
      CREATE INDEX contacts_date ON contacts(contact_date, id);
      CREATE INDEX contacts_mentor_date ON contacts(mentor_id, contact_date, id);
      CREATE INDEX contacts_type_date ON contacts(type, contact_date);
      CREATE TABLE contact_participants (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        course_id INTEGER NOT NULL REFERENCES courses(id),
        PRIMARY KEY (contact_id, course_id)
      ) WITHOUT ROWID;
      CREATE INDEX contact_participants_course ON contact_participants(course_id, contact_id);
      CREATE TABLE contact_themes (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES themes(id),
        PRIMARY KEY (contact_id, theme_id)
      ) WITHOUT ROWID;
      CREATE INDEX contact_themes_theme ON contact_themes(theme_id);
    `);
    const insert = db.prepare('INSERT INTO themes (key, label, sort_key, position) VALUES (?, ?, ?, ?)');
    Object.entries(SEED_THEMES_V2).forEach(([key, label], i) => insert.run(key, label, sortKeyV2(label), i + 1));
  },
};
