import type { Migration } from './index';

// Optional student counts per phase in a billing year's key basis, so the evaluation can show
// reach by phase. A municipality may give counts for some phases and not others; a missing row
// means "not given", not 0. Rows go with their participant.
export const phaseStudents: Migration = {
  version: 7,
  name: 'phase_students',
  up: (db) => {
    db.exec(`
      CREATE TABLE billing_phase_students (
        version_id INTEGER NOT NULL,
        municipality_id INTEGER NOT NULL,
        phase TEXT NOT NULL CHECK (phase IN ('grundforloeb', 'skoleperiode', 'oplaering', 'hovedforloeb_start')),
        students INTEGER NOT NULL CHECK (students >= 0),
        PRIMARY KEY (version_id, municipality_id, phase),
        FOREIGN KEY (version_id, municipality_id) REFERENCES billing_participants (version_id, municipality_id) ON DELETE CASCADE
      );
    `);
  },
};
