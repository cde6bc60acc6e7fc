// The evaluation workbook reopened: every cell, number format, font and column width is as the
// report's tables say; text that XML cannot hold as-is survives.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluationWorkbook } from '../../electron/backend/evaluation/xlsx';
import type { StatTable } from '../../shared/statistics/tables';

const TABLES = [
  {
    id: 'noegletal',
    title: 'Nøgletal 2026 & <mere>',
    sheetName: 'Nøgletal',
    columns: [{ label: 'Nøgletal', format: 'text' }, { label: 'Værdi', format: 'int' }],
    rows: [
      ['Samtaler i alt', 1234],
      ['Rækkevidde', { value: 0.025, format: 'percent' }],
      ['Andel', { value: 0.1234, format: 'keyShare' }],
      ['Beløb', { value: 16_000_050, format: 'oere' }],
      ['Timer', { value: 2.5, format: 'decimal' }],
      ['Mangler "data"\u0001', null],
    ],
    total: ['I alt', 99],
    note: 'Note med æøå & tegn',
  },
  { id: 'survey', title: 'Spørgeskema', sheetName: 'Spørgsmål', columns: [{ label: 'Spørgsmål', format: 'text' }], rows: [], total: null, note: null },
] as unknown as StatTable[];

async function reopen(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('evaluationWorkbook', () => {
  it('writes each table as a sheet: title, period, bold header and total, numbers with their formats, italic note, widths', async () => {
    const wb = await reopen(await evaluationWorkbook('Korps: evaluering 2026', TABLES, 'Periode: 01.01.2026–23.11.2026'));
    expect(wb.creator).toBe('Mentorkorps');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nøgletal', 'Spørgsmål']);
    const s = wb.getWorksheet('Nøgletal')!;
    expect(s.getCell('A1').value).toBe('Korps: evaluering 2026: Nøgletal 2026 & <mere>');
    expect(s.getCell('A1').font).toMatchObject({ bold: true, size: 13 });
    expect(s.getCell('A2').value).toBe('Periode: 01.01.2026–23.11.2026');
    expect(s.getCell('B3')).toMatchObject({ value: 'Værdi', font: expect.objectContaining({ bold: true }) });
    const cell = (ref: string) => ({ value: s.getCell(ref).value, numFmt: s.getCell(ref).numFmt ?? null });
    expect(cell('B4')).toEqual({ value: 1234, numFmt: '#,##0' });
    expect(cell('B5')).toEqual({ value: 0.025, numFmt: '0.0%' });
    expect(cell('B6')).toEqual({ value: 0.1234, numFmt: '0.00%' });
    expect(cell('B7')).toEqual({ value: 160_000.5, numFmt: '#,##0.00 "kr."' });
    expect(cell('B8')).toEqual({ value: 2.5, numFmt: '#,##0.0' });
    expect(s.getCell('A9').value).toBe('Mangler "data"');
    expect(s.getCell('B9').value).toBeNull();
    expect(s.getCell('A4').font?.bold).toBeFalsy();
    expect(s.getCell('A10')).toMatchObject({ value: 'I alt', font: expect.objectContaining({ bold: true }) });
    expect(s.getCell('B10')).toMatchObject({ value: 99, numFmt: '#,##0', font: expect.objectContaining({ bold: true }) });
    expect(s.getRow(11).cellCount).toBe(0);
    expect(s.getCell('A12')).toMatchObject({ value: 'Note med æøå & tegn', font: expect.objectContaining({ italic: true }) });
    expect([s.getColumn(1).width, s.getColumn(2).width]).toEqual([32, 12]);
    expect(wb.getWorksheet('Spørgsmål')!.getColumn(1).width).toBe(60);
    expect(wb.getWorksheet('Spørgsmål')!.getCell('A2').value).toBe('Periode: 01.01.2026–23.11.2026');
  });
});
