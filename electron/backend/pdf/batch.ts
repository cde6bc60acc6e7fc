// Printing many documents as a background job the UI polls for progress. The backend alone decides
// where they go: a folder the coordinator picked in the native dialog (desktop), or one download (web).
// In a folder each file is written under a temporary name; only when every document is printed are they
// all renamed to their real names. On failure everything this batch wrote is removed.
// Only async fs calls: a slow or strange path (a network share, /proc) must never block the event loop.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { ExportFile } from '../../../shared/api/evaluation';
import type { PdfJobStatus } from '../../../shared/billing/types';
import { ApiError, fieldError } from '../../../shared/errors';
import type { PdfPrinter, PdfSession } from './printer';
import { ioReason } from '../ioErrors';

export interface BatchDocument {
  /** Shown in the progress and in error messages, e.g. the municipality's name. */
  label: string;
  route: string;
  fileName: string;
  /** Turns the printed PDF into the file to keep (e.g. a Peppol invoice with the PDF embedded); default: the PDF itself. */
  finish?: (pdf: Buffer) => Buffer | Promise<Buffer>;
  /** The kept file's type, when it is not a PDF. */
  mimeType?: string;
}

/** Where a finished batch goes: a chosen folder, or one download (a ZIP, or a single document as itself). */
export type BatchTarget = { folder: string } | { download: { fileName: string; zip: boolean } };

/** How long a finished job's result can still be read; after that it is forgotten. */
export const FINISHED_JOB_KEEP_MS = 10 * 60_000;
/** A folder that does not answer in this time (e.g. an unreachable network share) is refused. */
export const FOLDER_CHECK_TIMEOUT_MS = 10_000;

interface Entry {
  job: PdfJobStatus;
  finishedAt: number | null;
  /** Web mode: the finished download, until billing.pdfJobFile has handed it out. */
  file: ExportFile | null;
}

const jobs = new Map<string, Entry>();

function forgetOldJobs(): void {
  const cutoff = Date.now() - FINISHED_JOB_KEEP_MS;
  for (const [id, entry] of jobs) if (entry.finishedAt !== null && entry.finishedAt < cutoff) jobs.delete(id);
}

const copy = (job: PdfJobStatus): PdfJobStatus => ({ ...job, files: [...job.files], notes: [...job.notes] });

export function jobStatus(jobId: string): PdfJobStatus | undefined {
  forgetOldJobs();
  const job = jobs.get(jobId)?.job;
  return job ? copy(job) : undefined;
}

/** The finished download, once: afterwards the bytes are forgotten. */
export function takeJobFile(jobId: string): ExportFile {
  forgetOldJobs();
  const entry = jobs.get(jobId);
  if (!entry) throw new ApiError('NOT_FOUND', 'PDF-kørslen findes ikke (programmet er måske genstartet).', { jobId: 'PDF-kørslen findes ikke.' });
  if (entry.job.state === 'running') throw fieldError('jobId', 'PDF-kørslen er ikke færdig endnu.');
  if (!entry.file) throw new ApiError('NOT_FOUND', 'Filen fra PDF-kørslen er allerede hentet eller blev aldrig lavet.', { jobId: 'Filen findes ikke.' });
  const file = entry.file;
  entry.file = null;
  entry.job.downloadName = null;
  return file;
}


function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Proves a folder from the dialog exists and is writable, by writing and removing a probe file.
 * Never creates folders: recursive mkdir loops forever on paths like /proc/x.
 */
export async function assertWritableFolder(folder: string, timeoutMs = FOLDER_CHECK_TIMEOUT_MS): Promise<string> {
  const resolved = path.resolve(folder);
  const refuse = (why: string) => fieldError('folder', `Mappen "${resolved}" kan ikke bruges: ${why}. Vælg en anden mappe.`);
  if (!path.isAbsolute(folder)) throw refuse('stien er ikke en fuld sti');
  let probing = false;
  try {
    await withTimeout(
      (async () => {
        const stat = await fs.stat(resolved);
        if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        probing = true;
        const probe = path.join(resolved, `.mentorkorps-skrivetest-${crypto.randomBytes(4).toString('hex')}`);
        await fs.writeFile(probe, '', { flag: 'wx' });
        await fs.rm(probe, { force: true });
      })(),
      timeoutMs,
    );
  } catch (err) {
    // The folder exists, so a missing entry while writing means the file system takes no new files (/proc).
    const code = (err as NodeJS.ErrnoException).code;
    throw refuse(probing && code === 'ENOENT' ? 'der er ikke skriveadgang' : ioReason(err));
  }
  return resolved;
}

/**
 * Starts the job and returns at once; progress via jobStatus(jobId), a download via takeJobFile(jobId).
 * `notes` travel with the job's status, e.g. what the batch left out and why.
 */
export function startPdfBatch(printer: PdfPrinter, docs: readonly BatchDocument[], target: BatchTarget, notes: readonly string[] = []): PdfJobStatus {
  const jobId = crypto.randomUUID();
  const folder = 'folder' in target ? target.folder : null;
  const job: PdfJobStatus = { jobId, state: 'running', total: docs.length, completed: 0, current: null, folder, files: [], downloadName: null, error: null, notes: [...notes] };
  forgetOldJobs();
  const entry: Entry = { job, finishedAt: null, file: null };
  jobs.set(jobId, entry);
  const sink = 'folder' in target ? folderSink(target.folder, jobId) : downloadSink(target.download);
  void runBatch(printer, docs, sink, entry)
    // Only the clean-up after a failure can throw here; the job must still end, not poll as running forever.
    .catch((err: unknown) => {
      job.state = 'failed';
      job.error = `PDF-filerne kunne ikke gemmes, og oprydningen mislykkedes: ${ioReason(err)}.`;
    })
    .finally(() => (entry.finishedAt = Date.now()));
  return copy(job);
}

/** Receives the printed documents of one batch. */
interface Sink {
  add(doc: BatchDocument, bytes: Buffer): Promise<void>;
  /** All documents are in: make them visible. Returns the download, if any. */
  finish(): Promise<ExportFile | null>;
  /** Removes everything this batch left behind. */
  discard(): Promise<void>;
}

function folderSink(folder: string, jobId: string): Sink {
  const written: { temp: string; target: string }[] = [];
  const finished: string[] = [];
  return {
    async add(doc, bytes) {
      const temp = path.join(folder, `.${doc.fileName}.${jobId.slice(0, 8)}.tmp`);
      written.push({ temp, target: path.join(folder, doc.fileName) });
      await fs.writeFile(temp, bytes, { flag: 'wx' });
    },
    async finish() {
      for (const { temp, target } of written) {
        await fs.rename(temp, target);
        finished.push(target);
      }
      return null;
    },
    async discard() {
      for (const file of [...written.map((w) => w.temp), ...finished]) await fs.rm(file, { force: true });
    },
  };
}

function downloadSink({ fileName, zip }: { fileName: string; zip: boolean }): Sink {
  const docs: { name: string; bytes: Buffer; mimeType: string }[] = [];
  return {
    async add(doc, bytes) {
      docs.push({ name: doc.fileName, bytes, mimeType: doc.mimeType ?? 'application/pdf' });
    },
    async finish() {
      if (!zip && docs.length === 1) {
        return { fileName, mimeType: docs[0].mimeType, base64: docs[0].bytes.toString('base64') };
      }
      // PDFs are compressed already: store them, which keeps this synchronous step short; other files (XML) shrink.
      const bytes = zipSync(Object.fromEntries(docs.map((d) => [d.name, [new Uint8Array(d.bytes), { level: d.mimeType === 'application/pdf' ? 0 : 6 }]])));
      return { fileName, mimeType: 'application/zip', base64: Buffer.from(bytes).toString('base64') };
    },
    async discard() {
      docs.length = 0;
    },
  };
}

/**
 * Documents printed side by side, each lane its own session (page or window): one lane lays out the next
 * statement while the other's PDF is written. Two measured best on two cores (#13: 98 statements 26 s -> 19 s).
 */
export const PRINT_LANES = 2;

async function runBatch(printer: PdfPrinter, docs: readonly BatchDocument[], sink: Sink, entry: Entry, lanes = PRINT_LANES): Promise<void> {
  const { job } = entry;
  type Failure = { doc: BatchDocument | null; err: unknown };
  let failed = null as Failure | null;
  let adding: BatchDocument | null = null;
  const sessions: PdfSession[] = [];
  // Finished documents go to the sink in the batch's order, whichever lane finished them first.
  const printed: (Buffer | undefined)[] = [];
  let flushed = 0;
  let flushing = Promise.resolve();
  const flush = async () => {
    while (flushed < docs.length && printed[flushed]) {
      const bytes = printed[flushed]!;
      printed[flushed] = undefined;
      adding = docs[flushed];
      await sink.add(adding, bytes);
      adding = null;
      flushed++;
      job.completed++;
    }
  };
  let next = 0;
  const lane = async (session: PdfSession) => {
    while (!failed && next < docs.length) {
      const i = next++;
      const doc = docs[i];
      job.current = doc.label;
      try {
        const pdf = await session.render(doc.route);
        printed[i] = doc.finish ? await doc.finish(pdf) : pdf;
        flushing = flushing.then(flush);
        await flushing;
      } catch (err) {
        failed ??= { doc: adding ?? doc, err };
      }
    }
  };
  try {
    try {
      const count = Math.max(1, Math.min(lanes, docs.length));
      for (let i = 0; i < count; i++) sessions.push(await printer.open());
    } catch (err) {
      failed = { doc: null, err };
    }
    // Every lane has stopped before anything is kept or thrown away: nothing is added after a discard.
    if (!failed) await Promise.all(sessions.map(lane));
    if (failed) throw failed.err;
    job.current = null;
    entry.file = await sink.finish();
    job.files = docs.map((d) => d.fileName);
    job.downloadName = entry.file?.fileName ?? null;
    job.state = 'done';
  } catch (err) {
    const current = (failed as Failure | null)?.doc ?? null;
    await sink.discard();
    job.state = 'failed';
    job.files = [];
    job.error = current
      ? `${current.label}: dokumentet kunne ikke gemmes (${ioReason(err)}). Ingen filer fra denne kørsel er gemt.`
      : `PDF-filerne kunne ikke gemmes: ${ioReason(err)}. Ingen filer fra denne kørsel er gemt.`;
  } finally {
    await Promise.all(sessions.map((s) => s.close().catch(() => undefined)));
  }
}

/** "Ærø" -> "Aeroe": file names that survive any file system and e-mail client. */
export function fileNamePart(text: string): string {
  return text
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
