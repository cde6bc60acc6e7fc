// What the kinds share: a row's cells as schema input, zod's issues as problems at row and column, and
// municipalities found by name or code.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { ImportProblem } from '../../../../shared/api/import';
import { cellInput, type CellValue } from '../../../../shared/import/cells';
import type { ImportColumn } from '../../../../shared/import/kinds';
import { danishSortKey, formatDate } from '../../../../shared/format';
import { memo, type CheckContext, type Planned, type SheetRow } from '../kind';

/** The row's mapped cells as the shared schema reads them; an empty cell is left out, so defaults apply. */
export function schemaInput(columns: readonly ImportColumn[], row: SheetRow): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const c of columns) {
    if (!(c.key in row.cells)) continue;
    const v = cellInput(row.cells[c.key], c.type);
    if (v === null) continue;
    out[c.key] = c.type === 'list' ? splitList(String(v)) : v;
  }
  return out;
}

/** "Tietgen, SDE" -> ["Tietgen", "SDE"]; with a semicolon only that splits, since names hold commas ("SOSU Fyn, Odense; SOSU Fyn, Svendborg"). */
export const splitList = (text: string): string[] =>
  text
    .split(text.includes(';') ? /[;\n]/ : /[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A cell as the coordinator sees it, for the problem list (only this one cell of the row). */
export function cellText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : formatDate(v.toISOString().slice(0, 10));
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  return String(v);
}

export function problemAt(row: SheetRow, columns: readonly ImportColumn[], key: string | null, message: string): ImportProblem {
  const column = key === null ? undefined : columns.find((c) => c.key === key);
  return { row: row.row, column: column?.label ?? null, value: key === null ? null : cellText(row.cells[key]), message };
}

/** Zod's issues as problems; `columnOf` maps a schema field to its column key where they differ (employerMunicipalityId -> employerMunicipality). */
export function zodProblems(row: SheetRow, columns: readonly ImportColumn[], error: z.ZodError, columnOf: Record<string, string> = {}): ImportProblem[] {
  const seen = new Set<string>();
  const out: ImportProblem[] = [];
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
    const key = field === null ? null : (columnOf[field] ?? field);
    const dedupe = `${key}|${issue.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push(problemAt(row, columns, key, issue.message));
  }
  return out;
}

/** Municipalities by code ("461") or name ("Odense", "Odense Kommune", any case). */
export class MunicipalityLookup {
  private readonly byCode = new Map<number, { id: number; name: string }>();
  private readonly byName = new Map<string, { id: number; name: string }>();

  constructor(db: Database.Database) {
    for (const m of db.prepare('SELECT id, name, code FROM municipalities').all() as { id: number; name: string; code: number }[]) {
      this.byCode.set(m.code, m);
      this.byName.set(MunicipalityLookup.fold(m.name), m);
    }
  }

  static fold(name: string): string {
    return danishSortKey(name).replace(/\s+kommune$/, '').trim();
  }

  find(value: string | number): { id: number; name: string } | null {
    const text = String(value).trim();
    if (/^\d{3}$/.test(text)) return this.byCode.get(Number(text)) ?? null;
    return this.byName.get(MunicipalityLookup.fold(text)) ?? null;
  }
}

/** The municipalities, read once per run of checks. */
export const municipalitiesOf = (ctx: CheckContext) => memo(ctx, 'municipalities', () => new MunicipalityLookup(ctx.db));

export const unknownMunicipality = (text: string | number) => `Kommunen «${text}» findes ikke. Opret den under Kommuner, eller ret navnet eller koden.`;

/** Same values, whatever the key order (for 'unchanged'). */
export const sameValues = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

/** Writes a plan row by row: `create` for new rows, `update` for changed ones; unchanged rows are left alone. */
export function writePlan<R>(planned: readonly Planned<R>[], create: (value: R) => void, update: (id: number, value: R) => void): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const p of planned) {
    if (p.action === 'create') {
      create(p.value);
      created++;
    } else if (p.action === 'update' && p.existingId !== undefined) {
      update(p.existingId, p.value);
      updated++;
    }
  }
  return { created, updated };
}
