// Problems at a row and column, in Danish: from a lookup, a database rule, or the shared schema's
// own messages (via the same ApiError the forms see, so the words are the forms' words).
import type { z } from 'zod';
import type { ImportProblem } from '../../../../shared/api/import';
import { cellInput, type CellValue } from '../../../../shared/import/cells';
import type { ImportColumn } from '../../../../shared/import/kinds';
import { formatDate } from '../../../../shared/format';
import { zodToApiError } from '../../validationErrors';
import type { SheetRow } from '../kind';

/** What the coordinator typed, as text for the problem list. */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatDate(value.toISOString().slice(0, 10));
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Collects problems for one row; `at(key, message)` names the column by its label. */
export class RowProblems {
  readonly list: ImportProblem[] = [];
  private readonly silenced = new Set<string>();
  private readonly columns: readonly ImportColumn[];
  private readonly row: SheetRow;
  constructor(columns: readonly ImportColumn[], row: SheetRow) {
    this.columns = columns;
    this.row = row;
  }
  /** The cell as the shared schemas read it (Danish dates and numbers, Excel serials). */
  input(key: string): string | number | null {
    const column = this.columns.find((c) => c.key === key);
    return cellInput(this.row.cells[key] ?? null, column?.type ?? 'text');
  }
  text(key: string): string | null {
    const v = this.input(key);
    return v === null ? null : String(v);
  }
  has(key: string): boolean {
    return this.list.some((p) => p.column === this.label(key));
  }
  at(key: string, message: string): void {
    const column = this.label(key);
    // One message per cell and reason: a schema repeating a lookup's complaint adds nothing.
    if (this.list.some((p) => p.column === column && p.message === message)) return;
    this.list.push({ row: this.row.row, column, value: cellText(this.row.cells[key]), message });
  }
  /** The schema's complaints about this column are consequences of another cell's problem (reported there). */
  silence(key: string): void {
    this.silenced.add(key);
  }
  /** The schema's issues, each at the column its path names (`columnOf` returns null for paths to drop). */
  zod(error: z.ZodError, columnOf: (path: string) => string | null): void {
    for (const [path, message] of Object.entries(zodToApiError(error).fields)) {
      const key = columnOf(path);
      // A column whose name could not be looked up already has its problem; the schema's "skal vælges" would repeat it.
      if (key && !this.has(key) && !this.silenced.has(key)) this.at(key, message);
    }
  }
  private label(key: string): string {
    return this.columns.find((c) => c.key === key)?.label ?? key;
  }
}

/** The first path segments that name a column: "course.themeIds.0" -> "course.themeIds". */
export const columnByPath = (map: Record<string, string>) => (path: string) => {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = map[parts.slice(0, n).join('.')];
    if (key) return key;
  }
  return null;
};
