import type { Migration } from './index';

export const roster: Migration = {
  version: 1,
  name: 'roster',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE municipalities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        code INTEGER NOT NULL UNIQUE,
        ean TEXT,
        address TEXT,
        contact_person TEXT,
        contact_email TEXT,
        participating_from TEXT,
        participating_to TEXT
      );
      CREATE TABLE mentors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        profession TEXT NOT NULL,
        employer_municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
        hours_per_week REAL NOT NULL,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        active_from TEXT NOT NULL,
        active_to TEXT,
        schools_json TEXT NOT NULL DEFAULT '[]',
        email TEXT,
        phone TEXT,
        CHECK (active_to IS NULL OR active_to >= active_from)
      );
      CREATE INDEX mentors_sort ON mentors(sort_key);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        method TEXT NOT NULL,
        entity_id INTEGER
      );
    `);
  },
};
