import type { Migration } from './index';

// Follow-up checkpoints after a course closes. The months to look again after (default 6) are a
// setting; a checkpoint's due date is computed (closed_on + months), so changing the setting needs
// no rewrite. One status per course and checkpoint; statuses and sources are fixed choices, no free text.
export const followUp: Migration = {
  version: 6,
  name: 'follow-up checkpoints',
  up: (db) => {
    db.exec(`
      CREATE TABLE checkpoint_months (
        months INTEGER PRIMARY KEY CHECK (months BETWEEN 1 AND 36)
      );
      INSERT INTO checkpoint_months (months) VALUES (6);
      CREATE TABLE checkpoints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 36),
        status TEXT NOT NULL,
        learned_on TEXT NOT NULL,
        source TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (course_id, months)
      );
    `);
  },
};
