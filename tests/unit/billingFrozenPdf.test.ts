// #11 Issued means frozen, on paper: the statements are printed by the real printer (Debian's Chromium
// over the web bridge, serving the built renderer in dist/), every register field a statement shows is
// then edited, and the reprinted PDFs read back with pdftotext are identical.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { startBridge, type Bridge } from '../../electron/backend/httpBridge';
import { setSetting } from '../../electron/backend/settings';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput, finishedPdfJob, municipalityIds } from '../helpers/billingData';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

let b: TestBackend;
let bridge: Bridge;
beforeEach(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('Byg først (npm run build): testen udskriver den byggede side i dist/.');
  b = makeBackend();
  bridge = await startBridge({ registry: b.registry, staticDir: DIST });
  b.ctx.pdfPrinter = chromiumPrinter(bridge.url, () => bridge.printerCookie());
  await b.registry.call('setup.startEmpty', { corpsName: 'Fælles Fynsk Mentorkorps' });
  await b.registry.call('municipalities.addFunen');
});
afterEach(async () => {
  await bridge.close();
  b.cleanup();
});

/** Every statement of the version, as the text pdftotext reads, by file name. */
async function printed(id: number): Promise<Record<string, string>> {
  const start = await b.registry.call('billing.exportPdfs', { id, kind: 'opkraevning' });
  if (start.cancelled) throw new Error('annulleret');
  const job = await finishedPdfJob(b.registry, start.job.jobId);
  expect(job.state, job.error ?? '').toBe('done');
  const file = await b.registry.call('billing.pdfJobFile', { jobId: job.jobId });
  const entries = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' })]));
}

/** Edits every field of every municipality; `newCode` gives each its code. */
async function editAll(tag: string, newCode: (name: string, code: number) => number) {
  for (const m of await b.registry.call('municipalities.list')) {
    await b.registry.call('municipalities.update', {
      id: m.id,
      data: {
        name: `${m.name}${tag}`,
        code: newCode(m.name, m.code),
        ean: tag ? null : '5798000004610',
        address: `Rådhuspladsen ${tag || 1}, ${m.name}`,
        contactPerson: `Kontakt ${tag}`,
        contactEmail: 'kontakt@example.dk',
        participatingFrom: '2020-01-01',
        participatingTo: null,
        financeReference: `BRUGER${tag || '-A'}`,
        orderNumber: `ORDRE${tag || '-1'}`,
        accountString: `KONTO${tag || '-1'}`,
        paymentTermsDays: tag ? 10 : 20,
      },
    });
  }
}

describe('a reprinted statement', () => {
  it('is the same text after every register field it shows was edited', { timeout: 120_000 }, async () => {
    await editAll('', (_, code) => code);
    const m = await municipalityIds(b.registry);
    const input = await billingYearInput(b.registry, {
      // Nyborg and Ærø tie: the odd øre goes by municipality code.
      participants: [
        { municipalityId: m.Nyborg, students: 10, countDate: '2026-09-05', source: 'SOSU Fyn' },
        { municipalityId: m.Ærø, students: 10, countDate: '2026-09-05', source: 'SOSU Fyn' },
        { municipalityId: m.Odense, students: 40, countDate: '2026-09-05', source: 'SOSU Fyn' },
      ],
      costLines: [{ kind: 'loen', description: 'Mentorer', amountOere: 100_000_01 }],
      statementText: 'Tekst på opkrævningen.',
    });
    const v = await b.registry.call('billing.issue', { id: (await b.registry.call('billing.create', input)).id });
    const before = await printed(v.id);
    expect(Object.keys(before).sort()).toEqual(['Opkraevning-2027-v1-450-Nyborg.pdf', 'Opkraevning-2027-v1-461-Odense.pdf', 'Opkraevning-2027-v1-492-Aeroe.pdf']);
    const aeroe = before['Opkraevning-2027-v1-492-Aeroe.pdf'];
    for (const shown of ['Ærø Kommune', 'Kommunekode 492', 'EAN-nummer 5798000004610', 'Rådhuspladsen 1, Ærø', 'BRUGER-A', 'ORDRE-1', 'KONTO-1', 'Betalingsfrist 20 dage', 'Fælles Fynsk Mentorkorps', 'Fakturanr. 2027-0003']) {
      expect(aeroe).toContain(shown);
    }

    // Every field of every municipality, and the corps' name. Ærø's new code is below Nyborg's: live, the odd øre would move.
    await editAll(' (ny)', (name, code) => (name === 'Ærø' ? 401 : code + 500));
    setSetting(b.ctx.db, 'corps_name', 'Et helt andet korps');
    const after = await printed(v.id);
    expect(after).toEqual(before);
    expect(Object.values(after).join('\n')).not.toMatch(/\(ny\)|BRUGER \(ny\)|Et helt andet korps|Betalingsfrist 10 dage/);
  });
});
