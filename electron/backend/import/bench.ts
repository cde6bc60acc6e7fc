// For the performance figures (#12: 10,000 contacts in ≤ 10 s, 100,000 rows without the whole file in
// memory): writes a large sheet with exceljs's streaming writer and times dry run + import through the
// registry, as the import page calls it. Used by scripts/bench and tests; never by the app.
import { excel } from '../export/excel';
import fs from 'node:fs';
import type { ImportKind } from '../../../shared/import/kinds';
import { IMPORT_CHUNK_BYTES } from '../../../shared/schemas/import';
import type { Registry } from '../registry';

export type BenchCell = string | number | Date | null;

/** Writes one sheet row by row to `file` (the rows are never all in memory). */
export async function writeSheetStreaming(file: string, header: readonly string[], rows: Iterable<BenchCell[]>): Promise<number> {
  const wb = new (await excel()).stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Ark1');
  ws.addRow([...header]).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return fs.statSync(file).size;
}

export interface ImportTiming {
  rows: number;
  uploadMs: number;
  analyzeMs: number;
  commitMs: number;
  created: number;
  updated: number;
  problems: number;
  /** Highest resident memory seen while it ran (sampled every 50 ms), in MB. */
  peakRssMb: number;
  /** The page polls import.progress; the longest wait for an answer during dry run and import (the event loop busy), in ms. */
  longestProgressGapMs: number;
  /** How many polls were answered, and how many of those showed a figure that had moved. */
  progressAnswers: number;
  progressMoves: number;
}

/** Polls import.progress as the page does (every 100 ms) and measures the longest time between answers. */
function pollProgress(registry: Registry, uploadId: string) {
  let last = performance.now();
  let longest = 0;
  let answers = 0;
  let moves = 0;
  let seen = '';
  const timer = setInterval(() => {
    void registry.call('import.progress', { uploadId }).then((p) => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      answers++;
      const text = JSON.stringify(p);
      if (text !== seen) moves++;
      seen = text;
    });
  }, 100);
  return () => {
    clearInterval(timer);
    longest = Math.max(longest, performance.now() - last);
    return { longestProgressGapMs: Math.round(longest), progressAnswers: answers, progressMoves: moves };
  };
}

/** Uploads `file` in pieces, runs the dry run and the commit of `kind`, and reports the times. */
export async function timeImport(registry: Registry, file: string, kind: ImportKind): Promise<ImportTiming> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  let stopPolling: ReturnType<typeof pollProgress> | null = null;
  try {
    const t0 = performance.now();
    const size = fs.statSync(file).size;
    const { uploadId } = await registry.call('import.begin', { fileName: file.split(/[\\/]/).pop() ?? 'fil.xlsx', size });
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(IMPORT_CHUNK_BYTES);
      for (let index = 0, pos = 0; pos < size; index++) {
        const n = fs.readSync(fd, buf, 0, IMPORT_CHUNK_BYTES, pos);
        await registry.call('import.chunk', { uploadId, index, base64: buf.subarray(0, n).toString('base64') });
        pos += n;
      }
    } finally {
      fs.closeSync(fd);
    }
    const t1 = performance.now();
    stopPolling = pollProgress(registry, uploadId);
    const a = await registry.call('import.analyze', { uploadId, kind });
    const t2 = performance.now();
    let written = { created: 0, updated: 0 };
    if (a.problems.length === 0) {
      written = await registry.call('import.commit', { uploadId, kind, sheet: a.sheet, mapping: a.mapping, expected: { create: a.counts.create, update: a.counts.update } });
    }
    const t3 = performance.now();
    const progress = stopPolling();
    return {
      ...progress,
      rows: a.totalRows,
      uploadMs: Math.round(t1 - t0),
      analyzeMs: Math.round(t2 - t1),
      commitMs: Math.round(t3 - t2),
      created: written.created,
      updated: written.updated,
      problems: a.problems.length,
      peakRssMb: Math.round(peak / 1024 / 1024),
    };
  } finally {
    clearInterval(sampler);
    stopPolling?.();
  }
}
