// The key table as an Excel workbook: numbers as numbers, dates as dates, Danish number formats
// (Excel shows "#,##0.00" as 1.234,56 on a Danish machine).
import { excel } from '../export/excel';
import { oereToKroner } from '../../../shared/billing/key';
import { sum } from '../../../shared/billing/key';
import { COST_KINDS, type BillingVersion } from '../../../shared/billing/types';
import { formatDate } from '../../../shared/format';

const KRONER = '#,##0.00 "kr."';
const PERCENT = '0.00%';
const INTEGER = '#,##0';
const DATE = 'dd.mm.yyyy';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function keyFileBaseName(v: BillingVersion): string {
  return `Fordelingsnoegle-${v.year}-v${v.version}`;
}

export async function keyWorkbook(v: BillingVersion): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const sheet = wb.addWorksheet('Fordelingsnøgle');
  sheet.addRow([`${v.corpsName}: fordelingsnøgle ${v.year}, version ${v.version}${v.lockedOn ? ` (udstedt ${formatDate(v.lockedOn)})` : ' (kladde)'}`]).font = {
    bold: true,
    size: 13,
  };
  if (v.reason) sheet.addRow([`Årsag til version ${v.version}: ${v.reason}`]);
  sheet.addRow([]);
  const dueHeaders = v.instalmentDueDates.map((d, i) => `Rate ${i + 1} (${formatDate(d)})`);
  const header = sheet.addRow(['Kommune', 'Kommunekode', 'Elevtal', 'Tælledato', 'Kilde', 'Andel', 'Beløb', ...dueHeaders]);
  header.font = { bold: true };
  for (const k of v.key) {
    sheet.addRow([k.name, k.code, k.students, isoToDate(k.countDate), k.source, k.shareBasisPoints / 10_000, oereToKroner(k.amountOere), ...k.instalmentsOere.map(oereToKroner)]);
  }
  const total = sheet.addRow([
    'I alt',
    null,
    v.totalStudents,
    null,
    null,
    1,
    oereToKroner(v.budgetOere),
    ...v.instalmentDueDates.map((_, i) => oereToKroner(sum(v.key.map((k) => k.instalmentsOere[i])))),
  ]);
  total.font = { bold: true };
  sheet.getColumn(2).numFmt = '0';
  sheet.getColumn(3).numFmt = INTEGER;
  sheet.getColumn(4).numFmt = DATE;
  sheet.getColumn(6).numFmt = PERCENT;
  for (let c = 7; c <= 7 + dueHeaders.length; c++) sheet.getColumn(c).numFmt = KRONER;
  [22, 13, 10, 12, 28, 9, 18, ...dueHeaders.map(() => 18)].forEach((w, i) => (sheet.getColumn(i + 1).width = w));

  const budget = wb.addWorksheet('Budget');
  budget.addRow(['Udgift', 'Beskrivelse', 'Beløb']).font = { bold: true };
  for (const c of v.costLines) budget.addRow([COST_KINDS[c.kind], c.description ?? '', oereToKroner(c.amountOere)]);
  budget.addRow(['I alt', null, oereToKroner(v.budgetOere)]).font = { bold: true };
  budget.getColumn(3).numFmt = KRONER;
  [18, 40, 18].forEach((w, i) => (budget.getColumn(i + 1).width = w));

  if (v.settlement) {
    const s = wb.addWorksheet('Efterregulering');
    s.addRow(['Kommune', 'Kommunekode', 'Elevtal', 'Andel af faktisk udgift', 'Opkrævet a conto', 'Efterregulering']).font = { bold: true };
    for (const r of v.settlement.rows) {
      s.addRow([r.name, r.code, r.students, oereToKroner(r.actualShareOere), oereToKroner(r.paidOere), oereToKroner(r.differenceOere)]);
    }
    const rows = v.settlement.rows;
    const add = (f: (r: (typeof rows)[number]) => number) => oereToKroner(sum(rows.map(f)));
    s.addRow(['I alt', null, v.totalStudents, add((r) => r.actualShareOere), add((r) => r.paidOere), add((r) => r.differenceOere)]).font = { bold: true };
    s.getColumn(3).numFmt = INTEGER;
    for (const c of [4, 5, 6]) s.getColumn(c).numFmt = KRONER;
    [22, 13, 10, 22, 18, 18].forEach((w, i) => (s.getColumn(i + 1).width = w));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
