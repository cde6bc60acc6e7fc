// Reads an uploaded file row by row: .xlsx with exceljs's streaming reader (the file is never whole in
// memory), CSV decoded and split here. What the file is comes from its first bytes, not its name.
import { excel } from '../export/excel';
import fs from 'node:fs';
import { fieldError } from '../../../shared/errors';
import type { CellValue } from '../../../shared/import/cells';
import { decodeText, detectDelimiter, parseCsv } from './csv';

export type FileType = 'xlsx' | 'csv';

export interface RawRow {
  /** Row number as Excel shows it. */
  row: number;
  /** Cells by column index (0 = column A); trimmed text, numbers, dates. */
  cells: CellValue[];
}

export interface ReadResult {
  sheets: string[];
  sheet: string | null;
}

const NOT_SPREADSHEET = 'Filen er ikke et regneark. Vælg en Excel-projektmappe (.xlsx) eller en CSV-fil.';
const PROTECTED =
  'Projektmappen er beskyttet med adgangskode (eller gemt i det gamle .xls-format), så den kan ikke læses. Åbn den i Excel, fjern adgangskoden, gem som .xlsx, og prøv igen.';
const bad = (message: string) => fieldError('uploadId', message);

function head(file: string, n: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's type from its content; throws the Danish message for files that cannot be read. */
export function sniff(file: string): FileType {
  const bytes = head(file, 8192);
  if (bytes.length === 0) throw bad('Filen er tom.');
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  // An encrypted .xlsx is an OLE2 compound file (as is an old .xls).
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw bad(PROTECTED);
  // Text has no NUL bytes and few control characters besides tab and line breaks.
  let control = 0;
  for (const b of bytes) {
    if (b === 0) throw bad(NOT_SPREADSHEET);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > bytes.length / 100) throw bad(NOT_SPREADSHEET);
  return 'csv';
}

/** A cell as exceljs gives it (rich text, formula, hyperlink…) as one plain value. */
export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainCell((o.richText as { text?: string }[]).map((t) => t.text ?? '').join(''));
    if ('formula' in o || 'sharedFormula' in o) return plainCell(o.result);
    if ('text' in o) return plainCell(o.text);
    if ('error' in o) return null;
  }
  return plainCell(String(v));
}

const isEmpty = (cells: CellValue[]) => cells.every((c) => c === null);

type OnRow = (row: RawRow) => void | Promise<void>;

async function readCsv(file: string, onRow: OnRow): Promise<ReadResult> {
  // At most 50 MB (refused at begin); the encoding is known only after every byte is seen.
  const text = decodeText(fs.readFileSync(file));
  const delimiter = detectDelimiter(text);
  for (const r of parseCsv(text, delimiter)) {
    const cells = r.cells.map((c) => plainCell(c));
    if (!isEmpty(cells)) await onRow({ row: r.row, cells });
  }
  return { sheets: [], sheet: null };
}

async function readXlsx(file: string, wanted: string | null, onRow: OnRow): Promise<ReadResult> {
  const reader = new (await excel()).stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const seen: string[] = [];
  let chosen: string | null = null;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name ?? `Ark ${seen.length + 1}`;
      seen.push(name);
      // The sheet asked for, or else the first one. The others are read to their end without looking:
      // exceljs may have parked a sheet in a temp file, and an unread one is deleted under its own reader.
      if (chosen !== null || (wanted !== null && name !== wanted)) {
        for await (const skipped of ws) void skipped;
        continue;
      }
      chosen = name;
      for await (const row of ws) {
        const values = (row.values as unknown[]).slice(1).map(plainCell);
        if (!isEmpty(values)) await onRow({ row: row.number, cells: values });
      }
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'ApiError') throw err;
    throw bad(NOT_SPREADSHEET);
  }
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  const sheets = model?.sheets?.map((s) => s.name) ?? seen;
  if (sheets.length === 0) throw bad(NOT_SPREADSHEET);
  if (wanted !== null && chosen === null) throw fieldError('sheet', `Arket «${wanted}» findes ikke i filen. Vælg et af: ${sheets.join(', ')}.`);
  return { sheets, sheet: chosen };
}

/** Calls `onRow` for each non-empty row of the chosen sheet (the first when none is named), in order. */
export async function readRows(file: string, sheet: string | null, onRow: OnRow): Promise<ReadResult & { type: FileType }> {
  const type = sniff(file);
  const result = type === 'xlsx' ? await readXlsx(file, sheet, onRow) : await readCsv(file, onRow);
  return { ...result, type };
}
