// The Peppol job as web mode runs it: the built app behind the real bridge, the real statement page printed
// by Chromium, and that PDF embedded in the invoice. Needs `npm run build` (dist/) and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatKroner } from '../../shared/format';
import { startBridge, type Bridge } from '../../electron/backend/httpBridge';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { finishedPdfJob } from '../helpers/billingData';
import { financeYear } from '../helpers/financeData';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = path.resolve(__dirname, '..', '..', 'dist');

let b: TestBackend;
let bridge: Bridge;
beforeEach(async () => {
  b = makeBackend();
  bridge = await startBridge({ registry: b.registry, staticDir: DIST });
  b.ctx.pdfPrinter = chromiumPrinter(bridge.url, () => bridge.printerCookie(), CHROMIUM);
});
afterEach(async () => {
  await bridge.close();
  b.cleanup();
});

describe.skipIf(!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(DIST, 'index.html')))('Peppol through the web-mode printer', () => {
  it('embeds the printed statement in the invoice, one download for one municipality', { timeout: 90_000 }, async () => {
    // Past the welcome screen, as the coordinator is, so the print route draws.
    await b.registry.call('setup.startEmpty', { corpsName: 'Fælles Fynsk Mentorkorps' });
    const { versionId, ids } = await financeYear(b);
    const v = await b.registry.call('billing.get', { id: versionId });
    const odense = v.key.find((k) => k.municipalityId === ids.Odense)!;
    const start = await b.registry.call('billing.exportPeppol', { id: versionId, kind: 'opkraevning', municipalityIds: [ids.Odense] });
    if (start.cancelled) throw new Error('annulleret');
    const job = await finishedPdfJob(b.registry, start.job.jobId);
    expect(job.error).toBeNull();
    const file = await b.registry.call('billing.pdfJobFile', { jobId: job.jobId });
    expect(file).toMatchObject({ fileName: 'Peppol-Opkraevning-2027-v1-461-Odense.xml', mimeType: 'application/xml' });
    const invoice = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(Buffer.from(file.base64, 'base64').toString('utf8')).Invoice;
    const pdf = Buffer.from(invoice['cac:AdditionalDocumentReference']['cac:Attachment']['cbc:EmbeddedDocumentBinaryObject']['#text'], 'base64');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('Odense Kommune');
    expect(text).toContain(formatKroner(odense.amountOere));
    expect(invoice['cac:LegalMonetaryTotal']['cbc:PayableAmount']['#text']).toBe((odense.amountOere / 100).toFixed(2));
  });
});
