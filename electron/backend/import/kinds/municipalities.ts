// Municipalities, matched by their code: a new code is created, a known one updated (name, EAN, address…).
// A column left out of the sheet keeps what the municipality already has.
import type { z } from 'zod';
import type { ImportProblem } from '../../../../shared/api/import';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import { municipalityFields } from '../../../../shared/schemas/roster';
import type { Municipality } from '../../../../shared/types';
import { insertMunicipality, listMunicipalities, updateMunicipality } from '../../roster/store';
import type { KindHandler, Planned } from '../kind';
import { sameValues, schemaInput, zodProblems, writePlan } from './common';

type Fields = z.output<typeof municipalityFields>;
export interface MunicipalityRow {
  fields: Fields;
  /** The columns the sheet has; the others keep the stored value on update. */
  present: string[];
}

const columns = IMPORT_COLUMNS.municipalities;
const FIELD_KEYS = [
  'name',
  'code',
  'ean',
  'address',
  'contactPerson',
  'contactEmail',
  'participatingFrom',
  'participatingTo',
  'financeReference',
  'orderNumber',
  'accountString',
  'paymentTermsDays',
] as const;

const stored = (m: Municipality): Fields => ({
  name: m.name,
  code: m.code,
  ean: m.ean,
  address: m.address,
  contactPerson: m.contactPerson,
  contactEmail: m.contactEmail,
  participatingFrom: m.participatingFrom,
  participatingTo: m.participatingTo,
  financeReference: m.financeReference,
  orderNumber: m.orderNumber,
  accountString: m.accountString,
  paymentTermsDays: m.paymentTermsDays,
});

export const municipalitiesKind: KindHandler<MunicipalityRow> = {
  kind: 'municipalities',
  columns,

  check(row) {
    const parsed = municipalityFields.safeParse(schemaInput(columns, row));
    if (!parsed.success) return { ok: false, problems: zodProblems(row, columns, parsed.error) };
    return { ok: true, value: { fields: parsed.data, present: Object.keys(row.cells) } };
  },

  plan(rows, { db }) {
    const byCode = new Map(listMunicipalities(db).map((m) => [m.code, m]));
    const firstRowOf = new Map<number, number>();
    const planned: Planned<MunicipalityRow>[] = [];
    const problems: ImportProblem[] = [];
    for (const { row, value } of rows) {
      const { code } = value.fields;
      const earlier = firstRowOf.get(code);
      if (earlier !== undefined) {
        problems.push({ row, column: 'Kommunekode', value: String(code), message: `Kommunekode ${code} står også i række ${earlier}. En kommune kan kun stå én gang.` });
        continue;
      }
      firstRowOf.set(code, row);
      const existing = byCode.get(code);
      if (!existing) {
        planned.push({ row, action: 'create', value, summary: `${value.fields.name} (${code})` });
        continue;
      }
      // Columns not in the sheet keep what is stored; the merged row is checked again (periods across columns).
      const old = stored(existing);
      const merged = Object.fromEntries(FIELD_KEYS.map((k) => [k, value.present.includes(k) ? value.fields[k] : old[k]]));
      const reparsed = municipalityFields.safeParse(merged);
      if (!reparsed.success) {
        problems.push(...zodProblems({ row, cells: {} }, columns, reparsed.error));
        continue;
      }
      const action = sameValues(old, reparsed.data) ? 'unchanged' : 'update';
      planned.push({ row, action, value: { ...value, fields: reparsed.data }, existingId: existing.id, summary: `${reparsed.data.name} (${code}) findes allerede` });
    }
    return { planned, problems };
  },

  write(planned, { db }) {
    return writePlan(planned, (value) => insertMunicipality(db, value.fields), (id, value) => updateMunicipality(db, id, value.fields));
  },
};
