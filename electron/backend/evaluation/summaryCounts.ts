// The contact counts of a year's statistics, read from the summaries instead of joining the year's
// contacts, participants, courses and mentees: contacts from migration 010's tables (summaries.ts),
// persons from migration 013's (personSummaries.ts). The rules are in shared/statistics/definitions.ts.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ContactType, Education, Phase } from '../../../shared/caseload';
import { prepared } from '../statements';

type DB = Database.Database;

/** A statistics call's year and filter; null = not filtered. */
export interface CountParams {
  year: number;
  from: string;
  to: string;
  mentor: number | null;
  muni: number | null;
  edu: Education | null;
}

/** Every count of a year's statistics that comes from its contacts. */
export interface YearCounts {
  /** Contacts by month and type. */
  byMonthType: { month: number; type: ContactType; n: number; minutes: number; heads: number }[];
  /** Contacts and their minutes per the contact's mentor. */
  mentorContacts: Map<number, { n: number; minutes: number }>;
  persons: { persons: number; participations: number };
  byMunicipality: Map<number, number>;
  byEducation: Map<Education, number>;
  /** Persons per the contacts' mentor. */
  byMentor: Map<number, number>;
  /** Each person once, in the phase of their latest referred course with a contact in the year. */
  byMunicipalityPhase: { municipalityId: number; phase: Phase; persons: number }[];
  themeContacts: Map<number, number>;
  themePersons: Map<number, number>;
}

export type CountSource = (db: DB, p: CountParams) => YearCounts;

// One grouping of the contact summaries per filter: (municipality or 0, education or '*').
const CONTACTS = `FROM stat_contacts WHERE year = @year AND muni_key = @muniKey AND edu_key = @eduKey AND (@mentor IS NULL OR mentor_id = @mentor)`;
// The person summaries: mentor_key 0 = any mentor; municipality and education are the person's own.
const PERSONS = `year = @year AND (@muni IS NULL OR muni = @muni) AND (@edu IS NULL OR edu = @edu)`;

export const SUMMARY_SQL = {
  byMonthType: `SELECT month, type, sum(n) AS n, sum(minutes) AS minutes, sum(heads) AS heads ${CONTACTS} GROUP BY month, type`,
  mentorContacts: `SELECT mentor_id, sum(n) AS n, sum(minutes) AS minutes ${CONTACTS} GROUP BY mentor_id`,
  themeContacts: `SELECT theme_id AS id, sum(n) AS n FROM stat_theme_contacts
    WHERE year = @year AND muni_key = @muniKey AND edu_key = @eduKey AND (@mentor IS NULL OR mentor_id = @mentor) GROUP BY theme_id`,
  persons: `SELECT muni, edu, phase, persons, participations FROM stat_persons WHERE mentor_key = @mentorKey AND ${PERSONS}`,
  // Persons per contact mentor when no mentor is chosen (a mentor filter has only its own).
  mentorPersons: `SELECT mentor_key AS id, sum(persons) AS n FROM stat_persons WHERE mentor_key > 0 AND ${PERSONS} GROUP BY mentor_key`,
  themePersons: `SELECT theme_id AS id, sum(persons) AS n FROM stat_theme_persons WHERE mentor_key = @mentorKey AND ${PERSONS} GROUP BY theme_id`,
} as const;

const idCounts = (rows: unknown[]) => new Map((rows as { id: number; n: number }[]).map((r) => [r.id, r.n]));
const addTo = <K>(m: Map<K, number>, key: K, n: number) => m.set(key, (m.get(key) ?? 0) + n);

export const summaryCounts: CountSource = (db, p) => {
  const contacts = { year: p.year, mentor: p.mentor, muniKey: p.muni ?? 0, eduKey: p.edu ?? '*' };
  const persons = { year: p.year, muni: p.muni, edu: p.edu };
  const mentorKey = p.mentor ?? 0;
  const mentorContacts = new Map(
    (prepared(db, SUMMARY_SQL.mentorContacts).all(contacts) as { mentor_id: number; n: number; minutes: number }[]).map((r) => [r.mentor_id, { n: r.n, minutes: r.minutes }]),
  );
  let total = 0;
  let participations = 0;
  const byMunicipality = new Map<number, number>();
  const byEducation = new Map<Education, number>();
  const byMunicipalityPhase = new Map<string, { municipalityId: number; phase: Phase; persons: number }>();
  for (const r of prepared(db, SUMMARY_SQL.persons).all({ ...persons, mentorKey }) as { muni: number; edu: Education; phase: Phase; persons: number; participations: number }[]) {
    total += r.persons;
    participations += r.participations;
    addTo(byMunicipality, r.muni, r.persons);
    addTo(byEducation, r.edu, r.persons);
    const key = `${r.muni} ${r.phase}`;
    const row = byMunicipalityPhase.get(key) ?? { municipalityId: r.muni, phase: r.phase, persons: 0 };
    row.persons += r.persons;
    byMunicipalityPhase.set(key, row);
  }
  return {
    byMonthType: prepared(db, SUMMARY_SQL.byMonthType).all(contacts) as YearCounts['byMonthType'],
    mentorContacts,
    persons: { persons: total, participations },
    byMunicipality,
    byEducation,
    byMentor: p.mentor !== null ? new Map(total ? [[p.mentor, total]] : []) : idCounts(prepared(db, SUMMARY_SQL.mentorPersons).all(persons)),
    byMunicipalityPhase: [...byMunicipalityPhase.values()],
    themeContacts: idCounts(prepared(db, SUMMARY_SQL.themeContacts).all(contacts)),
    themePersons: idCounts(prepared(db, SUMMARY_SQL.themePersons).all({ ...persons, mentorKey })),
  };
};
