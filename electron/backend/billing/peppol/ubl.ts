// One Peppol BIS Billing 3.0 document (EN 16931, UBL 2.1) for one statement, with the statement PDF
// embedded. An Invoice (380) when the amount to book is positive, a CreditNote (381) when negative
// (Danish rule DK-R-016: a credit note's total is never negative, so its amounts are turned positive).
// Element order follows the UBL 2.1 schemas; empty elements are left out (PEPPOL-EN16931-R008).
import { XMLBuilder } from 'fast-xml-parser';
import { formatDate, formatKroner } from '../../../../shared/format';
import type { BookingLine, BookingStatement, Bookings } from '../bookings';
import { postalParts } from './address';

export const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
const NS = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};
/** EAN/GLN numbers (the Danish public sector's NemHandel addresses) and Danish CVR numbers. */
const SCHEME_GLN = '0088';
const SCHEME_CVR = '0184';
/** Municipal cost sharing is outside the scope of VAT: category O, no rate, tax 0 (BR-O-*). */
const NOT_SUBJECT_TO_VAT = { code: 'VATEX-EU-O', reason: 'Ikke omfattet af moms (kommunal udgiftsdeling)' };

export interface PeppolInput {
  bookings: Bookings;
  statement: BookingStatement;
  /** The previous version's statement number for this municipality (version 2 and later). */
  precedingNumber: string | null;
  pdf: Buffer;
  pdfFileName: string;
}

/** Øre as an EN 16931 amount: "-1234.50" (two decimals, BR-DEC-*), by integer arithmetic. */
export function amount(oere: number): string {
  const abs = Math.abs(oere);
  return `${oere < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

type Node = Record<string, unknown>;
const dkk = (oere: number) => ({ '#text': amount(oere), '@_currencyID': 'DKK' });

/** Drops null, undefined and empty strings (and the objects and lists they leave empty). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, compact(v)] as const).filter(([, v]) => v !== undefined);
    return entries.some(([k]) => !k.startsWith('@_')) ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

function party(p: { ean: string; name: string; address: string | null; cvr?: string; contact?: Node }): Node {
  const a = postalParts(p.address);
  return {
    'cbc:EndpointID': { '#text': p.ean, '@_schemeID': SCHEME_GLN },
    'cac:PartyName': { 'cbc:Name': p.name },
    'cac:PostalAddress': { 'cbc:StreetName': a.street, 'cbc:CityName': a.city, 'cbc:PostalZone': a.postalZone, 'cac:Country': { 'cbc:IdentificationCode': 'DK' } },
    'cac:PartyLegalEntity': { 'cbc:RegistrationName': p.name, 'cbc:CompanyID': p.cvr ? { '#text': `DK${p.cvr}`, '@_schemeID': SCHEME_CVR } : null },
    'cac:Contact': p.contact,
  };
}

const oreTotal = (lines: readonly BookingLine[]) => lines.reduce((a, l) => a + l.amountOere, 0);

export function paymentTermsNote(b: Bookings, s: BookingStatement): string {
  const lines = s.lines.map((l) => `${l.instalment ? `Rate ${l.instalment} af ${l.instalmentCount}` : 'Efterregulering'}: ${formatKroner(l.amountOere)} forfalder ${formatDate(l.dueDate)}`);
  const days = s.reference.paymentTermsDays ?? b.version.paymentTermsDays;
  return `${lines.join('; ')}. Betalingsfrist ${days} dage. Fakturanummer ${s.statementNumber ?? ''} angives ved betaling.`;
}

/** The UBL document as XML text. */
export function peppolXml(input: PeppolInput): string {
  const { bookings: b, statement: s } = input;
  const v = b.version;
  const total = oreTotal(s.lines);
  const credit = total < 0;
  const sign = credit ? -1 : 1;
  const root = credit ? 'CreditNote' : 'Invoice';
  const firstDue = s.lines.map((l) => l.dueDate).sort()[0];
  const what = b.kind === 'efterregulering' ? 'Efterregulering' : 'Opkrævning';
  const lineTag = credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityTag = credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  const lines = s.lines.map((l, i) => {
    const booked = sign * l.amountOere;
    return {
      'cbc:ID': String(i + 1),
      'cbc:Note': `Forfalder ${formatDate(l.dueDate)}`,
      // The price is never negative (BR-27): a line that reduces the total has quantity −1.
      [quantityTag]: { '#text': booked < 0 ? '-1' : '1', '@_unitCode': 'C62' },
      'cbc:LineExtensionAmount': dkk(booked),
      'cac:Item': {
        'cbc:Name': l.text,
        'cac:ClassifiedTaxCategory': { 'cbc:ID': 'O', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
      },
      'cac:Price': { 'cbc:PriceAmount': dkk(Math.abs(booked)) },
    };
  });
  const bankTransfer = {
    'cbc:PaymentMeansCode': { '#text': '42', '@_name': 'Betaling til bankkonto' },
    'cbc:PaymentID': s.statementNumber,
    'cac:PayeeFinancialAccount': { 'cbc:ID': v.payeeAccount, 'cbc:Name': v.payeeName, 'cac:FinancialInstitutionBranch': { 'cbc:ID': v.payeeRegNo } },
  };
  // A credit note is paid back by the payee: the means are the payee's to choose, only the date is given.
  const refund = { 'cbc:PaymentMeansCode': { '#text': '1', '@_name': 'Tilbagebetaling' }, 'cbc:PaymentDueDate': firstDue, 'cbc:PaymentID': s.statementNumber };
  const document: Node = {
    '@_xmlns': NS[root],
    '@_xmlns:cac': NS.cac,
    '@_xmlns:cbc': NS.cbc,
    'cbc:CustomizationID': CUSTOMIZATION_ID,
    'cbc:ProfileID': PROFILE_ID,
    'cbc:ID': s.statementNumber,
    'cbc:IssueDate': b.issueDate,
    ...(credit ? { 'cbc:CreditNoteTypeCode': '381' } : { 'cbc:DueDate': firstDue, 'cbc:InvoiceTypeCode': '380' }),
    'cbc:Note': `${v.corpsName}: ${what.toLowerCase()} ${v.year}, version ${v.version}${v.reason ? ` (${v.reason})` : ''}.`,
    'cbc:DocumentCurrencyCode': 'DKK',
    'cbc:AccountingCost': s.reference.accountString,
    // PEPPOL-EN16931-R003: a buyer reference or an order reference; the statement number when the municipality gave neither.
    'cbc:BuyerReference': s.reference.financeReference ?? (s.reference.orderNumber ? null : s.statementNumber),
    'cac:InvoicePeriod': { 'cbc:StartDate': b.periodStart, 'cbc:EndDate': b.periodEnd },
    'cac:OrderReference': s.reference.orderNumber ? { 'cbc:ID': s.reference.orderNumber } : null,
    'cac:BillingReference': input.precedingNumber ? { 'cac:InvoiceDocumentReference': { 'cbc:ID': input.precedingNumber } } : null,
    'cac:AdditionalDocumentReference': {
      'cbc:ID': s.statementNumber,
      'cbc:DocumentDescription': `${what} ${s.statementNumber} (PDF)`,
      'cac:Attachment': {
        'cbc:EmbeddedDocumentBinaryObject': { '#text': input.pdf.toString('base64'), '@_mimeCode': 'application/pdf', '@_filename': input.pdfFileName },
      },
    },
    'cac:AccountingSupplierParty': {
      'cac:Party': party({
        ean: v.payeeEan,
        name: v.payeeName,
        address: v.payeeAddress,
        cvr: v.payeeCvr ?? undefined,
        contact: { 'cbc:Name': v.contactName, 'cbc:Telephone': v.contactPhone, 'cbc:ElectronicMail': v.contactEmail },
      }),
    },
    'cac:AccountingCustomerParty': { 'cac:Party': party({ ean: s.ean ?? '', name: s.name, address: s.address }) },
    'cac:PaymentMeans': credit ? refund : bankTransfer,
    'cac:PaymentTerms': { 'cbc:Note': paymentTermsNote(b, s) },
    'cac:TaxTotal': {
      'cbc:TaxAmount': dkk(0),
      'cac:TaxSubtotal': {
        'cbc:TaxableAmount': dkk(sign * total),
        'cbc:TaxAmount': dkk(0),
        'cac:TaxCategory': {
          'cbc:ID': 'O',
          'cbc:TaxExemptionReasonCode': NOT_SUBJECT_TO_VAT.code,
          'cbc:TaxExemptionReason': NOT_SUBJECT_TO_VAT.reason,
          'cac:TaxScheme': { 'cbc:ID': 'VAT' },
        },
      },
    },
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': dkk(sign * total),
      'cbc:TaxExclusiveAmount': dkk(sign * total),
      'cbc:TaxInclusiveAmount': dkk(sign * total),
      'cbc:PayableAmount': dkk(sign * total),
    },
    [lineTag]: lines,
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: compact(document) })}`;
}
