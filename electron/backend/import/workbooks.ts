// The workbooks the import hands out: a template per kind (headers, a help row the import skips, one
// example), and the dry run's problems to fix in Excel (each with only the one cell's value it is about).
import type ExcelJS from 'exceljs';
import { excel } from '../export/excel';
import type { ImportProblem } from '../../../shared/api/import';
import type { ExportFile } from '../../../shared/api/evaluation';
import { IMPORT_COLUMNS } from '../../../shared/import/columns';
import { IMPORT_KIND_LABELS, type ImportKind } from '../../../shared/import/kinds';
import { XLSX_MIME_TYPE } from '../billing/xlsx';
import { HELP_PREFIX } from './mapping';

const fileNamePart = (text: string) => text.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/Æ/g, 'Ae').replace(/Ø/g, 'Oe').replace(/Å/g, 'Aa').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function asFile(wb: ExcelJS.Workbook, fileName: string): Promise<ExportFile> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName, mimeType: XLSX_MIME_TYPE, base64: bytes.toString('base64') };
}

export async function templateWorkbook(kind: ImportKind): Promise<ExportFile> {
  const columns = IMPORT_COLUMNS[kind];
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const sheet = wb.addWorksheet(IMPORT_KIND_LABELS[kind].slice(0, 31));
  sheet.addRow(columns.map((c) => c.label)).font = { bold: true };
  // The help row starts with "Hjælp:" in its first cell; the import skips such rows.
  const help = sheet.addRow(columns.map((c, i) => `${i === 0 ? `${HELP_PREFIX} ` : ''}${c.help}${c.required ? ' (skal udfyldes)' : ''}`));
  help.font = { italic: true, color: { argb: 'FF555555' } };
  // Examples as text: "01.08.2024" and "1.234" are read as Danish dates and numbers, as a coordinator types them.
  sheet.addRow(columns.map((c) => c.example));
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, c.label.length + 2, c.example.length + 2))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return asFile(wb, `Skabelon-${fileNamePart(IMPORT_KIND_LABELS[kind])}.xlsx`);
}

export async function problemsWorkbook(fileName: string, problems: readonly ImportProblem[]): Promise<ExportFile> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const sheet = wb.addWorksheet('Problemer');
  sheet.addRow(['Række', 'Kolonne', 'Værdi', 'Problem']).font = { bold: true };
  for (const p of problems) sheet.addRow([p.row, p.column ?? '', p.value ?? '', p.message]);
  [8, 22, 28, 90].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const base = fileName.replace(/\.[^.]*$/, '');
  return asFile(wb, `Problemer-${fileNamePart(base) || 'import'}.xlsx`);
}
