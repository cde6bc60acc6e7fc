// Import from spreadsheets (upload in pieces, dry run, confirm) and the full export of the corps.
import { emptyInput } from '../schemas/common';
import { importAnalyze, importBegin, importByUpload, importChunk, importCommit, importTemplate } from '../schemas/import';
import type { ColumnMapping, ImportColumn, ImportKind } from '../import/kinds';
import type { ExportFile } from './evaluation';

export const importMethods = {
  'import.columns': { input: emptyInput, mutates: false },
  'import.begin': { input: importBegin, mutates: false },
  'import.chunk': { input: importChunk, mutates: false },
  'import.analyze': { input: importAnalyze, mutates: false },
  'import.progress': { input: importByUpload, mutates: false },
  'import.problemsXlsx': { input: importAnalyze, mutates: false },
  // Runs its own transaction after reading the file (which is asynchronous), with one audit line naming the file.
  'import.commit': { input: importCommit, mutates: false },
  'import.template': { input: importTemplate, mutates: false },
} as const;

/**
 * A full JSON export brought back into an empty corps (handlers/restore.ts): the file goes up with
 * import.begin/import.chunk, then import.restoreFull checks it and writes everything in one transaction.
 * Not `mutates`: it writes its own audit line naming the file, and takes no backup of an empty file.
 */
export const restoreMethods = {
  'import.restoreState': { input: emptyInput, mutates: false },
  'import.restoreFull': { input: importByUpload, mutates: false },
} as const;

/** Whether a full export may be restored here, and if not, why (Danish). */
export interface RestoreState {
  allowed: boolean;
  reason: string | null;
}

/** What the restore brought back, for the confirmation. */
export interface RestoreResult {
  corpsName: string | null;
  municipalities: number;
  mentors: number;
  mentees: number;
  courses: number;
  contacts: number;
}

export interface RestoreResults {
  'import.restoreState': RestoreState;
  'import.restoreFull': RestoreResult;
}

/** The full export of the corps (handlers/export.ts). */
export const exportMethods = {
  'export.fullXlsx': { input: emptyInput, mutates: false },
  'export.fullJson': { input: emptyInput, mutates: false },
} as const;

/** One problem, where the coordinator can find it in the sheet: row number as Excel shows it, column header. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export type PlannedAction = 'create' | 'update' | 'unchanged';

export interface PreviewRow {
  row: number;
  action: PlannedAction;
  /** e.g. "Anna Jensen, f. 2006, Odense" — and for 'update'/'unchanged' that it "findes allerede". */
  summary: string;
}

export interface ImportAnalysis {
  fileName: string;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  /** Row number (as Excel shows it) of the header row found. */
  headerRow: number | null;
  mapping: ColumnMapping;
  /** Whether the mapping came from the header, or was remembered from the last import of this kind. */
  mappingSource: 'detected' | 'remembered' | 'given';
  totalRows: number;
  counts: Record<PlannedAction, number>;
  /** The first rows of the plan, for the preview. */
  preview: PreviewRow[];
  problems: ImportProblem[];
}

export interface ImportProgress {
  phase: 'upload' | 'reading' | 'checking' | 'writing' | 'done';
  done: number;
  total: number | null;
}

export interface ImportResults {
  'import.columns': Record<ImportKind, readonly ImportColumn[]>;
  'import.begin': { uploadId: string };
  'import.chunk': { received: number };
  'import.analyze': ImportAnalysis;
  'import.progress': ImportProgress;
  'import.problemsXlsx': ExportFile;
  'import.commit': { created: number; updated: number; unchanged: number };
  'import.template': ExportFile;
}

export interface ExportResults {
  'export.fullXlsx': ExportFile;
  'export.fullJson': ExportFile;
}
