// #11 Statements that print right: the backend's PDF printer (the same path as "Gem som PDF"), read back
// with pdfinfo and pdftotext, for corps of 3, 10 (the demo) and 98 municipalities. The PNG pages are kept
// with the test's output (pdftoppm) for a look.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';

async function api<T>(request: APIRequestContext, url: string, method: string, input?: unknown): Promise<T> {
  const res = await request.post(`${url}api/${method}`, { data: input ?? {} });
  const body = (await res.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result as T;
}

interface Version {
  id: number;
  version: number;
  key: { municipalityId: number; name: string; code: string }[];
}
interface Job {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  error?: string | null;
}

/** Every statement of a version as PDF bytes by file name, printed by the backend in one job. */
async function printAll(request: APIRequestContext, url: string, id: number, municipalityIds?: number[]): Promise<Record<string, Uint8Array>> {
  const start = await api<{ cancelled: boolean; job: Job }>(request, url, 'billing.exportPdfs', { id, kind: 'opkraevning', municipalityIds });
  let job = start.job;
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    job = await api<Job>(request, url, 'billing.pdfJob', { jobId: job.jobId });
  }
  expect(job.state, job.error ?? '').toBe('done');
  const file = await api<{ fileName: string; base64: string }>(request, url, 'billing.pdfJobFile', { jobId: job.jobId });
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  return file.fileName.endsWith('.zip') ? unzipSync(bytes) : { [file.fileName]: bytes };
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });

/** Writes the PDFs to the test's output, with a PNG of each page; returns their paths. */
function keep(files: Record<string, Uint8Array>, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, bytes]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
    return file;
  });
}

const base = {
  costLines: [{ kind: 'loen', description: 'Mentorer', amountOere: 150_000_000 }],
  paymentTermsDays: 30,
  payeeName: 'Odense Kommune',
  payeeCvr: '35209115',
  payeeAddress: 'Flakhaven 2, 5000 Odense C',
  payeeEan: '5798000004610',
  payeeRegNo: '1234',
  payeeAccount: '0012345678',
  contactName: 'Hanne Lund',
  contactEmail: 'hanne.lund@odense.dk',
  contactPhone: '65 51 00 00',
};

test('statements of 3, 10 and 12 municipalities print on one A4 page, version 2 too', async ({ page, demoApp }, testInfo) => {
  test.setTimeout(180_000);
  const { url } = demoApp;
  const request = page.request;
  const [demo] = await api<{ id: number; year: number }[]>(request, url, 'billing.list');
  // The demo's ten, as issued (version 1) and after a correction (version 2 carries the note on why).
  await api(request, url, 'billing.issue', { id: demo.id, acceptWarnings: true });
  const v2 = await api<Version>(request, url, 'billing.newVersion', { id: demo.id, reason: 'Rettet elevtal for Ærø efter ny elevliste fra skolen' });
  await api(request, url, 'billing.issue', { id: v2.id, acceptWarnings: true });
  const ten = { ...(await printAll(request, url, demo.id)), ...Object.fromEntries(Object.entries(await printAll(request, url, v2.id)).map(([n, b]) => [`v2-${n}`, b])) };
  expect(Object.keys(ten)).toHaveLength(20);

  const municipalities = await api<{ id: number; name: string }[]>(request, url, 'municipalities.list');
  const three = await api<Version>(request, url, 'billing.create', {
    ...base,
    year: 2027,
    participants: municipalities.slice(0, 3).map((m, i) => ({ municipalityId: m.id, students: 100 + i, countDate: '2026-09-05', source: 'Elevliste fra SOSU Fyn' })),
    instalmentDueDates: ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
  });
  await api(request, url, 'billing.issue', { id: three.id, acceptWarnings: true });
  const small = await printAll(request, url, three.id);
  expect(Object.keys(small)).toHaveLength(3);
  // Twelve, two of them with long names, and a statement text.
  for (const [i, name] of ['Ringkøbing-Skjern', 'Lyngby-Taarbæk'].entries()) await api(request, url, 'municipalities.create', { name, code: 657 + i * 16 });
  const all = await api<{ id: number; name: string }[]>(request, url, 'municipalities.list');
  expect(all).toHaveLength(12);
  const twelve = await api<Version>(request, url, 'billing.create', {
    ...base,
    year: 2028,
    participants: all.map((m, i) => ({ municipalityId: m.id, students: 50 + i * 13, countDate: '2027-09-05', source: 'Elevliste fra SOSU Fyn pr. 5. september' })),
    instalmentDueDates: ['2028-01-01', '2028-04-01', '2028-07-01', '2028-10-01'],
    statementText: 'Korpset finansieres af de deltagende kommuner efter en årlig fordelingsnøgle, der følger antallet af social- og sundhedselever i hver kommune.',
  });
  await api(request, url, 'billing.issue', { id: twelve.id, acceptWarnings: true });
  const large = await printAll(request, url, twelve.id);
  expect(Object.keys(large)).toHaveLength(12);

  for (const file of [...keep(ten, testInfo.outputPath('ti')), ...keep(small, testInfo.outputPath('tre')), ...keep(large, testInfo.outputPath('tolv'))]) {
    expect(pages(file), path.basename(file)).toBe(1);
    const text = pageText(file, 1);
    expect(text, path.basename(file)).toContain('Side 1 af 1');
    // The key shows each count's date and source.
    expect(text).toMatch(/Tælledato\s+Kilde/);
    expect(text).toMatch(/\d{2}\.09\.202[567]\s+Elevliste fra SOSU Fyn/);
    expect(text).not.toMatch(/Elevliste fra SOSU Fyn pr\. 5\.\s*\n/);
  }
});

test('a key of 98 municipalities: header on every page, "Side x af y", the total once', async ({ page, app }, testInfo) => {
  test.setTimeout(180_000);
  const { url } = app;
  const request = page.request;
  await api(request, url, 'setup.startEmpty', { corpsName: 'Landskorpset' });
  const ids: number[] = [];
  for (let i = 0; i < 98; i++) {
    const m = await api<{ id: number }>(request, url, 'municipalities.create', { name: `Kommune nr. ${i + 1}`, code: 101 + i });
    ids.push(m.id);
  }
  const v = await api<Version>(request, url, 'billing.create', {
    ...base,
    year: 2026,
    participants: ids.map((municipalityId, i) => ({ municipalityId, students: 40 + ((i * 37) % 500), countDate: '2025-09-05', source: 'Danmarks Statistik, elever pr. 5. september' })),
    instalmentDueDates: ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'],
  });
  await api(request, url, 'billing.issue', { id: v.id, acceptWarnings: true });
  const [file] = keep(await printAll(request, url, v.id, [ids[41]]), testInfo.outputPath('98'));
  const n = pages(file);
  expect(n).toBeGreaterThan(1);
  let keyTotals = 0;
  for (let p = 1; p <= n; p++) {
    const text = pageText(file, p);
    expect(text, `side ${p}`).toContain(`Side ${p} af ${n}`);
    // The key's header is repeated on every page it runs over.
    if (/Kommune nr\. \d+\s+1\d\d\s/.test(text)) expect(text, `side ${p}`).toMatch(/Kommune\s+Kode\s+Elevtal\s+Tælledato\s+Kilde\s+Andel\s+Beløb/);
    // The key's grand total ("I alt", all students, 100 %, the budget) is printed once, at its end.
    keyTotals += (text.match(/I alt\s+[\d.]+\s+100,00 %\s*1\.500\.000,00 kr\./g) ?? []).length;
  }
  expect(keyTotals).toBe(1);
});
