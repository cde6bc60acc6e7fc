import type { Migration } from './index';

// The yearly mentee survey (counts per answer on a fixed scale) and the index the annual
// statistics need: they read a year of contacts by date, and this covering index lets the
// month/type/mentor/hours aggregates run from the index alone. Outcomes by closing date and
// referrals by date use the caseload schema's indexes (courses_open_mentor, referrals_date).
export const evaluation: Migration = {
  version: 4,
  name: 'evaluation',
  up: (db) => {
    db.exec(`
      CREATE TABLE surveys (
        year INTEGER PRIMARY KEY,
        invitations INTEGER NOT NULL CHECK (invitations >= 0),
        respondents INTEGER NOT NULL CHECK (respondents >= 0 AND respondents <= invitations),
        note TEXT,
        updated_on TEXT NOT NULL
      );
      CREATE TABLE survey_questions (
        year INTEGER NOT NULL REFERENCES surveys(year) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        count_enig INTEGER NOT NULL CHECK (count_enig >= 0),
        count_delvis INTEGER NOT NULL CHECK (count_delvis >= 0),
        count_uenig INTEGER NOT NULL CHECK (count_uenig >= 0),
        count_ved_ikke INTEGER NOT NULL CHECK (count_ved_ikke >= 0),
        PRIMARY KEY (year, position)
      ) WITHOUT ROWID;
      CREATE INDEX contacts_statistics ON contacts(contact_date, type, mentor_id, duration_minutes, head_count);
    `);
  },
};
