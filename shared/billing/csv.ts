// CSV for Danish Excel: semicolon separator, decimal comma, CRLF lines, UTF-8 with BOM.

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Plain digits without thousands separators, so Excel reads them as numbers.
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** 123456 øre -> 1234.56 as a number for CSV/xlsx cells (exact for amounts below 2^53 øre). */
export function oereToKroner(oere: number): number {
  return oere / 100;
}
