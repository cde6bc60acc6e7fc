// #13: a statement to one of 98 municipalities carries the whole key and still prints on two A4 pages
// (three before the compact key), with every row, the total and the closing blocks on them; and the
// evaluation's 98-row table runs over pages with its total once, at its end.
// Printed by the real printer (Debian's Chromium over the web bridge, the built renderer in dist/).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/backend/pdf/chromium';
import { startBridge, type Bridge } from '../../electron/backend/httpBridge';
import { demoEan } from '../../electron/backend/demo/roster';
import { NATIONAL_MUNICIPALITIES } from '../../scripts/nationalMunicipalities';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput, finishedPdfJob } from '../helpers/billingData';

const DIST = path.resolve(__dirname, '..', '..', 'dist');

let b: TestBackend;
let bridge: Bridge;
let printer: ReturnType<typeof chromiumPrinter>;
beforeEach(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('Byg først (npm run build): testen udskriver den byggede side i dist/.');
  b = makeBackend();
  bridge = await startBridge({ registry: b.registry, staticDir: DIST });
  printer = chromiumPrinter(bridge.url, () => bridge.printerCookie());
  b.ctx.pdfPrinter = printer;
  await b.registry.call('setup.startEmpty', { corpsName: 'Nationalt Mentorkorps' });
});
afterEach(async () => {
  await printer.shutdown();
  await bridge.close();
  b.cleanup();
});

/** The 98 municipalities and an issued 2027 key over them (billingYearInput's year). */
async function issueNationalKey(): Promise<{ ids: number[]; versionId: number }> {
  const ids: number[] = [];
    for (const m of NATIONAL_MUNICIPALITIES) {
      const created = await b.registry.call('municipalities.create', {
        name: m.name,
        code: m.code,
        ean: demoEan(m.code),
        address: `Rådhuset, ${m.name}`,
        participatingFrom: '2020-01-01',
      });
      ids.push(created.id);
    }
    expect(ids).toHaveLength(98);
    const input = await billingYearInput(b.registry, {
      participants: ids.map((municipalityId, i) => ({ municipalityId, students: 40 + ((i * 37) % 900), countDate: '2026-09-05', source: 'Elevtal fra skolerne pr. 5. september' })),
      statementText: 'Mentorkorpset finansieres af landets kommuner efter en årlig fordelingsnøgle.',
    });
    const v = await b.registry.call('billing.create', input);
    await b.registry.call('billing.issue', { id: v.id, acceptWarnings: true });
    return { ids, versionId: v.id };
}

describe('a statement with a national key', () => {
  it('prints on two pages with all 98 rows', { timeout: 120_000 }, async () => {
    const { ids, versionId } = await issueNationalKey();

    const start = await b.registry.call('billing.exportPdfs', { id: versionId, kind: 'opkraevning', municipalityIds: [ids[0]] });
    if (start.cancelled) throw new Error('annulleret');
    const job = await finishedPdfJob(b.registry, start.job.jobId);
    expect(job.state, job.error ?? '').toBe('done');
    const pdf = Buffer.from((await b.registry.call('billing.pdfJobFile', { jobId: job.jobId })).base64, 'base64');
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    for (const m of NATIONAL_MUNICIPALITIES) expect(text).toContain(m.name);
    expect(text).toMatch(/I alt\s+[\d.]+\s+100,00 %/);
    expect(text).toContain('Budget i alt');
    expect(text).toContain('Side 2 af 2');
  });

  it('the evaluation prints a table over pages with its total once, at its end', { timeout: 120_000 }, async () => {
    await issueNationalKey();
    const pdf = Buffer.from((await b.registry.call('evaluation.exportPdf', { year: 2027 })).base64, 'base64');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    const from = text.indexOf('Personer nået og rækkevidde pr. kommune');
    const last = text.indexOf('\n', text.indexOf('Aarhus', from) + 1);
    const reachTable = text.slice(from, text.indexOf('\n', last + 1));
    for (const m of NATIONAL_MUNICIPALITIES) expect(reachTable).toContain(m.name);
    // The page break in the table used to repeat "I alt" under the first page's rows.
    expect(reachTable.match(/^\s*I alt\b/gm)).toHaveLength(1);
    expect(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })).not.toMatch(/^Pages:\s+1$/m);
  });
});
