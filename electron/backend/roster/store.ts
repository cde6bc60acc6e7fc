// Reading and writing the roster: municipalities and mentors. The handlers keep the rules.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { mentorFields, municipalityFields } from '../../../shared/schemas/roster';
import { fieldError, notFound } from '../../../shared/errors';
import { danishSortKey } from '../../../shared/format';
import type { Mentor, Municipality } from '../../../shared/types';
import { isActiveOn } from '../checks';
import { danishLower, likePattern } from '../sqlSearch';

type DB = Database.Database;
type MunicipalityFields = z.output<typeof municipalityFields>;
type MentorFields = z.output<typeof mentorFields>;

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
  finance_reference: string | null;
  order_number: string | null;
  account_string: string | null;
  payment_terms_days: number | null;
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
  financeReference: r.finance_reference,
  orderNumber: r.order_number,
  accountString: r.account_string,
  paymentTermsDays: r.payment_terms_days,
});

export function listMunicipalities(db: DB): Municipality[] {
  return (db.prepare('SELECT * FROM municipalities').all() as MunicipalityRow[]).map(toMunicipality);
}

export function getMunicipality(db: DB, id: number): Municipality {
  const row = db.prepare('SELECT * FROM municipalities WHERE id = ?').get(id) as MunicipalityRow | undefined;
  if (!row) throw notFound('id', 'Kommunen findes ikke.');
  return toMunicipality(row);
}

export function assertCodeFree(db: DB, code: number, exceptId: number | null): void {
  const other = db.prepare('SELECT id, name FROM municipalities WHERE code = ? AND id IS NOT ?').get(code, exceptId) as
    | { id: number; name: string }
    | undefined;
  if (other) throw fieldError('code', `Kommunekode ${code} bruges allerede af ${other.name}.`);
}

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
  finance_reference: m.financeReference,
  order_number: m.orderNumber,
  account_string: m.accountString,
  payment_terms_days: m.paymentTermsDays,
});

export function insertMunicipality(db: DB, m: MunicipalityFields): number {
  const info = db
    .prepare(
      `INSERT INTO municipalities (name, sort_key, code, ean, address, contact_person, contact_email, participating_from, participating_to,
           finance_reference, order_number, account_string, payment_terms_days)
         VALUES (@name, @sort_key, @code, @ean, @address, @contact_person, @contact_email, @participating_from, @participating_to,
           @finance_reference, @order_number, @account_string, @payment_terms_days)`,
    )
    .run(municipalityColumns(m));
  return Number(info.lastInsertRowid);
}

export function updateMunicipality(db: DB, id: number, m: MunicipalityFields): void {
  db.prepare(
    `UPDATE municipalities SET name = @name, sort_key = @sort_key, code = @code, ean = @ean, address = @address,
       contact_person = @contact_person, contact_email = @contact_email, participating_from = @participating_from,
       participating_to = @participating_to, finance_reference = @finance_reference, order_number = @order_number,
       account_string = @account_string, payment_terms_days = @payment_terms_days WHERE id = @id`,
  ).run({ ...municipalityColumns(m), id });
}

/** Adds the listed municipalities whose code is not yet taken; returns how many were added. */
export function addMissingMunicipalities(db: DB, list: readonly { name: string; code: number }[]): number {
  const exists = db.prepare('SELECT 1 FROM municipalities WHERE code = ?');
  const insert = db.prepare('INSERT INTO municipalities (name, sort_key, code) VALUES (?, ?, ?)');
  let added = 0;
  for (const m of list) {
    if (exists.get(m.code)) continue;
    insert.run(m.name, danishSortKey(m.name), m.code);
    added++;
  }
  return added;
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

export function getMentor(db: DB, id: number, today: string): Mentor {
  const row = db.prepare(`${MENTOR_SELECT} WHERE m.id = ?`).get(id) as MentorRow | undefined;
  if (!row) throw notFound('id', 'Mentoren findes ikke.');
  return toMentor(row, today);
}

/** Mentors filtered in SQL (active on `day` unless inactive ones are wanted; search over name, employer and schools), unsorted. */
export function findMentors(db: DB, { search, includeInactive }: { search: string | null; includeInactive: boolean }, day: string): Mentor[] {
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
  return rows.map((r) => toMentor(r, day));
}

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

export function insertMentor(db: DB, m: MentorFields): number {
  const info = db
    .prepare(
      `INSERT INTO mentors (name, sort_key, profession, employer_municipality_id, hours_per_week, capacity, active_from, active_to, schools_json, email, phone)
         VALUES (@name, @sort_key, @profession, @employer_municipality_id, @hours_per_week, @capacity, @active_from, @active_to, @schools_json, @email, @phone)`,
    )
    .run(mentorColumns(m));
  return Number(info.lastInsertRowid);
}

export function updateMentor(db: DB, id: number, m: MentorFields): void {
  db.prepare(
    `UPDATE mentors SET name = @name, sort_key = @sort_key, profession = @profession, employer_municipality_id = @employer_municipality_id,
       hours_per_week = @hours_per_week, capacity = @capacity, active_from = @active_from, active_to = @active_to,
       schools_json = @schools_json, email = @email, phone = @phone WHERE id = @id`,
  ).run({ ...mentorColumns(m), id });
}

export function setMentorActiveTo(db: DB, id: number, activeTo: string): void {
  db.prepare('UPDATE mentors SET active_to = ? WHERE id = ?').run(activeTo, id);
}
