// Reading the app's CSV files back: as a parser sees them, and as LibreOffice Calc (Debian's, headless)
// opens them — with Danish number format and formula evaluation on, the setting that made =1+1 live.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** The names a hostile or careless coordinator could type, each of which a spreadsheet would evaluate. */
export const HOSTILE_NAMES = ['=1+1', '+45 1234', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")'] as const;

/** Cells of a semicolon CSV (quotes doubled inside quoted cells); the BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted && c === '"' && src[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ';') endCell();
    else if (c === '\r' && src[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p)) ?? null;

export interface SheetCell {
  value: ExcelJS.CellValue;
  formula: string | undefined;
}

/**
 * Opens each CSV in LibreOffice Calc as a Danish user would (separator ;, UTF-8, language da-DK,
 * formulas evaluated), saves it as xlsx and reads every cell back with exceljs.
 */
export async function openInLibreOffice(files: Record<string, string>): Promise<Record<string, SheetCell[][]>> {
  if (!soffice) throw new Error('LibreOffice (soffice) er ikke installeret');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-lo-'));
  try {
    const names = Object.keys(files);
    for (const n of names) fs.writeFileSync(path.join(dir, `${n}.csv`), files[n], 'utf8');
    // Tokens: separator 59 (;), quote 34 ("), UTF-8 (76), from line 1, standard columns, language 1030 (da-DK),
    // quoted as text off, special numbers off, …, evaluate formulas ON (token 13).
    const filter = 'CSV:59,34,76,1,,1030,false,false,false,false,false,-1,true';
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', `--infilter=${filter}`, '--convert-to', 'xlsx', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.csv`))],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out: Record<string, SheetCell[][]> = {};
    for (const n of names) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, `${n}.xlsx`));
      const rows: SheetCell[][] = [];
      wb.worksheets[0].eachRow({ includeEmpty: true }, (r, i) => {
        const cells: SheetCell[] = [];
        r.eachCell({ includeEmpty: true }, (c, j) => (cells[j - 1] = { value: c.value, formula: c.formula || undefined }));
        rows[i - 1] = cells;
      });
      out[n] = rows;
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
