// The archive sheets of the finance work: payments received, statement numbers, the statements as issued
// (their frozen JSON, split over rows where it is longer than a cell holds) and, while the municipality import
// lacks them, the municipalities' references for their finance departments.
import type ExcelJS from 'exceljs';
import { formatStatementNumber, type StatementKind } from '../../../shared/billing/types';
import { IMPORT_COLUMNS } from '../../../shared/import/columns';
import { addTable, date, kroner, num, text, type SheetColumn, type SheetValue } from './sheet';
import type { ExportDocument, ExportMunicipality } from './types';

const KIND_LABEL: Record<StatementKind, string> = { opkraevning: 'Opkrævning', efterregulering: 'Efterregulering' };
/** Excel holds at most 32 767 characters in a cell. */
export const DOCUMENT_PART_CHARS = 32_000;

const REFERENCE_COLUMNS: readonly [keyof ExportMunicipality, SheetColumn][] = [
  ['financeReference', text('Kontaktperson/bruger-id', 24)],
  ['orderNumber', text('Ordrenummer', 16)],
  ['accountString', text('Kontostreng', 16)],
  ['paymentTermsDays', num('Betalingsfrist (dage)')],
];

function parts(document: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < document.length; i += DOCUMENT_PART_CHARS) out.push(document.slice(i, i + DOCUMENT_PART_CHARS));
  return out;
}

export function addFinanceSheets(wb: ExcelJS.Workbook, doc: ExportDocument): void {
  const municipality = new Map(doc.municipalities.map((m) => [m.id, m]));
  const muniCells = (id: number): SheetValue[] => [municipality.get(id)?.name, municipality.get(id)?.code];

  // The Kommuner sheet carries these once the municipality import takes them (same keys); until then they are kept here.
  const imported = new Set(IMPORT_COLUMNS.municipalities.map((c) => c.key));
  const missing = REFERENCE_COLUMNS.filter(([key]) => !imported.has(key));
  if (missing.length) {
    addTable(
      wb,
      'Kommuners referencer',
      [num('Kommunekode'), text('Kommune', 24), ...missing.map(([, c]) => c)],
      doc.municipalities.map((m) => [m.code, m.name, ...missing.map(([key]) => m[key] as SheetValue)]),
    );
  }

  const versions = doc.billingVersions;
  addTable(
    wb,
    'Indbetalinger',
    [num('År'), text('Kommune', 24), num('Kommunekode'), num('Rate'), date('Betalt den'), kroner('Beløb (kr.)'), text('Note', 30), date('Registreret'), num('Indbetaling-id')],
    doc.billingPayments.map((p) => [p.year, ...muniCells(p.municipalityId), p.instalment, p.paidOn, p.amountOere, p.note, p.createdOn, p.id]),
  );
  addTable(
    wb,
    'Fakturanumre',
    [text('Nummer'), num('År'), num('Løbenummer'), text('Slags', 16), num('Nøgleår'), num('Version'), text('Kommune', 24), num('Kommunekode')],
    versions.flatMap((v) =>
      v.statementNumbers.map((n) => [formatStatementNumber(n.year, n.sequence), n.year, n.sequence, KIND_LABEL[n.kind], v.year, v.version, ...muniCells(n.municipalityId)]),
    ),
  );
  addTable(
    wb,
    'Udstedte opkrævninger',
    [num('År'), num('Version'), text('Slags', 16), date('Udstedt'), num('Del'), text('Dokument (JSON, som udstedt)', 80)],
    versions.flatMap((v) =>
      v.issued.flatMap((i) => parts(JSON.stringify(i.document)).map((part, n) => [v.year, v.version, KIND_LABEL[i.kind], i.issuedOn, n + 1, part])),
    ),
  );
}
