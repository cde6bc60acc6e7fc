// Student counts per municipality and year, into the year's billing key while it is a draft. An issued
// (locked) version is never changed: the coordinator makes a new draft version first.
import type { ImportProblem } from '../../../../shared/api/import';
import { fieldError } from '../../../../shared/errors';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import { billingFields } from '../../../../shared/schemas/billing';
import { formatInteger } from '../../../../shared/format';
import { memo, type CheckContext, type KindHandler, type Planned } from '../kind';
import { cellText, municipalitiesOf, problemAt, schemaInput, unknownMunicipality, zodProblems } from './common';

export interface StudentCountRow {
  year: number;
  versionId: number;
  municipalityId: number;
  municipalityName: string;
  students: number;
  countDate: string;
  source: string;
}

const columns = IMPORT_COLUMNS.studentCounts;
// The same schemas the key's form uses: the year and one participant line.
const yearSchema = billingFields.shape.year;
const participantSchema = billingFields.shape.participants.element;

/** The year's newest version if it is a draft; otherwise why it cannot take counts. */
function draftOf(ctx: CheckContext, year: number): { id: number } | { problem: string } {
  return memo(ctx, `draft:${year}`, () => {
    const newest = ctx.db.prepare('SELECT id, version, locked_on FROM billing_versions WHERE year = ? ORDER BY version DESC LIMIT 1').get(year) as
      | { id: number; version: number; locked_on: string | null }
      | undefined;
    if (!newest) return { problem: `Opret fordelingsnøglen for ${year} som kladde først.` };
    if (newest.locked_on !== null) {
      return { problem: `Opret fordelingsnøglen for ${year} som kladde først: version ${newest.version} er udstedt og ændres ikke. Lav en ny version af den.` };
    }
    return { id: newest.id };
  });
}

export const studentCountsKind: KindHandler<StudentCountRow> = {
  kind: 'studentCounts',
  columns,

  check(row, ctx) {
    const input: Record<string, unknown> = schemaInput(columns, row);
    const problems: ImportProblem[] = [];
    const year = yearSchema.safeParse(input.year);
    if (!year.success) problems.push(...zodProblems(row, columns, year.error).map((p) => ({ ...p, column: 'År', value: cellText(row.cells.year) })));
    const municipality = typeof input.municipality === 'string' || typeof input.municipality === 'number' ? municipalitiesOf(ctx).find(input.municipality) : null;
    if (input.municipality !== undefined && !municipality) problems.push(problemAt(row, columns, 'municipality', unknownMunicipality(String(input.municipality))));
    if (input.municipality === undefined) problems.push(problemAt(row, columns, 'municipality', 'Kommune skal udfyldes.'));
    const line = participantSchema.safeParse({ municipalityId: municipality?.id ?? 1, students: input.students, countDate: input.countDate, source: input.source });
    if (!line.success) problems.push(...zodProblems(row, columns, line.error, { municipalityId: 'municipality' }));
    if (!year.success || !line.success || !municipality) return { ok: false, problems };
    const draft = draftOf(ctx, year.data);
    if ('problem' in draft) return { ok: false, problems: [problemAt(row, columns, 'year', draft.problem)] };
    const { students, countDate, source } = line.data;
    return { ok: true, value: { year: year.data, versionId: draft.id, municipalityId: municipality.id, municipalityName: municipality.name, students, countDate, source } };
  },

  plan(rows, { db }) {
    const current = db.prepare('SELECT students, count_date, source FROM billing_participants WHERE version_id = ? AND municipality_id = ?');
    const firstRowOf = new Map<string, number>();
    const planned: Planned<StudentCountRow>[] = [];
    const problems: ImportProblem[] = [];
    for (const { row, value } of rows) {
      const key = `${value.year}|${value.municipalityId}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        problems.push({ row, column: 'Kommune', value: value.municipalityName, message: `${value.municipalityName} står også for ${value.year} i række ${earlier}. En kommune kan kun have ét elevtal pr. år.` });
        continue;
      }
      firstRowOf.set(key, row);
      const old = current.get(value.versionId, value.municipalityId) as { students: number; count_date: string; source: string } | undefined;
      const summary = `${value.municipalityName} ${value.year}: ${formatInteger(value.students)} elever`;
      if (!old) planned.push({ row, action: 'create', value, summary });
      else {
        const same = old.students === value.students && old.count_date === value.countDate && old.source === value.source;
        planned.push({ row, action: same ? 'unchanged' : 'update', value, summary: `${summary} (findes allerede)` });
      }
    }
    return { planned, problems };
  },

  write(planned, { db }) {
    const insert = db.prepare('INSERT INTO billing_participants (version_id, municipality_id, students, count_date, source) VALUES (?, ?, ?, ?, ?)');
    const update = db.prepare('UPDATE billing_participants SET students = ?, count_date = ?, source = ? WHERE version_id = ? AND municipality_id = ?');
    const locked = db.prepare('SELECT locked_on FROM billing_versions WHERE id = ?');
    let created = 0;
    let updated = 0;
    for (const { action, value: v } of planned) {
      if (action === 'unchanged') continue;
      // Checked again at the write: an issued version is never changed.
      const version = locked.get(v.versionId) as { locked_on: string | null } | undefined;
      if (!version || version.locked_on !== null) throw fieldError('uploadId', `Fordelingsnøglen for ${v.year} er udstedt, mens importen kørte; intet er importeret. Lav en ny version af nøglen, og kør prøven igen.`);
      if (action === 'create') {
        insert.run(v.versionId, v.municipalityId, v.students, v.countDate, v.source);
        created++;
      } else {
        update.run(v.students, v.countDate, v.source, v.versionId, v.municipalityId);
        updated++;
      }
    }
    return { created, updated };
  },
};
