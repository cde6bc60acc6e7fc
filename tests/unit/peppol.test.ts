// Peppol BIS Billing 3.0 (EN 16931, UBL 2.1) per statement, parsed back and checked against the rules
// of the published specification that apply to these documents:
//   PEPPOL-EN16931-R001/R004/R007 (profile and customization), R003 (buyer or order reference), R008 (no
//   empty elements), R010/R020 (endpoints), R051 (one currency), R120 (line = quantity × price), R002 (one note);
//   BR-27 (price not negative), BR-CO-10/13/15/16 (totals), BR-CO-25 (due date when payable), BR-O-* (VAT
//   category O: one breakdown, no rate, tax 0, exemption reason, no VAT identifiers);
//   DK-R-002/014 + PEPPOL-COMMON-R042 (seller CVR, scheme 0184, "DK" + 8 digits), DK-R-005/006 (payment
//   means and bank account), DK-R-016 (credit note total not negative); scheme 0088 for EAN (GLN).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfExportStart, PdfJobStatus, StatementKind } from '../../shared/billing/types';
import { parseRoute } from '../../shared/routes';
import { statementNumbersOf } from '../../electron/backend/billing/numbers';
import type { PdfPrinter } from '../../electron/backend/pdf/printer';
import { expectRefused, makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { billingYearInput, finishedPdfJob, minimalPdf } from '../helpers/billingData';
import { financeYear, issue, issuedSettlement } from '../helpers/financeData';

const CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
const PROFILE = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
const DK_PAYMENT_MEANS = ['1', '10', '31', '42', '48', '49', '50', '58', '59', '93', '97'];

let b: TestBackend;
beforeEach(() => {
  b = makeBackend();
});
afterEach(() => b.cleanup());

/** Prints each statement as a small PDF showing its statement number, as the real statement does. */
function numberPrinter(kind: StatementKind): PdfPrinter {
  return {
    async open() {
      return {
        async render(route: string) {
          const r = parseRoute(route);
          if (r.name !== 'statement') throw new Error(`ikke en opkrævning: ${route}`);
          return minimalPdf(`Fakturanummer ${statementNumbersOf(b.ctx.db, r.versionId, kind).get(r.municipalityId)}`);
        },
        async close() {},
      };
    },
  };
}

async function runJob(input: { id: number; kind: StatementKind; municipalityIds?: number[] }): Promise<{ job: PdfJobStatus; files: Record<string, string> }> {
  b.ctx.pdfPrinter = numberPrinter(input.kind);
  const start: PdfExportStart = await b.registry.call('billing.exportPeppol', input);
  if (start.cancelled) throw new Error('annulleret');
  const job = await finishedPdfJob(b.registry, start.job.jobId);
  expect(job.error).toBeNull();
  const file = await b.registry.call('billing.pdfJobFile', { jobId: job.jobId });
  const bytes = Buffer.from(file.base64, 'base64');
  if (file.mimeType !== 'application/zip') return { job, files: { [file.fileName]: bytes.toString('utf8') } };
  const entries = unzipSync(new Uint8Array(bytes));
  return { job, files: Object.fromEntries(Object.entries(entries).map(([n, d]) => [n, Buffer.from(d).toString('utf8')])) };
}

type X = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['cac:InvoiceLine', 'cac:CreditNoteLine', 'cbc:Note'].includes(name) });
const text = (n: X | string | undefined): string | undefined => (typeof n === 'object' ? n['#text'] : n);
const oere = (n: X): number => {
  expect(n['@_currencyID'], 'PEPPOL-EN16931-R051').toBe('DKK');
  expect(n['#text'], 'BR-DEC: two decimals').toMatch(/^-?\d+\.\d{2}$/);
  return Math.round(Number(n['#text']) * 100);
};

/** Checks every rule above on one document and returns its root and total in øre. */
function checkDocument(xml: string): { root: X; credit: boolean; totalOere: number } {
  expect(xml, 'PEPPOL-EN16931-R008: no empty elements').not.toMatch(/<[\w:]+(\s[^>]*)?\/>|<([\w:]+)(\s[^>]*)?>\s*<\/\2>/);
  const parsed = parser.parse(xml) as X;
  const credit = 'CreditNote' in parsed;
  const root: X = credit ? parsed.CreditNote : parsed.Invoice;
  expect(root['@_xmlns']).toBe(`urn:oasis:names:specification:ubl:schema:xsd:${credit ? 'CreditNote' : 'Invoice'}-2`);
  expect(root['cbc:CustomizationID']).toBe(CUSTOMIZATION);
  expect(root['cbc:ProfileID']).toBe(PROFILE);
  expect(root['cbc:ID']).toMatch(/^\d{4}-\d{4}$/);
  expect(root['cbc:IssueDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(root[credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode']).toBe(credit ? '381' : '380');
  expect(root['cbc:DocumentCurrencyCode']).toBe('DKK');
  expect((root['cbc:Note'] ?? []).length, 'PEPPOL-EN16931-R002').toBeLessThanOrEqual(1);
  expect(root['cbc:BuyerReference'] ?? root['cac:OrderReference']?.['cbc:ID'], 'PEPPOL-EN16931-R003').toBeTruthy();
  // Parties: EAN endpoints (0088), the seller's CVR (0184, DK + 8 digits), Danish addresses, no VAT identifiers (BR-O-02).
  const seller = root['cac:AccountingSupplierParty']['cac:Party'];
  const buyer = root['cac:AccountingCustomerParty']['cac:Party'];
  for (const p of [seller, buyer]) {
    expect(p['cbc:EndpointID']['@_schemeID']).toBe('0088');
    expect(text(p['cbc:EndpointID'])).toMatch(/^\d{13}$/);
    expect(p['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode']).toBe('DK');
    expect(p['cac:PartyTaxScheme']).toBeUndefined();
    expect(p['cac:PartyLegalEntity']['cbc:RegistrationName']).toBeTruthy();
  }
  expect(seller['cac:PartyLegalEntity']['cbc:CompanyID']['@_schemeID']).toBe('0184');
  expect(text(seller['cac:PartyLegalEntity']['cbc:CompanyID'])).toMatch(/^DK\d{8}$/);
  // VAT: category O, one breakdown, no rate, tax 0, the exemption reason.
  const tax = root['cac:TaxTotal'];
  expect(Array.isArray(tax)).toBe(false);
  expect(oere(tax['cbc:TaxAmount'])).toBe(0);
  const sub = tax['cac:TaxSubtotal'];
  expect(Array.isArray(sub)).toBe(false);
  expect(oere(sub['cbc:TaxAmount'])).toBe(0);
  expect(sub['cac:TaxCategory']['cbc:ID']).toBe('O');
  expect(sub['cac:TaxCategory']['cbc:Percent']).toBeUndefined();
  expect(sub['cac:TaxCategory']['cbc:TaxExemptionReasonCode']).toBe('VATEX-EU-O');
  expect(sub['cac:TaxCategory']['cac:TaxScheme']['cbc:ID']).toBe('VAT');
  // Lines: quantity × price = amount, price never negative, category O without rate.
  const lines: X[] = root[credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine'];
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) {
    const q = l[credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'];
    expect(q['@_unitCode']).toBeTruthy();
    const price = oere(l['cac:Price']['cbc:PriceAmount']);
    expect(price, 'BR-27').toBeGreaterThanOrEqual(0);
    expect(oere(l['cbc:LineExtensionAmount']), 'PEPPOL-EN16931-R120').toBe(Number(text(q)) * price);
    expect(l['cac:Item']['cbc:Name']).toBeTruthy();
    expect(l['cac:Item']['cac:ClassifiedTaxCategory']['cbc:ID']).toBe('O');
    expect(l['cac:Item']['cac:ClassifiedTaxCategory']['cbc:Percent']).toBeUndefined();
  }
  // Totals to the øre.
  const lineSum = lines.reduce((a, l) => a + oere(l['cbc:LineExtensionAmount']), 0);
  const t = root['cac:LegalMonetaryTotal'];
  expect(oere(t['cbc:LineExtensionAmount']), 'BR-CO-10').toBe(lineSum);
  expect(oere(t['cbc:TaxExclusiveAmount']), 'BR-CO-13').toBe(lineSum);
  expect(oere(sub['cbc:TaxableAmount'])).toBe(lineSum);
  expect(oere(t['cbc:TaxInclusiveAmount']), 'BR-CO-15').toBe(lineSum + 0);
  const prepaid = t['cbc:PrepaidAmount'] ? oere(t['cbc:PrepaidAmount']) : 0;
  const rounding = t['cbc:PayableRoundingAmount'] ? oere(t['cbc:PayableRoundingAmount']) : 0;
  const payable = oere(t['cbc:PayableAmount']);
  expect(payable, 'BR-CO-16').toBe(lineSum - prepaid + rounding);
  expect(payable, 'DK-R-016 and no 0 kr. documents').toBeGreaterThan(0);
  // Due date (BR-CO-25): on the invoice itself, in a credit note's payment means.
  const due = credit ? root['cac:PaymentMeans']['cbc:PaymentDueDate'] : root['cbc:DueDate'];
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(root['cac:PaymentTerms']['cbc:Note'][0]).toBeTruthy();
  const means = root['cac:PaymentMeans'];
  expect(DK_PAYMENT_MEANS, 'DK-R-005').toContain(text(means['cbc:PaymentMeansCode']));
  if (['31', '42'].includes(text(means['cbc:PaymentMeansCode'])!)) {
    expect(means['cac:PayeeFinancialAccount']['cbc:ID'], 'DK-R-006').toBeTruthy();
    expect(means['cac:PayeeFinancialAccount']['cac:FinancialInstitutionBranch']['cbc:ID'], 'DK-R-006').toBeTruthy();
  }
  return { root, credit, totalOere: (credit ? -1 : 1) * payable };
}

/** The embedded statement: a PDF that pdftotext reads, showing the statement number. */
function embeddedPdfText(root: X): string {
  const ref = root['cac:AdditionalDocumentReference'];
  const binary = ref['cac:Attachment']['cbc:EmbeddedDocumentBinaryObject'];
  expect(binary['@_mimeCode']).toBe('application/pdf');
  expect(binary['@_filename']).toMatch(/\.pdf$/);
  const pdf = Buffer.from(text(binary)!, 'base64');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const file = path.join(b.dir, 'vedhaeftet.pdf');
  fs.writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('billing.exportPeppol', () => {
  it('makes one valid invoice per statement with an EAN and an amount, the PDF embedded, and says what it left out', async () => {
    const { versionId, ids } = await financeYear(b);
    const v = await b.registry.call('billing.get', { id: versionId });
    const numbers = statementNumbersOf(b.ctx.db, versionId, 'opkraevning');
    const { job, files } = await runJob({ id: versionId, kind: 'opkraevning' });
    expect(Object.keys(files).sort()).toEqual([
      'Peppol-Opkraevning-2027-v1-410-2-3.xml',
      'Peppol-Opkraevning-2027-v1-461-Odense.xml',
      'Peppol-Opkraevning-2027-v1-492-1-1.xml',
    ]);
    expect(job.notes.join(' ')).toMatch(/Nyborg har intet EAN-nummer/);
    expect(job.notes.join(' ')).toMatch(/Langeland: intet at bogføre \(0,00 kr\.\)/);
    for (const xml of Object.values(files)) {
      const { root, credit, totalOere } = checkDocument(xml);
      expect(credit).toBe(false);
      const k = v.key.find((x) => x.ean === text(root['cac:AccountingCustomerParty']['cac:Party']['cbc:EndpointID']))!;
      expect(root['cbc:ID']).toBe(numbers.get(k.municipalityId));
      expect(totalOere).toBe(k.amountOere);
      expect(root['cbc:IssueDate']).toBe(TEST_TODAY);
      expect(root['cbc:DueDate']).toBe('2027-01-01');
      expect(root['cac:PaymentTerms']['cbc:Note'][0]).toMatch(/Rate 4 af 4: .* forfalder 01\.10\.2027/);
      expect(embeddedPdfText(root)).toContain(`Fakturanummer ${root['cbc:ID']}`);
    }
    const odense = parser.parse(files['Peppol-Opkraevning-2027-v1-461-Odense.xml']).Invoice as X;
    expect(odense['cbc:BuyerReference']).toBe('BUR-4711');
    expect(odense['cac:OrderReference']['cbc:ID']).toBe('PO-2027-17');
    expect(odense['cbc:AccountingCost']).toBe('4.22.05.1-1');
    expect(odense['cac:AccountingCustomerParty']['cac:Party']['cac:PostalAddress']).toMatchObject({ 'cbc:StreetName': 'Flakhaven 2', 'cbc:PostalZone': '5000', 'cbc:CityName': 'Odense C' });
    // No reference at all: the statement number stands in as the buyer reference.
    const middelfart = parser.parse(files['Peppol-Opkraevning-2027-v1-410-2-3.xml']).Invoice as X;
    expect(middelfart['cbc:BuyerReference']).toBe(numbers.get(ids.Middelfart));
    expect(middelfart['cac:AccountingCustomerParty']['cac:Party']['cac:PartyName']['cbc:Name']).toBe('-2+3');
    const aeroe = parser.parse(files['Peppol-Opkraevning-2027-v1-492-1-1.xml']).Invoice as X;
    expect(aeroe['cac:AccountingCustomerParty']['cac:Party']['cac:PartyName']['cbc:Name']).toBe('=1+1');
    expect(aeroe['cbc:BuyerReference']).toBe('@SUM(A1)');
  });

  it('a version-2 reduction is a credit note with positive amounts that refers to the version-1 statement', async () => {
    const { versionId, ids } = await financeYear(b);
    const v1 = await b.registry.call('billing.get', { id: versionId });
    const draft = await b.registry.call('billing.newVersion', { id: versionId, reason: 'Odense talte forkert' });
    const input = await billingYearInput(b.registry, {
      participants: v1.participants.map((p) => ({ municipalityId: p.municipalityId, students: p.municipalityId === ids.Odense ? 400 : p.students, countDate: p.countDate, source: p.source })),
    });
    await b.registry.call('billing.update', { id: draft.id, data: input });
    await issue(b, draft.id);
    const v2 = await b.registry.call('billing.get', { id: draft.id });
    const { files } = await runJob({ id: v2.id, kind: 'opkraevning', municipalityIds: [ids.Odense, ids.Ærø] });
    const odense = checkDocument(files['Peppol-Opkraevning-2027-v2-461-Odense.xml']);
    const aeroe = checkDocument(files['Peppol-Opkraevning-2027-v2-492-1-1.xml']);
    const change = (id: number) => v2.key.find((k) => k.municipalityId === id)!.amountOere - v1.key.find((k) => k.municipalityId === id)!.amountOere;
    expect(odense.credit).toBe(true);
    expect(odense.totalOere).toBe(change(ids.Odense));
    expect(odense.root['cac:BillingReference']['cac:InvoiceDocumentReference']['cbc:ID']).toBe(statementNumbersOf(b.ctx.db, versionId, 'opkraevning').get(ids.Odense));
    expect(odense.root['cbc:DueDate']).toBeUndefined();
    expect(aeroe.credit).toBe(false);
    expect(aeroe.totalOere).toBe(change(ids.Ærø));
  });

  it('an efterregulering that pays back is a credit note due on the settlement date', async () => {
    b.cleanup();
    b = makeBackend('2028-01-15');
    const { versionId } = await financeYear(b);
    // Everyone paid in full a conto; the actual cost is below the budget.
    for (const k of (await b.registry.call('billing.get', { id: versionId })).key) {
      if (k.amountOere > 0) await b.registry.call('billing.addPayment', { year: 2027, municipalityId: k.municipalityId, paidOn: '2027-10-15', amountOere: k.amountOere });
    }
    await issuedSettlement(b, versionId, 140_000_000, '2028-03-01');
    const v = await b.registry.call('billing.get', { id: versionId });
    const { files } = await runJob({ id: versionId, kind: 'efterregulering' });
    for (const [name, xml] of Object.entries(files)) {
      const { root, credit, totalOere } = checkDocument(xml);
      const row = v.settlement!.rows.find((r) => name.includes(`-${r.code}-`))!;
      expect(totalOere).toBe(row.differenceOere);
      expect(credit).toBe(row.differenceOere < 0);
      expect(credit ? root['cac:PaymentMeans']['cbc:PaymentDueDate'] : root['cbc:DueDate']).toBe('2028-03-01');
      expect(embeddedPdfText(root)).toContain(`Fakturanummer ${root['cbc:ID']}`);
    }
    // The actual cost is below the budget: everyone with an EAN gets money back.
    expect(Object.keys(files).sort()).toEqual(['Peppol-Efterregulering-2027-v1-410-2-3.xml', 'Peppol-Efterregulering-2027-v1-461-Odense.xml', 'Peppol-Efterregulering-2027-v1-492-1-1.xml']);
    expect(Object.values(files).every((xml) => xml.includes('<CreditNote '))).toBe(true);
  });

  it('refuses a draft, a version without payee CVR, and a choice with nothing to send, in Danish, writing nothing', async () => {
    await b.registry.call('municipalities.addFunen');
    const draft = await b.registry.call('billing.create', await billingYearInput(b.registry));
    b.ctx.pdfPrinter = numberPrinter('opkraevning');
    expect((await expectRefused(b, 'billing.exportPeppol', { id: draft.id, kind: 'opkraevning' }, 'id')).fields.id).toMatch(/kladde/);
    // A version issued before the payee's CVR was registered (frozen as it was).
    b.ctx.db.prepare('UPDATE billing_versions SET payee_cvr = NULL WHERE id = ?').run(draft.id);
    await issue(b, draft.id);
    expect((await expectRefused(b, 'billing.exportPeppol', { id: draft.id, kind: 'opkraevning' }, 'id')).fields.id).toMatch(/CVR-nummer/);
    // No municipality in billingYearInput has an EAN: nothing to send.
    const later = await b.registry.call('billing.create', await billingYearInput(b.registry, { year: 2028, instalmentDueDates: ['2028-01-01', '2028-04-01', '2028-07-01', '2028-10-01'] }));
    await issue(b, later.id);
    expect((await expectRefused(b, 'billing.exportPeppol', { id: later.id, kind: 'opkraevning' }, 'id')).fields.id).toMatch(/intet EAN-nummer/);
    await expectRefused(b, 'billing.exportPeppol', { id: draft.id, kind: 'efterregulering' }, 'id');
  });

  it('refuses a chosen municipality that gets no document, naming the choice', async () => {
    const { versionId, ids } = await financeYear(b);
    b.ctx.pdfPrinter = numberPrinter('opkraevning');
    const err = await expectRefused(b, 'billing.exportPeppol', { id: versionId, kind: 'opkraevning', municipalityIds: [ids.Nyborg] }, 'municipalityIds');
    expect(err.fields.municipalityIds).toMatch(/Nyborg har intet EAN-nummer/);
    await expectRefused(b, 'billing.exportPeppol', { id: versionId, kind: 'opkraevning', municipalityIds: [9999] }, 'municipalityIds');
  });
});
