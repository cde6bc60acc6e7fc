// One kind of import (municipalities, mentors, courses, …): its columns, how one row is checked with the
// shared schemas, how the checked rows are matched against the database (create / update / unchanged),
// and how the plan is written. The engine (engine.ts) reads the sheet and runs these; it owns no kind.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportProblem, PlannedAction, PreviewRow } from '../../../shared/api/import';
import type { CellValue } from '../../../shared/import/cells';
import type { ImportColumn, ImportKind } from '../../../shared/import/kinds';

/** One data row of the sheet: its row number as Excel shows it, and its cells by column key (mapped columns only). */
export interface SheetRow {
  row: number;
  cells: Record<string, CellValue>;
}

export interface CheckContext {
  db: Database.Database;
  today: string;
  /** Look-up tables built once per run of checks (see memo()); absent means build each time. */
  memo?: Map<string, unknown>;
}

/** A value built once per run (e.g. the municipalities by name), kept in the context's memo. */
export function memo<T>(ctx: CheckContext, key: string, make: () => T): T {
  if (!ctx.memo) return make();
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}

export type RowCheck<R> = { ok: true; value: R } | { ok: false; problems: ImportProblem[] };

export interface Planned<R> {
  row: number;
  action: PlannedAction;
  value: R;
  /** The existing row it matched, for 'update' and 'unchanged'. */
  existingId?: number;
  summary: string;
}

export interface KindHandler<R> {
  kind: ImportKind;
  columns: readonly ImportColumn[];
  /** Checks one row alone (shared schemas, names looked up in the database); problems name row and column. */
  check(row: SheetRow, ctx: CheckContext): RowCheck<R>;
  /** Matches all checked rows against the database and each other (duplicates in the file are problems). */
  plan(rows: { row: number; value: R }[], ctx: CheckContext): { planned: Planned<R>[]; problems: ImportProblem[] };
  /** Writes the plan; called inside the engine's one transaction. */
  write(planned: Planned<R>[], ctx: CheckContext): { created: number; updated: number };
}

export type { PreviewRow };
