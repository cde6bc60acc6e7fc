// Files for the finance system: the debtor file and Peppol BIS Billing 3.0 invoices.
// The app sends nothing itself: the finance system or an access point sends the Peppol files over NemHandel.
import type { billingMethods } from '../../../shared/api/billing';
import type { StatementKind } from '../../../shared/billing/types';
import { ApiError, fieldError } from '../../../shared/errors';
import { formatKroner } from '../../../shared/format';
import { buildRoute } from '../../../shared/routes';
import { bookingsOf, type BookingStatement, type Bookings } from '../billing/bookings';
import { debtorFile } from '../billing/debtorFile';
import { statementNumbersOf } from '../billing/numbers';
import { peppolXml } from '../billing/peppol/ubl';
import { assertWritableFolder, fileNamePart, startPdfBatch, type BatchDocument, type BatchTarget } from '../pdf/batch';
import type { HandlerMap } from '../registry';

type FileHandlers = Pick<HandlerMap, Extract<keyof typeof billingMethods, 'billing.debtorFile' | 'billing.exportPeppol'>>;

const KIND_FILE: Record<StatementKind, string> = { opkraevning: 'Opkraevning', efterregulering: 'Efterregulering' };
const KIND_TEXT: Record<StatementKind, string> = { opkraevning: 'opkrævningerne', efterregulering: 'efterreguleringerne' };

/** "Opkraevning-2027-v1-461-Odense": as the statement PDFs are named (handlers/billing.ts; no handler imports another). */
const baseName = (b: Bookings, s: BookingStatement) => `${KIND_FILE[b.kind]}-${b.version.year}-v${b.version.version}-${s.code}-${fileNamePart(s.name)}`;
const peppolFileName = (b: Bookings, s: BookingStatement) => `Peppol-${baseName(b, s)}.xml`;

/** Why a statement gets no Peppol document, or null when it gets one. */
function leftOut(s: BookingStatement): string | null {
  if (!s.inKey) return `${s.name} er ikke med i denne version; krediteringen af ${formatKroner(-s.totalOere)} står i debitorfilen.`;
  if (s.totalOere === 0) return `${s.name}: intet at bogføre (0,00 kr.), så ingen faktura.`;
  if (!s.ean) return `${s.name} har intet EAN-nummer og kan ikke modtage en Peppol-faktura. Send opkrævningen som PDF, eller tilføj EAN-nummeret i en ny version.`;
  if (!s.statementNumber) return `${s.name}: opkrævningen har intet fakturanummer (udstedt før numrene), så ingen Peppol-faktura.`;
  return null;
}

export const billingFileHandlers: FileHandlers = {
  'billing.debtorFile': ({ id, kind, format }, ctx) => debtorFile(bookingsOf(ctx, id, kind), format),

  'billing.exportPeppol': async ({ id, kind, municipalityIds }, ctx) => {
    const b = bookingsOf(ctx, id, kind);
    const v = b.version;
    if (!v.payeeCvr) {
      throw fieldError('id', `Version ${v.version} af ${v.year} har intet CVR-nummer for betalingsmodtageren, og en Peppol-faktura skal have det. Opret en ny version med CVR-nummeret.`);
    }
    const chosen = municipalityIds ? b.statements.filter((s) => s.inKey && municipalityIds.includes(s.municipalityId)) : b.statements;
    if (municipalityIds && chosen.length !== new Set(municipalityIds).size) {
      throw fieldError('municipalityIds', `En valgt kommune er ikke med i fordelingsnøglen for ${v.year}.`);
    }
    const notes = chosen.map(leftOut).filter((n): n is string => n !== null);
    const made = chosen.filter((s) => leftOut(s) === null);
    if (!made.length) throw fieldError(municipalityIds ? 'municipalityIds' : 'id', `Ingen Peppol-fakturaer at lave: ${notes.join(' ')}`);
    const printer = ctx.pdfPrinter;
    if (!printer) throw new ApiError('INTERNAL', 'PDF-udskrivning er ikke tilgængelig i denne udgave af programmet.');
    const preceding = b.previous ? statementNumbersOf(ctx.db, b.previous.id, 'opkraevning') : new Map<number, string>();
    const docs: BatchDocument[] = made.map((s) => {
      const pdfFileName = `${baseName(b, s)}.pdf`;
      const precedingNumber = b.previous?.key.find((k) => k.municipalityId === s.municipalityId)?.statementNumber ?? preceding.get(s.municipalityId) ?? null;
      return {
        label: s.name,
        route: buildRoute({ name: 'statement', kind, versionId: v.id, municipalityId: s.municipalityId }),
        fileName: peppolFileName(b, s),
        mimeType: 'application/xml',
        finish: (pdf) => Buffer.from(peppolXml({ bookings: b, statement: s, precedingNumber, pdf, pdfFileName }), 'utf8'),
      };
    });
    let target: BatchTarget;
    if (ctx.chooseFolder) {
      const folder = await ctx.chooseFolder(`Vælg mappe til Peppol-fakturaer for ${KIND_TEXT[kind]} ${v.year}`);
      if (folder === null) return { cancelled: true };
      target = { folder: await assertWritableFolder(folder) };
    } else {
      const single = docs.length === 1;
      target = { download: { fileName: single ? docs[0].fileName : `Peppol-${KIND_FILE[kind]}er-${v.year}-v${v.version}.zip`, zip: !single } };
    }
    return { cancelled: false, job: startPdfBatch(printer, docs, target, notes) };
  },
};
