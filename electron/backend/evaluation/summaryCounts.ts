// The contact counts of a year's statistics, read from the summaries (migration 010, kept by
// summaries.ts) instead of joining the year's contacts, participants, courses and mentees. Persons are
// counted from the year's (mentor, course) participations joined to courses and mentees here, so an
// edit of a mentee or course needs no summary of persons. The rules are in shared/statistics/definitions.ts.
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
  /** Contacts by month, type and the contact's mentor, ordered so. */
  byMonthType: { month: number; type: ContactType; mentor_id: number; n: number; minutes: number; heads: number }[];
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

const FILTER = `(@mentor IS NULL OR s.mentor_id = @mentor) AND (@muni IS NULL OR me.home_municipality_id = @muni) AND (@edu IS NULL OR me.education = @edu)`;

export const SUMMARY_SQL = {
  // One grouping per filter: (municipality or 0, education or '*').
  byMonthType: `SELECT month, type, mentor_id, n, minutes, heads FROM stat_contacts
    WHERE year = @year AND muni_key = @muniKey AND edu_key = @eduKey AND (@mentor IS NULL OR mentor_id = @mentor)
    ORDER BY month, type, mentor_id`,
  themeContacts: `SELECT theme_id AS id, sum(n) AS n FROM stat_theme_contacts
    WHERE year = @year AND muni_key = @muniKey AND edu_key = @eduKey AND (@mentor IS NULL OR mentor_id = @mentor) GROUP BY theme_id`,
  participations: `SELECT s.mentor_id, s.n, c.id AS course_id, c.mentee_id, c.phase_at_start AS phase, c.referral_date, me.home_municipality_id AS muni, me.education AS edu
    FROM stat_course_contacts s JOIN courses c ON c.id = s.course_id JOIN mentees me ON me.id = c.mentee_id
    WHERE s.year = @year AND ${FILTER}`,
  // Persons per theme: each course's person comes from the participations already read (a theme's
  // course always has a participation in the same year and mentor), saving a join per row.
  themeCourses: `SELECT theme_id, course_id FROM stat_theme_courses WHERE year = @year AND (@mentor IS NULL OR mentor_id = @mentor)`,
} as const;

interface Participation {
  mentor_id: number;
  n: number;
  course_id: number;
  mentee_id: number;
  phase: Phase;
  referral_date: string;
  muni: number;
  edu: Education;
}

const idCounts = (rows: unknown[]) => new Map((rows as { id: number; n: number }[]).map((r) => [r.id, r.n]));
const sizes = <K>(sets: Map<K, Set<number>>) => new Map([...sets].map(([k, s]) => [k, s.size]));
function addTo<K>(sets: Map<K, Set<number>>, key: K, id: number) {
  const set = sets.get(key);
  if (set) set.add(id);
  else sets.set(key, new Set([id]));
}

/** Persons from the year's participations: each mentee once, per municipality, education and mentor, and in one phase. */
function personCounts(rows: readonly Participation[]) {
  let participations = 0;
  const byMunicipality = new Map<number, Set<number>>();
  const byEducation = new Map<Education, Set<number>>();
  const byMentor = new Map<number, Set<number>>();
  const latest = new Map<number, Participation>();
  for (const r of rows) {
    participations += r.n;
    addTo(byMunicipality, r.muni, r.mentee_id);
    addTo(byEducation, r.edu, r.mentee_id);
    addTo(byMentor, r.mentor_id, r.mentee_id);
    const l = latest.get(r.mentee_id);
    if (!l || r.referral_date > l.referral_date || (r.referral_date === l.referral_date && r.course_id > l.course_id)) latest.set(r.mentee_id, r);
  }
  const phases = new Map<string, { municipalityId: number; phase: Phase; persons: number }>();
  for (const r of latest.values()) {
    const key = `${r.muni} ${r.phase}`;
    const row = phases.get(key) ?? { municipalityId: r.muni, phase: r.phase, persons: 0 };
    row.persons += 1;
    phases.set(key, row);
  }
  return {
    persons: { persons: latest.size, participations },
    byMunicipality: sizes(byMunicipality),
    byEducation: sizes(byEducation),
    byMentor: sizes(byMentor),
    byMunicipalityPhase: [...phases.values()],
  };
}

export const summaryCounts: CountSource = (db, p) => {
  const q = { ...p, muniKey: p.muni ?? 0, eduKey: p.edu ?? '*' };
  const participations = prepared(db, SUMMARY_SQL.participations).all({ year: q.year, mentor: q.mentor, muni: q.muni, edu: q.edu }) as Participation[];
  const menteeOf = new Map(participations.map((r) => [r.course_id, r.mentee_id]));
  const themePersons = new Map<number, Set<number>>();
  for (const [theme, course] of prepared(db, SUMMARY_SQL.themeCourses).raw(true).all({ year: q.year, mentor: q.mentor }) as [number, number][]) {
    const mentee = menteeOf.get(course);
    if (mentee !== undefined) addTo(themePersons, theme, mentee);
  }
  return {
    byMonthType: prepared(db, SUMMARY_SQL.byMonthType).all({ year: q.year, mentor: q.mentor, muniKey: q.muniKey, eduKey: q.eduKey }) as YearCounts['byMonthType'],
    ...personCounts(participations),
    themeContacts: idCounts(prepared(db, SUMMARY_SQL.themeContacts).all({ year: q.year, mentor: q.mentor, muniKey: q.muniKey, eduKey: q.eduKey })),
    themePersons: sizes(themePersons),
  };
};
