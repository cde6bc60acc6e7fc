// The printing rows of the national benchmark: the evaluation report as PDF, and the year's 98
// statements as one web-mode job (billing.exportPdfs, polled through billing.pdfJob as the page does),
// against a blank A4 page.pdf() in the same Chromium (what printing alone costs).
import { chromium } from 'playwright-core';
import type { Backend } from '../electron/backend/index';
import { median, type ResultRow } from './benchNationalTable';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POLL_MS = 50;

/** Median time of a blank A4 page.pdf() in the printer's Chromium. */
async function blankPageMs(): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t = performance.now();
      await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      times.push(performance.now() - t);
    }
    return median(times.slice(1));
  } finally {
    await browser.close();
  }
}

/** `touch` writes before each evaluation, so the report's figures are computed, not the kept answer. */
export async function benchPrinting(backend: Backend, year: number, log: (line: string) => void, touch: () => void): Promise<ResultRow[]> {
  const { registry } = backend;
  // The first job also starts Chromium (and loads the next job's page beside it): its own row. The target is
  // the median of the five after it, each after a write, so the report's figures are computed every time.
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    touch();
    const t = performance.now();
    await registry.call('evaluation.exportPdf', { year });
    times.push(performance.now() - t);
  }
  const warm = times.slice(1);
  const rows: ResultRow[] = [
    { label: 'evaluation PDF, first (starts Chromium)', app: times[0] },
    { label: 'evaluation PDF', app: median(warm), targetMs: 1500, note: `The five after the first: ${warm.map((t) => t.toFixed(0)).join(', ')} ms.` },
  ];

  const version = (await registry.call('billing.list')).find((v) => v.year === year && v.lockedOn !== null);
  if (!version) throw new Error(`No issued billing key for ${year}.`);
  const t = performance.now();
  const start = await registry.call('billing.exportPdfs', { id: version.id, kind: 'opkraevning' });
  if (start.cancelled) throw new Error('The statement job was cancelled.');
  let job = start.job;
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = await registry.call('billing.pdfJob', { jobId: job.jobId });
  }
  const batch = performance.now() - t;
  if (job.state !== 'done') throw new Error(`The statement job failed: ${job.error}`);
  const file = await registry.call('billing.pdfJobFile', { jobId: job.jobId });
  log(`${job.total} statements: ${file.fileName}, ${(Buffer.from(file.base64, 'base64').length / 1024 / 1024).toFixed(1)} MB.`);
  // The printer keeps its browser warm for the next job; the bench has no next job.
  await backend.ctx.pdfPrinter?.shutdown?.();
  const blank = await blankPageMs();
  rows.push({
    label: `${job.total} statements to PDF (one job)`,
    app: batch,
    baseline: blank * job.total,
    baselineLabel: `${job.total} × blank A4 ${blank.toFixed(0)} ms`,
    ratio: batch / (blank * job.total),
    targetMs: 10_000,
    note: `${(batch / job.total).toFixed(0)} ms a statement against ${blank.toFixed(0)} ms for a blank A4 page.pdf().`,
  });
  return rows;
}
