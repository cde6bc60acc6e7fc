// Names in a sheet -> rows in the database: municipalities, mentors, themes, mentees and their courses,
// and the Danish labels of the fixed lists. Names are compared folded (case, spaces, accents; æ/ø/å the
// same as ae/oe/aa), because that is how people type them in Excel.
import type Database from 'better-sqlite3-multiple-ciphers';
import { foldHeader } from '../../../../shared/import/kinds';
import { danishSortKey } from '../../../../shared/format';
import { changeStamp } from '../../dataStamp';

type DB = Database.Database;

/** "Søren  HOLM" and "Soeren Holm" fold the same; "Åse" and "Aase" too. */
export const foldName = (name: string): string =>
  danishSortKey(name).replace(/\{/g, 'ae').replace(/\|/g, 'oe').replace(/\}/g, 'aa');

/** A value of a fixed list (education, phase, outcome, contact type…) by its Danish label or its key, folded. */
export function choiceKey<K extends string>(labels: Record<K, string>, text: string): K | null {
  const folded = foldHeader(text);
  for (const key of Object.keys(labels) as K[]) if (foldHeader(key) === folded || foldHeader(labels[key]) === folded) return key;
  return null;
}

/** "Skriv en af: Grundforløb, Skoleperiode, …" — what a cell may hold. */
export const choicesText = (labels: Record<string, string>) => Object.values(labels).join(', ');

export interface MentorRef {
  id: number;
  name: string;
  active_from: string;
  active_to: string | null;
}
export interface MenteeRef {
  id: number;
  name: string;
  birthYear: number;
  homeMunicipalityId: number;
  anonymised: boolean;
}
export interface CourseSpanRef {
  id: number;
  menteeId: number;
  referralDate: string;
  closedOn: string | null;
  consentWithdrawnOn: string | null;
}

export interface Lookups {
  municipality(text: string | number): number | null;
  municipalityName(id: number): string;
  mentors(name: string): MentorRef[];
  theme(label: string): number | null;
  /** Mentees by folded name (and birth year when given), anonymised ones left out. */
  mentees(name: string, birthYear?: number | null): MenteeRef[];
  mentee(id: number): MenteeRef | undefined;
  coursesOf(menteeId: number): CourseSpanRef[];
}

const groupBy = <T, K>(items: T[], key: (t: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

/** "Odense Kommune" is also found as "Odense". */
const withoutKommune = (folded: string) => folded.replace(/ kommune$/, '');

function build(db: DB): Lookups {
  const munis = db.prepare('SELECT id, name, code FROM municipalities').all() as { id: number; name: string; code: number }[];
  const muniByName = new Map<string, number>();
  for (const m of munis) {
    muniByName.set(foldName(m.name), m.id);
    if (!muniByName.has(withoutKommune(foldName(m.name)))) muniByName.set(withoutKommune(foldName(m.name)), m.id);
  }
  const muniByCode = new Map(munis.map((m) => [m.code, m.id]));
  const muniNames = new Map(munis.map((m) => [m.id, m.name]));
  const mentors = groupBy(db.prepare('SELECT id, name, active_from, active_to FROM mentors').all() as MentorRef[], (m) => foldName(m.name));
  const themes = new Map((db.prepare('SELECT id, label FROM themes').all() as { id: number; label: string }[]).map((t) => [foldName(t.label), t.id]));
  // Mentees and courses are read on first use only (the mentor and municipality kinds need neither).
  let menteeById: Map<number, MenteeRef> | null = null;
  let menteesByName: Map<string, MenteeRef[]> | null = null;
  let courses: Map<number, CourseSpanRef[]> | null = null;
  const loadMentees = () => {
    if (menteeById) return;
    const rows = (
      db.prepare('SELECT id, name, birth_year, home_municipality_id, anonymised_at FROM mentees').all() as {
        id: number;
        name: string;
        birth_year: number;
        home_municipality_id: number;
        anonymised_at: string | null;
      }[]
    ).map((r) => ({ id: r.id, name: r.name, birthYear: r.birth_year, homeMunicipalityId: r.home_municipality_id, anonymised: r.anonymised_at !== null }));
    menteeById = new Map(rows.map((r) => [r.id, r]));
    menteesByName = groupBy(
      rows.filter((r) => !r.anonymised),
      (r) => foldName(r.name),
    );
  };
  return {
    municipality: (text) => {
      const code = typeof text === 'number' ? text : /^\d{3}$/.test(text.trim()) ? Number(text) : null;
      if (code !== null) return muniByCode.get(code) ?? null;
      const folded = foldName(String(text));
      return muniByName.get(folded) ?? muniByName.get(withoutKommune(folded)) ?? null;
    },
    municipalityName: (id) => muniNames.get(id) ?? '',
    mentors: (name) => mentors.get(foldName(name)) ?? [],
    theme: (label) => themes.get(foldName(label)) ?? null,
    mentees: (name, birthYear) => {
      loadMentees();
      const all = menteesByName!.get(foldName(name)) ?? [];
      return birthYear ? all.filter((m) => m.birthYear === birthYear) : all;
    },
    mentee: (id) => {
      loadMentees();
      return menteeById!.get(id);
    },
    coursesOf: (menteeId) => {
      courses ??= groupBy(
        (
          db.prepare('SELECT id, mentee_id, referral_date, closed_on, consent_withdrawn_on FROM courses').all() as {
            id: number;
            mentee_id: number;
            referral_date: string;
            closed_on: string | null;
            consent_withdrawn_on: string | null;
          }[]
        ).map((c) => ({ id: c.id, menteeId: c.mentee_id, referralDate: c.referral_date, closedOn: c.closed_on, consentWithdrawnOn: c.consent_withdrawn_on })),
        (c) => c.menteeId,
      );
      return courses.get(menteeId) ?? [];
    },
  };
}

// One set of lookups per database, rebuilt once anything was written since (through this connection or
// another), so a dry run after a commit sees the new rows.
const cache = new WeakMap<DB, { stamp: string; lookups: Lookups }>();

export function lookups(db: DB): Lookups {
  const stamp = changeStamp(db);
  const hit = cache.get(db);
  if (hit && hit.stamp === stamp) return hit.lookups;
  const fresh = build(db);
  cache.set(db, { stamp, lookups: fresh });
  return fresh;
}

/** Splits a list cell ("Fravær; Konflikter", "A, B") into its trimmed, non-empty parts. */
export function listItems(value: string | number | null): string[] {
  if (value === null) return [];
  const text = String(value);
  // With a semicolon only that splits: names may hold commas ("SOSU Fyn, Odense").
  return text
    .split(text.includes(';') ? /[;\n]/ : /[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
