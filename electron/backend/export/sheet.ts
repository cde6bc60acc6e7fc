// One worksheet as a table: a bold header row, then the rows with real types — numbers as numbers,
// ISO dates as Excel dates (dd.mm.yyyy), money as kroner with two decimals. Empty values stay empty cells.
import type ExcelJS from 'exceljs';

export type CellKind = 'text' | 'number' | 'date' | 'kroner' | 'list';

export interface SheetColumn {
  header: string;
  kind: CellKind;
  width?: number;
}

export const text = (header: string, width?: number): SheetColumn => ({ header, kind: 'text', width });
export const num = (header: string): SheetColumn => ({ header, kind: 'number' });
export const date = (header: string): SheetColumn => ({ header, kind: 'date' });
export const kroner = (header: string): SheetColumn => ({ header, kind: 'kroner', width: 16 });

export type SheetValue = string | number | readonly string[] | null | undefined;

export const DATE_FORMAT = 'dd.mm.yyyy';
const KRONER_FORMAT = '#,##0.00';
/**
 * Lists (schools, themes, participants) are joined with semicolons: names may hold commas ("SOSU Fyn, Odense"),
 * and the import splits on semicolons only when the cell has one, so a single such name gets a trailing one.
 */
export const LIST_SEPARATOR = '; ';
const listCell = (items: readonly string[]) => (items.length === 1 && items[0].includes(',') ? `${items[0]};` : items.join(LIST_SEPARATOR));

/** An ISO date as a Date at UTC midnight, which exceljs stores as a whole Excel day number. */
export function excelDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function cellValue(value: SheetValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? listCell(value as readonly string[]) : null;
  if (kind === 'date' && typeof value === 'string') return excelDate(value);
  // Money arrives as øre (integers in the data file) and is shown as kroner.
  if (kind === 'kroner' && typeof value === 'number') return value / 100;
  return value as string | number;
}

export function addTable(wb: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: readonly (readonly SheetValue[])[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const values of rows) sheet.addRow(columns.map((c, i) => cellValue(values[i], c.kind)));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width ?? Math.max(12, c.header.length + 2);
    if (c.kind === 'date') column.numFmt = DATE_FORMAT;
    if (c.kind === 'kroner') column.numFmt = KRONER_FORMAT;
  });
  return sheet;
}
