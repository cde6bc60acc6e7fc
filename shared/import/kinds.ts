// What can be imported from a spreadsheet, and the columns of each kind: the header names a coordinator's
// own sheet may use (Danish or English), whether the column is required, and the help and example rows
// the templates carry. The backend's import engine and the import page both read this table.

export const IMPORT_KINDS = ['municipalities', 'studentCounts', 'mentors', 'courses', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  municipalities: 'Kommuner',
  studentCounts: 'Elevtal pr. kommune og år',
  mentors: 'Mentorer',
  courses: 'Mentees og forløb',
  contacts: 'Samtaler',
};

/** How a cell is read before the shared schema checks it. */
export type ColumnType = 'text' | 'number' | 'date' | 'list';

export interface ImportColumn {
  key: string;
  label: string;
  type: ColumnType;
  required: boolean;
  /** Other header names that mean this column (compared folded: case, spaces, æøå). */
  aliases: readonly string[];
  help: string;
  example: string;
}

/** The columns of each kind; filled in by the import engine's kind modules (electron/backend/import/kinds/). */
export type ImportColumns = Record<ImportKind, readonly ImportColumn[]>;

/** Header text folded for matching: lower case, æ/ø/å kept as ae/oe/aa, no spaces, dots or dashes. */
export function foldHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s._\-/()]+/g, '');
}

/** Column key -> index of the sheet's header, or null when not mapped. */
export type ColumnMapping = Record<string, number | null>;

/** Maps each column to the first header that is its label, key or one of its aliases. */
export function detectMapping(columns: readonly ImportColumn[], headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = {};
  for (const c of columns) {
    const names = [c.label, c.key, ...c.aliases].map(foldHeader);
    const index = folded.findIndex((h) => h !== '' && names.includes(h));
    mapping[c.key] = index >= 0 ? index : null;
  }
  return mapping;
}
