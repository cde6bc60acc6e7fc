// The debtor file for the host municipality's finance system: one row per line to book (an instalment
// of an opkrævning, or an efterregulering), as xlsx (typed cells) or CSV (the app's one safe writer).
import { excel } from '../export/excel';
import type { ExportFile } from '../../../shared/api/evaluation';
import type { StatementKind } from '../../../shared/billing/types';
import { fixedDecimals, toCsv, type CsvCell } from '../../../shared/csv';
import { formatDate } from '../../../shared/format';
import type { Bookings } from './bookings';
import { XLSX_MIME_TYPE } from './xlsx';

const HEADERS = [
  'EAN',
  'Kommune',
  'Kommunekode',
  'Fakturanummer',
  'Tekst',
  'Periode fra',
  'Periode til',
  'Beløb (kr.)',
  'Forfaldsdato',
  'Kontaktperson/bruger-id',
  'Ordrenummer',
  'Kontostreng',
] as const;

interface Row {
  ean: string;
  name: string;
  code: number;
  statementNumber: string;
  text: string;
  periodStart: string;
  periodEnd: string;
  amountOere: number;
  dueDate: string;
  financeReference: string;
  orderNumber: string;
  accountString: string;
}

const KIND_NAME: Record<StatementKind, string> = { opkraevning: 'Opkraevninger', efterregulering: 'Efterregulering' };

export function debtorFileBaseName(b: Bookings): string {
  return `Debitorfil-${KIND_NAME[b.kind]}-${b.version.year}-v${b.version.version}`;
}

export function debtorRows(b: Bookings): Row[] {
  return b.statements.flatMap((s) =>
    s.lines.map((l) => ({
      ean: s.ean ?? '',
      name: s.name,
      code: s.code,
      statementNumber: s.statementNumber ?? '',
      text: l.text,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      amountOere: l.amountOere,
      dueDate: l.dueDate,
      financeReference: s.reference.financeReference ?? '',
      orderNumber: s.reference.orderNumber ?? '',
      accountString: s.reference.accountString ?? '',
    })),
  );
}

/** What the finance department must know to book the file right (the xlsx's second sheet says the same). */
export function debtorFileExplanation(b: Bookings): string[] {
  const v = b.version;
  const what =
    b.kind === 'efterregulering'
      ? [`Efterregulering ${v.year}: én linje pr. kommune med forskellen mellem kommunens andel af den faktiske udgift og det, kommunen har betalt. Et negativt beløb betales tilbage til kommunen.`]
      : b.previous
        ? [
            `Version ${v.version} af ${v.year} retter version ${b.previous.version}. Beløbet på hver linje er FORSKELLEN pr. rate fra version ${b.previous.version} (ny rate minus tidligere rate), så det, der allerede er bogført, ikke bogføres to gange.`,
            'Et negativt beløb nedskriver kommunens tidligere opkrævning. En kommune, der ikke er med i den nye version, får hele sit tidligere beløb krediteret.',
          ]
        : [`Version ${v.version} af ${v.year}: én linje pr. rate pr. kommune med ratens beløb og forfaldsdato.`];
  return [
    `${v.corpsName}: debitorfil for ${b.kind === 'efterregulering' ? 'efterreguleringen' : 'opkrævningerne'} ${v.year}, version ${v.version} (udstedt ${formatDate(b.issueDate)}).`,
    ...what,
    'Linjer på 0,00 kr. er udeladt. Beløb er i kroner med to decimaler; fakturanummeret er det, der står på kommunens opkrævning.',
    `Betalingsmodtager: ${v.payeeName}, CVR ${v.payeeCvr ?? '(ikke angivet)'}, EAN ${v.payeeEan}, reg.nr. ${v.payeeRegNo} konto ${v.payeeAccount}.`,
  ];
}

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function debtorXlsx(b: Bookings): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  // The rows start at row 1 so the finance system can import the sheet as it is.
  const sheet = wb.addWorksheet('Debitorer');
  sheet.addRow([...HEADERS]).font = { bold: true };
  for (const r of debtorRows(b)) {
    sheet.addRow([
      r.ean,
      r.name,
      r.code,
      r.statementNumber,
      r.text,
      isoToDate(r.periodStart),
      isoToDate(r.periodEnd),
      r.amountOere / 100,
      isoToDate(r.dueDate),
      r.financeReference,
      r.orderNumber,
      r.accountString,
    ]);
  }
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(3).numFmt = '0';
  for (const c of [6, 7, 9]) sheet.getColumn(c).numFmt = 'dd.mm.yyyy';
  sheet.getColumn(8).numFmt = '#,##0.00';
  [15, 20, 12, 14, 44, 12, 12, 16, 13, 24, 16, 24].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const about = wb.addWorksheet('Forklaring');
  for (const line of debtorFileExplanation(b)) about.addRow([line]);
  about.getColumn(1).width = 120;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function debtorCsv(b: Bookings): string {
  const rows: CsvCell[][] = [[...HEADERS]];
  for (const r of debtorRows(b)) {
    rows.push([
      r.ean,
      r.name,
      r.code,
      r.statementNumber,
      r.text,
      formatDate(r.periodStart),
      formatDate(r.periodEnd),
      fixedDecimals(r.amountOere / 100, 2),
      formatDate(r.dueDate),
      r.financeReference,
      r.orderNumber,
      r.accountString,
    ]);
  }
  return toCsv(rows);
}

export async function debtorFile(b: Bookings, format: 'xlsx' | 'csv'): Promise<ExportFile> {
  const base = debtorFileBaseName(b);
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(debtorCsv(b), 'utf8').toString('base64') };
  return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME_TYPE, base64: (await debtorXlsx(b)).toString('base64') };
}
