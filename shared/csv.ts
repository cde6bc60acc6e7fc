// The one CSV writer of the app (key, evaluation, every chart): for Danish Excel and LibreOffice —
// semicolon separator, decimal comma, CRLF lines, UTF-8 with BOM — and safe to open: a text cell that
// a spreadsheet would take for a formula is neutralised (OWASP "CSV injection").

/** A number is written as a number (so -5 stays -5 kr.); a string is always text. */
export type CsvCell = string | number | FixedDecimals | null | undefined;

/** A number with a fixed count of decimals ("-1234,50"): amounts for a finance system that expects øre. */
export interface FixedDecimals {
  value: number;
  decimals: number;
}
export const fixedDecimals = (value: number, decimals: number): FixedDecimals => ({ value, decimals });

const BOM = '\uFEFF';

/** A spreadsheet reads a cell starting with = + - @ (or tab / CR before one) as a formula; leading spaces are skipped by some. */
const FORMULA_START = /^[\s\u00a0]*[=+\-@]|^[\t\r]/;

/** Text that would start a formula gets a leading apostrophe (OWASP), so the spreadsheet shows it as written. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Plain digits, decimal comma and no thousands separators, so the spreadsheet reads a number. */
function numberCell(value: number): string {
  // NaN and Infinity are no figure a spreadsheet can read: an empty cell rather than text.
  return Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

function textCell(value: string): string {
  const text = neutraliseFormula(value);
  // Neutralised text is quoted too (OWASP), as is anything holding a quote, separator, line break or edge space.
  return text !== value || /[";\r\n\t]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Number.isFinite(value.value) ? value.value.toFixed(value.decimals).replace('.', ',') : '';
  return typeof value === 'number' ? numberCell(value) : textCell(value);
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
