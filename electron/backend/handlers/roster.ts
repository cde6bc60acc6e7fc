import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { mentorFields, municipalityFields } from '../../../shared/schemas/roster';
import type { rosterMethods } from '../../../shared/api/roster';
import { fieldError, notFound } from '../../../shared/errors';
import { compareDanish, danishSortKey, formatDate } from '../../../shared/format';
import { FUNEN_MUNICIPALITIES, PROFESSIONS } from '../../../shared/reference';
import type { Mentor, Municipality } from '../../../shared/types';
import type { HandlerMap } from '../registry';

type RosterHandlers = Pick<HandlerMap, keyof typeof rosterMethods>;

interface MunicipalityRow {
  id: number;
  name: string;
  code: number;
  ean: string | null;
  address: string | null;
  contact_person: string | null;
  contact_email: string | null;
  participating_from: string | null;
  participating_to: string | null;
}

const toMunicipality = (r: MunicipalityRow): Municipality => ({
  id: r.id,
  name: r.name,
  code: r.code,
  ean: r.ean,
  address: r.address,
  contactPerson: r.contact_person,
  contactEmail: r.contact_email,
  participatingFrom: r.participating_from,
  participatingTo: r.participating_to,
});

export function getMunicipality(db: Database.Database, id: number): Municipality {
  const row = db.prepare('SELECT * FROM municipalities WHERE id = ?').get(id) as MunicipalityRow | undefined;
  if (!row) throw notFound('id', 'Kommunen findes ikke.');
  return toMunicipality(row);
}

function assertCodeFree(db: Database.Database, code: number, exceptId: number | null): void {
  const other = db.prepare('SELECT id, name FROM municipalities WHERE code = ? AND id IS NOT ?').get(code, exceptId) as
    | { id: number; name: string }
    | undefined;
  if (other) throw fieldError('code', `Kommunekode ${code} bruges allerede af ${other.name}.`);
}

interface MentorRow {
  id: number;
  name: string;
  profession: Mentor['profession'];
  employer_municipality_id: number;
  employer_name: string;
  hours_per_week: number;
  capacity: number;
  active_from: string;
  active_to: string | null;
  schools_json: string;
  email: string | null;
  phone: string | null;
}

export const isActiveOn = (activeFrom: string, activeTo: string | null, day: string) =>
  activeFrom <= day && (activeTo === null || activeTo >= day);

type MentorSpan = { name: string; active_from: string; active_to: string | null };

/** Refuses a mentor (named by another record's `field`) who is not active on `day`. */
export function assertMentorActive(m: MentorSpan, day: string, field: string): void {
  if (!isActiveOn(m.active_from, m.active_to, day)) throw fieldError(field, `${m.name} er ikke aktiv mentor pr. ${formatDate(day)}.`);
}

/** The mentor another record names in `field`: it must exist and be active on `day`. */
export function activeMentorOn(db: Database.Database, id: number, day: string, field: string): MentorSpan {
  const m = db.prepare('SELECT name, active_from, active_to FROM mentors WHERE id = ?').get(id) as MentorSpan | undefined;
  if (!m) throw fieldError(field, 'Mentoren findes ikke.');
  assertMentorActive(m, day, field);
  return m;
}

const toMentor = (r: MentorRow, today: string): Mentor => ({
  id: r.id,
  name: r.name,
  profession: r.profession,
  employerMunicipalityId: r.employer_municipality_id,
  employerMunicipalityName: r.employer_name,
  hoursPerWeek: r.hours_per_week,
  capacity: r.capacity,
  activeFrom: r.active_from,
  activeTo: r.active_to,
  schools: JSON.parse(r.schools_json) as string[],
  email: r.email,
  phone: r.phone,
  active: isActiveOn(r.active_from, r.active_to, today),
});

const MENTOR_SELECT = `SELECT m.*, mu.name AS employer_name FROM mentors m JOIN municipalities mu ON mu.id = m.employer_municipality_id`;

export function getMentor(db: Database.Database, id: number, today: string): Mentor {
  const row = db.prepare(`${MENTOR_SELECT} WHERE m.id = ?`).get(id) as MentorRow | undefined;
  if (!row) throw notFound('id', 'Mentoren findes ikke.');
  return toMentor(row, today);
}

export function assertMunicipalityExists(db: Database.Database, id: number, field: string, label: string): void {
  if (!db.prepare('SELECT 1 FROM municipalities WHERE id = ?').get(id)) throw fieldError(field, `${label} findes ikke.`);
}

/**
 * A column in lower case for LIKE: SQLite's lower() and LIKE fold only A–Z, so Æ, Ø and Å are
 * folded here (in SQL, so a search over 100,000 rows calls no JavaScript). Compare with text.toLowerCase().
 */
export const danishLower = (column: string) => `lower(replace(replace(replace(${column}, 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å'))`;

/** Escapes LIKE wildcards so a search for "50%" means the text itself. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type MunicipalityFields = z.output<typeof municipalityFields>;
type MentorFields = z.output<typeof mentorFields>;

const municipalityColumns = (m: MunicipalityFields) => ({
  name: m.name,
  sort_key: danishSortKey(m.name),
  code: m.code,
  ean: m.ean,
  address: m.address,
  contact_person: m.contactPerson,
  contact_email: m.contactEmail,
  participating_from: m.participatingFrom,
  participating_to: m.participatingTo,
});

const mentorColumns = (m: MentorFields) => ({
  name: m.name,
  sort_key: danishSortKey(m.name),
  profession: m.profession,
  employer_municipality_id: m.employerMunicipalityId,
  hours_per_week: m.hoursPerWeek,
  capacity: m.capacity,
  active_from: m.activeFrom,
  active_to: m.activeTo,
  schools_json: JSON.stringify(m.schools),
  email: m.email,
  phone: m.phone,
});

export const rosterHandlers: RosterHandlers = {
  'municipalities.list': (_input, { db }) => {
    const rows = db.prepare('SELECT * FROM municipalities').all() as MunicipalityRow[];
    return rows.map(toMunicipality).sort((a, b) => compareDanish(a.name, b.name));
  },

  'municipalities.create': (m, { db }) => {
    assertCodeFree(db, m.code, null);
    const info = db
      .prepare(
        `INSERT INTO municipalities (name, sort_key, code, ean, address, contact_person, contact_email, participating_from, participating_to)
         VALUES (@name, @sort_key, @code, @ean, @address, @contact_person, @contact_email, @participating_from, @participating_to)`,
      )
      .run(municipalityColumns(m));
    return getMunicipality(db, Number(info.lastInsertRowid));
  },

  'municipalities.update': ({ id, data: m }, { db }) => {
    getMunicipality(db, id);
    assertCodeFree(db, m.code, id);
    db.prepare(
      `UPDATE municipalities SET name = @name, sort_key = @sort_key, code = @code, ean = @ean, address = @address,
       contact_person = @contact_person, contact_email = @contact_email, participating_from = @participating_from,
       participating_to = @participating_to WHERE id = @id`,
    ).run({ ...municipalityColumns(m), id });
    return getMunicipality(db, id);
  },

  'municipalities.addFunen': (_input, { db }) => {
    const exists = db.prepare('SELECT 1 FROM municipalities WHERE code = ?');
    const insert = db.prepare('INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)');
    let added = 0;
    for (const m of FUNEN_MUNICIPALITIES) {
      if (exists.get(m.code)) continue;
      insert.run(m.name, danishSortKey(m.name), m.code);
      added++;
    }
    return { added, skipped: FUNEN_MUNICIPALITIES.length - added };
  },

  // The roster is tens of rows: filter in SQL, sort in Danish order with Intl.Collator.
  'mentors.list': ({ search, sort, direction, includeInactive }, { db, today }) => {
    const day = today();
    const where: string[] = [];
    const params: unknown[] = [];
    if (!includeInactive) {
      where.push('(m.active_to IS NULL OR m.active_to >= ?)');
      params.push(day);
    }
    if (search) {
      const pattern = likePattern(danishSortKey(search));
      where.push(`(m.sort_key LIKE ? ESCAPE '\\' OR mu.sort_key LIKE ? ESCAPE '\\' OR ${danishLower('m.schools_json')} LIKE ? ESCAPE '\\')`);
      params.push(pattern, pattern, likePattern(search.toLowerCase()));
    }
    const rows = db.prepare(`${MENTOR_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`).all(...params) as MentorRow[];
    const mentors = rows.map((r) => toMentor(r, day));
    const byName = (a: Mentor, b: Mentor) => compareDanish(a.name, b.name);
    const compare: Record<typeof sort, (a: Mentor, b: Mentor) => number> = {
      name: byName,
      profession: (a, b) => compareDanish(PROFESSIONS[a.profession], PROFESSIONS[b.profession]) || byName(a, b),
      municipality: (a, b) => compareDanish(a.employerMunicipalityName, b.employerMunicipalityName) || byName(a, b),
      capacity: (a, b) => a.capacity - b.capacity || byName(a, b),
      activeFrom: (a, b) => a.activeFrom.localeCompare(b.activeFrom) || byName(a, b),
    };
    const sign = direction === 'asc' ? 1 : -1;
    return mentors.sort((a, b) => sign * compare[sort](a, b));
  },

  'mentors.get': ({ id }, { db, today }) => getMentor(db, id, today()),

  'mentors.create': (m, { db, today }) => {
    assertMunicipalityExists(db, m.employerMunicipalityId, 'employerMunicipalityId', 'Ansættende kommune');
    const info = db
      .prepare(
        `INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from, active_to, schools_json, email, phone)
         VALUES (@name, @sort_key, @profession, @employer_municipality_id, @hours_per_week, @capacity, @active_from, @active_to, @schools_json, @email, @phone)`,
      )
      .run(mentorColumns(m));
    return getMentor(db, Number(info.lastInsertRowid), today());
  },

  'mentors.update': ({ id, data: m }, { db, today }) => {
    getMentor(db, id, today());
    assertMunicipalityExists(db, m.employerMunicipalityId, 'data.employerMunicipalityId', 'Ansættende kommune');
    db.prepare(
      `UPDATE mentors SET name = @name, sort_key = @sort_key, profession = @profession, employer_municipality_id = @employer_municipality_id,
       hours_per_week = @hours_per_week, capacity = @capacity, active_from = @active_from, active_to = @active_to,
       schools_json = @schools_json, email = @email, phone = @phone WHERE id = @id`,
    ).run({ ...mentorColumns(m), id });
    return getMentor(db, id, today());
  },

  'mentors.deactivate': ({ id, activeTo }, { db, today }) => {
    const mentor = getMentor(db, id, today());
    if (activeTo < mentor.activeFrom) throw fieldError('activeTo', 'Aktiv til må ikke ligge før aktiv fra.');
    db.prepare('UPDATE mentors SET active_to = ? WHERE id = ?').run(activeTo, id);
    return getMentor(db, id, today());
  },
};
