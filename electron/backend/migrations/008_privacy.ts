import type { Migration } from './index';

// Data-protection rights: decisions on erasure (carried out or refused) and retention runs, and the
// mark on a mentee row that it is anonymous (shared/privacy/anonymous.ts says what such a row keeps).
// The triggers keep anonymous rows as they were: no edit can put a name back or change what the
// published statistics counted. (Their messages are a safety net; the handlers refuse first.)
const GUARD = "RAISE(ABORT, 'Personen er anonymiseret; oplysningerne kan ikke ændres.')";
const ANON_COURSE = (course: string) => `(SELECT me.anonymised_at FROM courses c JOIN mentees me ON me.id = c.mentee_id WHERE c.id = ${course}) IS NOT NULL`;

export const privacy: Migration = {
  version: 8,
  name: 'privacy',
  up: (db) => {
    db.exec(`
      CREATE TABLE privacy_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('erasure', 'refusal', 'retention')),
        mentee_id INTEGER REFERENCES mentees(id),
        reason TEXT,
        retention_years INTEGER CHECK (retention_years IS NULL OR retention_years BETWEEN 1 AND 20),
        cutoff TEXT,
        persons INTEGER NOT NULL CHECK (persons >= 0),
        courses INTEGER NOT NULL CHECK (courses >= 0),
        decided_at TEXT NOT NULL,
        CHECK ((kind = 'retention') = (mentee_id IS NULL))
      );
      CREATE INDEX privacy_requests_mentee ON privacy_requests(mentee_id);
      ALTER TABLE mentees ADD COLUMN anonymised_at TEXT;
      ALTER TABLE mentees ADD COLUMN anonymised_by INTEGER REFERENCES privacy_requests(id);
      CREATE INDEX mentees_anonymised ON mentees(anonymised_at);
      CREATE INDEX courses_closed ON courses(mentee_id, closed_on);

      CREATE TRIGGER mentees_anonymous_update BEFORE UPDATE ON mentees WHEN OLD.anonymised_at IS NOT NULL
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER mentees_anonymous_delete BEFORE DELETE ON mentees WHEN OLD.anonymised_at IS NOT NULL
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER courses_anonymous_insert BEFORE INSERT ON courses
        WHEN (SELECT anonymised_at FROM mentees WHERE id = NEW.mentee_id) IS NOT NULL
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER courses_anonymous_update
        BEFORE UPDATE OF mentee_id, referral_date, referred_by, consent_given_on, consent_withdrawn_on, phase_at_start, planned_review_on, closed_on, outcome, mentor_id ON courses
        WHEN ${ANON_COURSE('OLD.id')}
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER courses_anonymous_delete BEFORE DELETE ON courses WHEN ${ANON_COURSE('OLD.id')}
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER goals_anonymous_insert BEFORE INSERT ON goals WHEN ${ANON_COURSE('NEW.course_id')}
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER goals_anonymous_update BEFORE UPDATE ON goals WHEN ${ANON_COURSE('OLD.course_id')}
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER participants_anonymous_insert BEFORE INSERT ON contact_participants WHEN ${ANON_COURSE('NEW.course_id')}
      BEGIN SELECT ${GUARD}; END;
      CREATE TRIGGER participants_anonymous_delete BEFORE DELETE ON contact_participants WHEN ${ANON_COURSE('OLD.course_id')}
      BEGIN SELECT ${GUARD}; END;
    `);
  },
};
