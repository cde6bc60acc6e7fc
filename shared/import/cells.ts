// A spreadsheet cell as the import reads it, turned into the text or number the shared schemas parse
// (they already read Danish dates and numbers). Excel stores dates as serial day numbers or Date values.
import type { ColumnType } from './kinds';

export type CellValue = string | number | boolean | Date | null;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The value to hand the schema: trimmed text, a number, an ISO date for real dates; null when empty. */
export function cellInput(value: CellValue, type: ColumnType): string | number | null {
  if (value === null || value === undefined) return null;
  // Any column: a date typed into a text column is still read as the date it shows.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoOf(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') {
    // A date column holding a serial number (a cell formatted as number, or read without styles).
    if (type === 'date' && value > 0 && value < 2_958_466) return isoOf(new Date(EXCEL_EPOCH_MS + Math.round(value) * DAY_MS));
    return type === 'text' ? String(value) : value;
  }
  const text = value.trim();
  return text === '' ? null : text;
}
