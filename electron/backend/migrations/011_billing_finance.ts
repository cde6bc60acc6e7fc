import type { Migration } from './index';

// What the finance departments need to book the statements: the payee's CVR and address, each
// municipality's references and payment terms, statement numbers, issued statements frozen as
// they were printed, payments received, and the settlement's own due date.
export const billingFinance: Migration = {
  version: 11,
  name: 'billing_finance',
  up: (db) => {
    db.exec(`
      ALTER TABLE billing_versions ADD COLUMN payee_cvr TEXT;
      ALTER TABLE billing_versions ADD COLUMN payee_address TEXT;

      ALTER TABLE municipalities ADD COLUMN finance_reference TEXT;
      ALTER TABLE municipalities ADD COLUMN order_number TEXT;
      ALTER TABLE municipalities ADD COLUMN account_string TEXT;
      ALTER TABLE municipalities ADD COLUMN payment_terms_days INTEGER CHECK (payment_terms_days BETWEEN 1 AND 30);

      -- Everything an issued statement shows, as JSON (FrozenVersion in shared/billing/types.ts), so a
      -- reprint never reads the live register. Rows are only added.
      CREATE TABLE billing_issued (
        version_id INTEGER NOT NULL REFERENCES billing_versions(id),
        kind TEXT NOT NULL CHECK (kind IN ('opkraevning', 'efterregulering')),
        issued_on TEXT NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (version_id, kind)
      );
      CREATE TRIGGER billing_issued_unchangeable BEFORE UPDATE ON billing_issued
      BEGIN
        SELECT RAISE(ABORT, 'En udstedt opkrævning kan ikke ændres.');
      END;
      CREATE TRIGGER billing_issued_undeletable BEFORE DELETE ON billing_issued
      BEGIN
        SELECT RAISE(ABORT, 'En udstedt opkrævning kan ikke slettes.');
      END;

      -- "2026-0007": one number per statement, unique within the year.
      CREATE TABLE billing_statement_numbers (
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        version_id INTEGER NOT NULL REFERENCES billing_versions(id),
        kind TEXT NOT NULL CHECK (kind IN ('opkraevning', 'efterregulering')),
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        PRIMARY KEY (year, sequence),
        UNIQUE (version_id, kind, municipality_id)
      );

      CREATE TABLE billing_payments (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        instalment INTEGER CHECK (instalment BETWEEN 1 AND 12),
        paid_on TEXT NOT NULL,
        amount_oere INTEGER NOT NULL CHECK (amount_oere > 0),
        note TEXT,
        created_on TEXT NOT NULL
      );
      CREATE INDEX billing_payments_year ON billing_payments(year, municipality_id);

      ALTER TABLE billing_settlements ADD COLUMN due_date TEXT;
      ALTER TABLE billing_settlements ADD COLUMN issued_on TEXT;
    `);
  },
};
