import type { Migration } from './index';

// The yearly billing key. A year has versions; a version is edited as a draft, locked when its
// statements are issued, and corrected only by a new version that carries the reason.
export const billing: Migration = {
  version: 3,
  name: 'billing',
  up: (db) => {
    db.exec(`
      CREATE TABLE billing_versions (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        reason TEXT,
        created_on TEXT NOT NULL,
        locked_on TEXT,
        payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days >= 0),
        payee_name TEXT NOT NULL,
        payee_ean TEXT NOT NULL,
        payee_reg_no TEXT NOT NULL,
        payee_account TEXT NOT NULL,
        statement_text TEXT,
        contact_name TEXT NOT NULL,
        contact_email TEXT,
        contact_phone TEXT,
        UNIQUE (year, version)
      );
      CREATE TABLE billing_participants (
        version_id INTEGER NOT NULL REFERENCES billing_versions(id) ON DELETE CASCADE,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        students INTEGER NOT NULL CHECK (students >= 0),
        count_date TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (version_id, municipality_id)
      );
      CREATE TABLE billing_cost_lines (
        version_id INTEGER NOT NULL REFERENCES billing_versions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        description TEXT,
        amount_oere INTEGER NOT NULL CHECK (amount_oere >= 0),
        PRIMARY KEY (version_id, position)
      );
      CREATE TABLE billing_instalments (
        version_id INTEGER NOT NULL REFERENCES billing_versions(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        due_date TEXT NOT NULL,
        PRIMARY KEY (version_id, number)
      );
      CREATE TABLE billing_settlements (
        version_id INTEGER PRIMARY KEY REFERENCES billing_versions(id),
        actual_cost_oere INTEGER NOT NULL CHECK (actual_cost_oere >= 0),
        note TEXT,
        entered_on TEXT NOT NULL
      );
    `);
  },
};
