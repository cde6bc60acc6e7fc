// #13: a batch prints in PRINT_LANES sessions side by side, yet keeps the batch's order in its output,
// and a failure stops every lane, closes every session and keeps nothing.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jobStatus, PRINT_LANES, startPdfBatch, takeJobFile, type BatchDocument } from '../../electron/backend/pdf/batch';
import type { PdfPrinter } from '../../electron/backend/pdf/printer';

/** A printer whose documents take the given time each; it records how many render at once. */
function timedPrinter(delayMs: (route: string) => number, failOn?: string) {
  const seen = { open: 0, closed: 0, inFlight: 0, maxInFlight: 0, rendered: [] as string[] };
  const printer: PdfPrinter = {
    async open() {
      seen.open++;
      return {
        async render(route) {
          seen.inFlight++;
          seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
          await new Promise((r) => setTimeout(r, delayMs(route)));
          seen.inFlight--;
          seen.rendered.push(route);
          if (route === failOn) throw new Error('printer stopped');
          return Buffer.from(`%PDF- ${route}`);
        },
        async close() {
          seen.closed++;
        },
      };
    },
  };
  return { printer, seen };
}

const docs = (n: number): BatchDocument[] => Array.from({ length: n }, (_, i) => ({ label: `Kommune ${i}`, route: `/print/x?k=${i}`, fileName: `doc-${i}.pdf` }));

async function finished(jobId: string) {
  for (;;) {
    const job = jobStatus(jobId)!;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('PDF batch lanes', () => {
  it('renders two documents at once and keeps the batch order in the download', async () => {
    // Even documents are slow, so odd ones finish first.
    const { printer, seen } = timedPrinter((route) => (Number(route.split('=')[1]) % 2 === 0 ? 30 : 5));
    const start = startPdfBatch(printer, docs(7), { download: { fileName: 'alle.zip', zip: true } });
    const job = await finished(start.jobId);
    expect(job.state).toBe('done');
    expect(job.completed).toBe(7);
    expect(PRINT_LANES).toBeGreaterThan(1);
    expect(seen.maxInFlight).toBe(PRINT_LANES);
    expect(seen.open).toBe(PRINT_LANES);
    expect(seen.closed).toBe(PRINT_LANES);
    const files = unzipSync(Buffer.from(takeJobFile(start.jobId).base64, 'base64'));
    expect(Object.keys(files)).toEqual(docs(7).map((d) => d.fileName));
    expect(Buffer.from(files['doc-4.pdf']).toString()).toBe('%PDF- /print/x?k=4');
  });

  it('a failing document stops the lanes, names the document and keeps nothing', async () => {
    const { printer, seen } = timedPrinter(() => 5, '/print/x?k=3');
    const start = startPdfBatch(printer, docs(20), { download: { fileName: 'alle.zip', zip: true } });
    const job = await finished(start.jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/^Kommune 3: dokumentet kunne ikke gemmes/);
    expect(job.files).toEqual([]);
    expect(seen.closed).toBe(seen.open);
    // Only what was already under way when it failed: no lane starts a new document afterwards.
    expect(seen.rendered.length).toBeLessThanOrEqual(3 + PRINT_LANES);
    expect(() => takeJobFile(start.jobId)).toThrow();
  });

  it('one document opens one session', async () => {
    const { printer, seen } = timedPrinter(() => 1);
    const start = startPdfBatch(printer, docs(1), { download: { fileName: 'doc-0.pdf', zip: false } });
    expect((await finished(start.jobId)).state).toBe('done');
    expect(seen.open).toBe(1);
  });
});
