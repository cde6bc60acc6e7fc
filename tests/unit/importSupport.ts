// Helpers for the import tests: upload a file as the page does (in pieces), write and read workbooks with exceljs.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../electron/backend/index';
import { IMPORT_CHUNK_BYTES } from '../../shared/schemas/import';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

/** Uploads `bytes` through import.begin / import.chunk in 4 MB pieces; returns the upload id. */
export async function upload(b: Backend, bytes: Buffer, fileName = 'data.xlsx'): Promise<string> {
  const { uploadId } = await b.registry.call('import.begin', { fileName, size: bytes.length });
  for (let i = 0, index = 0; i < bytes.length; i += IMPORT_CHUNK_BYTES, index++) {
    await b.registry.call('import.chunk', { uploadId, index, base64: bytes.subarray(i, i + IMPORT_CHUNK_BYTES).toString('base64') });
  }
  return uploadId;
}

export type Cell = string | number | Date | null;

/** A workbook as exceljs writes it: sheets by name, rows of cells. */
export async function xlsxOf(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A returned workbook's first sheet as rows of plain values. */
export async function rowsOf(base64: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const out: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

export async function caught(p: Promise<unknown>): Promise<Error & { code?: string; fields?: Record<string, string> }> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a refusal');
}
