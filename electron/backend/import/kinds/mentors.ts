// Mentors, matched by name (folded: case, spaces, æøå) and employer. The profession may be its Danish
// label or key; the employer a municipality's name or code; schools a list split on , or ;.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { ImportProblem } from '../../../../shared/api/import';
import { danishSortKey } from '../../../../shared/format';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import { foldHeader } from '../../../../shared/import/kinds';
import { PROFESSIONS, type Profession } from '../../../../shared/reference';
import { mentorFields } from '../../../../shared/schemas/roster';
import { insertMentor, updateMentor } from '../../roster/store';
import type { CheckContext, KindHandler, Planned, SheetRow } from '../kind';
import { cellText, municipalitiesOf, problemAt, sameValues, schemaInput, unknownMunicipality, zodProblems, writePlan } from './common';

type Fields = z.output<typeof mentorFields>;
export interface MentorRow {
  fields: Fields;
  present: string[];
}

const columns = IMPORT_COLUMNS.mentors;
const FIELD_OF: Record<string, keyof Fields> = { employerMunicipality: 'employerMunicipalityId' };
const COLUMN_OF: Record<string, string> = { employerMunicipalityId: 'employerMunicipality' };

const PROFESSION_BY_NAME = new Map<string, Profession>();
for (const [key, label] of Object.entries(PROFESSIONS) as [Profession, string][]) {
  PROFESSION_BY_NAME.set(foldHeader(key), key);
  PROFESSION_BY_NAME.set(foldHeader(label), key);
}
PROFESSION_BY_NAME.set(foldHeader('specialpædagog'), 'specialpaedagog');

const matchKey = (name: string, employerId: number) => `${danishSortKey(name)}|${employerId}`;

interface StoredMentor extends Fields {
  id: number;
}

function storedMentors(db: Database.Database): StoredMentor[] {
  const rows = db.prepare('SELECT * FROM mentors').all() as {
    id: number; name: string; profession: Profession; employer_municipality_id: number; hours_per_week: number; capacity: number;
    active_from: string; active_to: string | null; schools_json: string; email: string | null; phone: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    profession: r.profession,
    employerMunicipalityId: r.employer_municipality_id,
    hoursPerWeek: r.hours_per_week,
    capacity: r.capacity,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    schools: JSON.parse(r.schools_json) as string[],
    email: r.email,
    phone: r.phone,
  }));
}

function checkMentor(row: SheetRow, ctx: CheckContext) {
  const input: Record<string, unknown> = schemaInput(columns, row);
  const problems: ImportProblem[] = [];
  if (typeof input.profession === 'string' || typeof input.profession === 'number') {
    const key = PROFESSION_BY_NAME.get(foldHeader(String(input.profession)));
    if (key) input.profession = key;
    else problems.push(problemAt(row, columns, 'profession', `Faggruppe «${cellText(row.cells.profession)}» kendes ikke. Brug en af: ${Object.values(PROFESSIONS).join(', ')}.`));
  }
  const employer = input.employerMunicipality;
  delete input.employerMunicipality;
  if (typeof employer === 'string' || typeof employer === 'number') {
    const m = municipalitiesOf(ctx).find(employer);
    if (m) input.employerMunicipalityId = m.id;
    else problems.push(problemAt(row, columns, 'employerMunicipality', unknownMunicipality(employer)));
  }
  const parsed = mentorFields.safeParse(input);
  if (!parsed.success) {
    // A name that was not found is already named; the schema would only add "skal vælges".
    const named = new Set(problems.map((p) => p.column));
    problems.push(...zodProblems(row, columns, parsed.error, COLUMN_OF).filter((p) => !named.has(p.column)));
  }
  return { parsed, problems };
}

export const mentorsKind: KindHandler<MentorRow> = {
  kind: 'mentors',
  columns,

  check(row, ctx) {
    const { parsed, problems } = checkMentor(row, ctx);
    if (problems.length || !parsed.success) return { ok: false, problems };
    return { ok: true, value: { fields: parsed.data, present: Object.keys(row.cells).map((k) => FIELD_OF[k] ?? k) } };
  },

  plan(rows, { db }) {
    const existing = new Map<string, StoredMentor[]>();
    for (const m of storedMentors(db)) {
      const key = matchKey(m.name, m.employerMunicipalityId);
      existing.set(key, [...(existing.get(key) ?? []), m]);
    }
    const firstRowOf = new Map<string, number>();
    const planned: Planned<MentorRow>[] = [];
    const problems: ImportProblem[] = [];
    for (const { row, value } of rows) {
      const key = matchKey(value.fields.name, value.fields.employerMunicipalityId);
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        problems.push({ row, column: 'Navn', value: value.fields.name, message: `Samme mentor og ansættende kommune står også i række ${earlier}. En mentor kan kun stå én gang.` });
        continue;
      }
      firstRowOf.set(key, row);
      const matches = existing.get(key) ?? [];
      if (matches.length > 1) {
        problems.push({ row, column: 'Navn', value: value.fields.name, message: `Der findes ${matches.length} mentorer med dette navn i samme kommune. Ret navnene i programmet først.` });
        continue;
      }
      if (matches.length === 0) {
        planned.push({ row, action: 'create', value, summary: value.fields.name });
        continue;
      }
      const { id, ...old } = matches[0];
      const merged = Object.fromEntries(Object.keys(old).map((k) => [k, value.present.includes(k) ? value.fields[k as keyof Fields] : old[k as keyof Fields]]));
      const reparsed = mentorFields.safeParse(merged);
      if (!reparsed.success) {
        problems.push(...zodProblems({ row, cells: {} }, columns, reparsed.error, COLUMN_OF));
        continue;
      }
      const action = sameValues(old, reparsed.data) ? 'unchanged' : 'update';
      planned.push({ row, action, value: { ...value, fields: reparsed.data }, existingId: id, summary: `${value.fields.name} findes allerede` });
    }
    return { planned, problems };
  },

  write(planned, { db }) {
    return writePlan(planned, (value) => insertMentor(db, value.fields), (id, value) => updateMentor(db, id, value.fields));
  },
};
