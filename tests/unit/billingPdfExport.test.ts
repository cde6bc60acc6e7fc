// Statements as PDFs without a path from the renderer: a folder from the dialog (desktop) or one download (web).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfExportStart, PdfJobStatus } from '../../shared/billing/types';
import { FINISHED_JOB_KEEP_MS, PRINT_LANES } from '../../electron/backend/pdf/batch';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput, finishedPdfJob, municipalityIds, testPrinter } from '../helpers/billingData';

let b: TestBackend;
beforeEach(async () => {
  b = makeBackend();
  await b.registry.call('municipalities.addFunen');
});
afterEach(() => b.cleanup());

const ALL_FOUR = [
  'Opkraevning-2027-v1-410-Middelfart.pdf',
  'Opkraevning-2027-v1-461-Odense.pdf',
  'Opkraevning-2027-v1-482-Langeland.pdf',
  'Opkraevning-2027-v1-492-Aeroe.pdf',
];

async function issuedYear() {
  const v = await b.registry.call('billing.create', await billingYearInput(b.registry));
  return b.registry.call('billing.issue', { id: v.id, acceptWarnings: true });
}

function started(result: PdfExportStart): PdfJobStatus {
  if (result.cancelled) throw new Error('Kørslen blev annulleret');
  return result.job;
}

/** Every file and folder under `dir` except the data file and its companions, to prove where a batch wrote. */
function tree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.startsWith(path.basename(b.dataFile))).sort();
}

/** A folder this process cannot write to. Root writes through file modes, so then sysfs stands in. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/sys/kernel';
  const dir = path.join(b.dir, 'skrivebeskyttet');
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o555);
  return dir;
}

describe('billing.exportPdfs input', () => {
  it('takes no path from the renderer', async () => {
    const v = await issuedYear();
    b.ctx.pdfPrinter = testPrinter();
    const err = await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'opkraevning', folder: '/etc/mentorkorps' }, 'folder');
    expect(err.fields.folder).toBe('Ukendt felt: folder.');
    expect(fs.existsSync('/etc/mentorkorps')).toBe(false);
  });

  it('refuses a draft, a missing settlement, an unknown municipality and an unknown job', async () => {
    b.ctx.pdfPrinter = testPrinter();
    const draft = await b.registry.call('billing.create', await billingYearInput(b.registry));
    await expectRefused(b, 'billing.exportPdfs', { id: draft.id, kind: 'opkraevning' }, 'id');
    const v = await b.registry.call('billing.issue', { id: draft.id, acceptWarnings: true });
    await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'efterregulering' }, 'id');
    await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'opkraevning', municipalityIds: [9999] }, 'municipalityIds');
    await expectRefused(b, 'billing.pdfJob', { jobId: 'findes-ikke' }, 'jobId', 'NOT_FOUND');
    await expectRefused(b, 'billing.pdfJobFile', { jobId: 'findes-ikke' }, 'jobId', 'NOT_FOUND');
  });
});

describe('web mode: one download', () => {
  it('packs the batch into one ZIP of real PDFs, handed out once and never in a poll', async () => {
    const v = await issuedYear();
    const printer = testPrinter();
    b.ctx.pdfPrinter = printer;
    const before = tree(b.dir);
    const job = started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' }));
    expect(job).toMatchObject({ state: 'running', total: 4, completed: 0, folder: null, downloadName: null });
    await expectRefused(b, 'billing.pdfJobFile', { jobId: job.jobId }, 'jobId');

    const done = await finishedPdfJob(b.registry, job.jobId);
    expect(done).toMatchObject({ state: 'done', completed: 4, error: null, folder: null, downloadName: 'Opkraevninger-2027-v1.zip' });
    expect(done.files.sort()).toEqual(ALL_FOUR);
    expect(JSON.stringify(done).length).toBeLessThan(1000);
    // One session per print lane (#13: two statements are printed side by side), not one per statement.
    expect(printer.sessions).toBe(PRINT_LANES);

    const file = await b.registry.call('billing.pdfJobFile', { jobId: job.jobId });
    expect(file).toMatchObject({ fileName: 'Opkraevninger-2027-v1.zip', mimeType: 'application/zip' });
    const entries = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(Object.keys(entries).sort()).toEqual(ALL_FOUR);
    const m = await municipalityIds(b.registry);
    for (const [name, bytes] of Object.entries(entries)) {
      const text = Buffer.from(bytes).toString('latin1');
      expect(text.startsWith('%PDF-'), name).toBe(true);
      expect(text.trimEnd().endsWith('%%EOF'), name).toBe(true);
    }
    expect(Buffer.from(entries['Opkraevning-2027-v1-461-Odense.pdf']).toString('latin1')).toContain(`kommune=${m.Odense}`);

    // Once only: the bytes are forgotten, the status says so, and nothing went to disk.
    await expectRefused(b, 'billing.pdfJobFile', { jobId: job.jobId }, 'jobId', 'NOT_FOUND');
    expect((await b.registry.call('billing.pdfJob', { jobId: job.jobId })).downloadName).toBeNull();
    expect(tree(b.dir)).toEqual(before);
  });

  it('hands out a single statement as the PDF itself', async () => {
    const v = await issuedYear();
    b.ctx.pdfPrinter = testPrinter();
    const m = await municipalityIds(b.registry);
    const job = started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning', municipalityIds: [m.Ærø] }));
    expect(await finishedPdfJob(b.registry, job.jobId)).toMatchObject({ state: 'done', total: 1, downloadName: 'Opkraevning-2027-v1-492-Aeroe.pdf' });
    const file = await b.registry.call('billing.pdfJobFile', { jobId: job.jobId });
    expect(file).toMatchObject({ fileName: 'Opkraevning-2027-v1-492-Aeroe.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toMatch(/^%PDF-1\.4\n[\s\S]*kommune=\d+/);
  });

  it('on a failure names the municipality and keeps no file', async () => {
    const v = await issuedYear();
    const m = await municipalityIds(b.registry);
    b.ctx.pdfPrinter = testPrinter(`kommune=${m.Odense}`);
    const failed = await finishedPdfJob(b.registry, started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' })).jobId);
    expect(failed).toMatchObject({ state: 'failed', files: [], downloadName: null });
    expect(failed.error).toMatch(/^Odense: .*siden svarede ikke.*Ingen filer fra denne kørsel er gemt\.$/);
    await expectRefused(b, 'billing.pdfJobFile', { jobId: failed.jobId }, 'jobId', 'NOT_FOUND');
  });

  it('forgets a finished job after a while, not while it runs or right after', async () => {
    const v = await issuedYear();
    b.ctx.pdfPrinter = testPrinter();
    const { jobId } = started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' }));
    expect((await finishedPdfJob(b.registry, jobId)).state).toBe('done');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + FINISHED_JOB_KEEP_MS - 1000);
      expect((await b.registry.call('billing.pdfJob', { jobId })).state).toBe('done');
      vi.setSystemTime(Date.now() + 2000);
      await expectRefused(b, 'billing.pdfJob', { jobId }, 'jobId', 'NOT_FOUND');
      await expectRefused(b, 'billing.pdfJobFile', { jobId }, 'jobId', 'NOT_FOUND');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('desktop: the folder from the dialog', () => {
  function dialog(answer: string | null) {
    const titles: string[] = [];
    b.ctx.chooseFolder = async (title) => {
      titles.push(title);
      return answer;
    };
    return titles;
  }

  it('writes into the chosen folder and nowhere else', async () => {
    const v = await issuedYear();
    const printer = testPrinter();
    b.ctx.pdfPrinter = printer;
    const folder = path.join(b.dir, 'Opkrævninger 2027');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'andet.txt'), 'bliver');
    const titles = dialog(folder);
    const before = tree(b.dir);

    const job = started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' }));
    expect(titles).toEqual(['Vælg mappe til opkrævningerne 2027']);
    expect(job).toMatchObject({ state: 'running', total: 4, folder });
    const done = await finishedPdfJob(b.registry, job.jobId);
    expect(done).toMatchObject({ state: 'done', completed: 4, folder, downloadName: null, error: null });
    expect(done.files.sort()).toEqual(ALL_FOUR);
    expect(fs.readdirSync(folder).sort()).toEqual([...ALL_FOUR, 'andet.txt']);
    expect(fs.readFileSync(path.join(folder, 'Opkraevning-2027-v1-461-Odense.pdf'), 'latin1')).toMatch(/^%PDF-/);
    expect(tree(b.dir)).toEqual([...before, ...ALL_FOUR.map((f) => path.join('Opkrævninger 2027', f))].sort());
    expect(printer.routes[0]).toMatch(/^\/print\/opkraevning\?id=\d+&kommune=\d+$/);
    // Nothing to download on the desktop.
    await expectRefused(b, 'billing.pdfJobFile', { jobId: job.jobId }, 'jobId', 'NOT_FOUND');
  });

  it('starts nothing and writes nothing when the dialog is cancelled', async () => {
    const v = await issuedYear();
    await b.registry.call('billing.settle', { id: v.id, actualCostOere: 150_000_000, dueDate: '2028-03-01' });
    const printer = testPrinter();
    b.ctx.pdfPrinter = printer;
    const titles = dialog(null);
    const before = tree(b.dir);
    expect(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'efterregulering' })).toEqual({ cancelled: true });
    expect(titles).toEqual(['Vælg mappe til efterreguleringerne 2027']);
    expect(printer.sessions).toBe(0);
    expect(tree(b.dir)).toEqual(before);
  });

  it('refuses a folder it cannot write to, in Danish, and leaves no files', async () => {
    const v = await issuedYear();
    const printer = testPrinter();
    b.ctx.pdfPrinter = printer;
    const folder = unwritableFolder();
    const inside = fs.readdirSync(folder);
    dialog(folder);
    const err = await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'opkraevning' }, 'folder');
    expect(err.message).toBe(`Mappen "${folder}" kan ikke bruges: der er ikke skriveadgang. Vælg en anden mappe.`);
    expect(printer.sessions).toBe(0);
    expect(fs.readdirSync(folder)).toEqual(inside);
  });

  it('refuses a missing folder and a file without creating anything', async () => {
    const v = await issuedYear();
    b.ctx.pdfPrinter = testPrinter();
    const missing = path.join(b.dir, 'findes', 'ikke');
    dialog(missing);
    const err = await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'opkraevning' }, 'folder');
    expect(err.message).toBe(`Mappen "${missing}" kan ikke bruges: mappen findes ikke. Vælg en anden mappe.`);
    expect(fs.existsSync(path.join(b.dir, 'findes'))).toBe(false);
    const aFile = path.join(b.dir, 'fil.txt');
    fs.writeFileSync(aFile, 'x');
    dialog(aFile);
    expect((await expectRefused(b, 'billing.exportPdfs', { id: v.id, kind: 'opkraevning' }, 'folder')).message).toMatch(/kan ikke bruges: stien er en fil, ikke en mappe\./);
  });

  it('on a failure removes everything the batch wrote and names the municipality', async () => {
    const v = await issuedYear();
    const m = await municipalityIds(b.registry);
    b.ctx.pdfPrinter = testPrinter(`kommune=${m.Odense}`);
    const folder = path.join(b.dir, 'ud');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'andet.txt'), 'bliver');
    dialog(folder);
    const failed = await finishedPdfJob(b.registry, started(await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' })).jobId);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/^Odense: .*siden svarede ikke.*Ingen filer fra denne kørsel er gemt\.$/);
    expect(failed.files).toEqual([]);
    expect(fs.readdirSync(folder)).toEqual(['andet.txt']);
  });

  it('fails fast on /proc/x instead of hanging the backend', { timeout: 30_000 }, () => {
    // A child process, so that even a synchronous endless loop (recursive mkdir on /proc) ends in a kill.
    const script = [new URL('../../node_modules/jiti/lib/jiti-cli.mjs', import.meta.url), new URL('../helpers/exportToFolder.ts', import.meta.url)];
    const run = spawnSync(process.execPath, [...script.map((u) => fileURLToPath(u)), '/proc/x'], {
      encoding: 'utf8',
      timeout: 20_000,
      killSignal: 'SIGKILL',
      cwd: os.tmpdir(),
    });
    expect(run.signal, `hung: ${run.stderr}`).toBeNull();
    const outcome = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; code: string; message: string };
    expect(outcome).toEqual({ ok: false, code: 'VALIDATION', message: 'Mappen "/proc/x" kan ikke bruges: mappen findes ikke. Vælg en anden mappe.' });
    expect(fs.existsSync('/proc/x')).toBe(false);
  });
});
