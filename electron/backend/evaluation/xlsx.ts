// The annual evaluation as an Excel workbook: one sheet per statistics table, numbers as numbers
// (percent as a fraction with a % format, money in kroner), the same tables the report prints.
import { excel } from '../export/excel';
import { oereToKroner } from '../../../shared/billing/key';
import { cellParts, type CellFormat, type StatTable } from '../../../shared/statistics/tables';

const NUM_FMT: Record<CellFormat, string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
  keyShare: '0.00%',
  oere: '#,##0.00 "kr."',
};

/** `period` ("Periode: 01.01.2026–23.11.2026") goes under each sheet's title. */
export async function evaluationWorkbook(heading: string, tables: readonly StatTable[], period?: string): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  for (const t of tables) {
    const sheet = wb.addWorksheet(t.sheetName);
    sheet.addRow([`${heading}: ${t.title}`]).font = { bold: true, size: 13 };
    sheet.addRow(period ? [period] : []);
    sheet.addRow(t.columns.map((c) => c.label)).font = { bold: true };
    const put = (cells: StatTable['rows'][number], bold: boolean) => {
      const row = sheet.addRow([]);
      cells.forEach((cell, i) => {
        const { value, format } = cellParts(cell, t.columns[i]);
        const target = row.getCell(i + 1);
        target.value = typeof value === 'number' && format === 'oere' ? oereToKroner(value) : value;
        const fmt = NUM_FMT[format];
        if (fmt && typeof value === 'number') target.numFmt = fmt;
      });
      if (bold) row.font = { bold: true };
    };
    for (const r of t.rows) put(r, false);
    if (t.total) put(t.total, true);
    if (t.note) {
      sheet.addRow([]);
      sheet.addRow([t.note]).font = { italic: true };
    }
    t.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = i === 0 ? (t.id === 'survey' ? 60 : 32) : Math.max(12, c.label.length + 2)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
