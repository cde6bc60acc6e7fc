import type { Migration } from './index';

// The audit log also records reads of one person's data (GDPR art. 15: the log of look-ups is part
// of an access answer), with the person, the purpose when one was asked, and for writes the names
// of the fields sent (never their values). The log cannot be edited: rows are only added, and old
// reads are thinned by age.
export const readLog: Migration = {
  version: 9,
  name: 'read_log',
  up: (db) => {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'write' CHECK (kind IN ('write', 'read'));
      ALTER TABLE audit_log ADD COLUMN mentee_id INTEGER;
      ALTER TABLE audit_log ADD COLUMN purpose TEXT;
      ALTER TABLE audit_log ADD COLUMN fields TEXT;
      CREATE INDEX audit_log_person ON audit_log(mentee_id, at) WHERE mentee_id IS NOT NULL;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE TRIGGER audit_log_unchangeable BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'Loggen kan ikke ændres.');
      END;
    `);
  },
};
