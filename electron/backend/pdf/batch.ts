// Printing many documents into one folder as a background job the UI polls for progress.
// Each file is written under a temporary name; only when every document is printed are they all
// renamed to their real names. On failure everything this batch wrote is removed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PdfJobStatus } from '../../../shared/billing/types';
import { fieldError } from '../../../shared/errors';
import type { PdfPrinter } from './printer';

export interface BatchDocument {
  /** Shown in the progress and in error messages, e.g. the municipality's name. */
  label: string;
  route: string;
  fileName: string;
}

/** How long a finished job's result can still be read; after that it is forgotten. */
export const FINISHED_JOB_KEEP_MS = 10 * 60_000;

const jobs = new Map<string, { job: PdfJobStatus; finishedAt: number | null }>();

function forgetOldJobs(): void {
  const cutoff = Date.now() - FINISHED_JOB_KEEP_MS;
  for (const [id, entry] of jobs) if (entry.finishedAt !== null && entry.finishedAt < cutoff) jobs.delete(id);
}

export function jobStatus(jobId: string): PdfJobStatus | undefined {
  forgetOldJobs();
  const job = jobs.get(jobId)?.job;
  return job ? { ...job, files: [...job.files] } : undefined;
}

function reason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'der er ikke skriveadgang til mappen';
    if (code === 'ENOSPC') return 'disken er fuld';
    if (code === 'ENOTDIR' || code === 'EEXIST') return 'stien er en fil, ikke en mappe';
    if (code === 'ENOENT') return 'mappen findes ikke';
  }
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

/** Creates the folder if needed and proves it is writable by writing and removing a probe file. */
export function assertWritableFolder(folder: string, field = 'folder'): string {
  if (!path.isAbsolute(folder)) throw fieldError(field, 'Mappe skal være en fuld sti, f.eks. C:\\Users\\navn\\Documents\\Opkrævninger.');
  const resolved = path.resolve(folder);
  try {
    fs.mkdirSync(resolved, { recursive: true });
    const probe = path.join(resolved, `.mentorkorps-skrivetest-${crypto.randomBytes(4).toString('hex')}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    throw fieldError(field, `Mappen "${resolved}" kan ikke bruges: ${reason(err)}. Vælg en anden mappe.`);
  }
  return resolved;
}

/** Starts the job and returns at once; progress via jobStatus(jobId). */
export function startPdfBatch(printer: PdfPrinter, folder: string, docs: readonly BatchDocument[]): PdfJobStatus {
  const jobId = crypto.randomUUID();
  const job: PdfJobStatus = { jobId, state: 'running', total: docs.length, completed: 0, current: null, folder, files: [], error: null };
  forgetOldJobs();
  const entry = { job, finishedAt: null as number | null };
  jobs.set(jobId, entry);
  void runBatch(printer, folder, docs, job)
    // Only the clean-up after a failure can throw here; the job must still end, not poll as running forever.
    .catch((err: unknown) => {
      job.state = 'failed';
      job.error = `PDF-filerne kunne ikke gemmes, og oprydningen mislykkedes: ${reason(err)}.`;
    })
    .finally(() => (entry.finishedAt = Date.now()));
  return { ...job };
}

async function runBatch(printer: PdfPrinter, folder: string, docs: readonly BatchDocument[], job: PdfJobStatus): Promise<void> {
  const temps: string[] = [];
  const finished: string[] = [];
  let current: BatchDocument | null = null;
  let session = null;
  try {
    session = await printer.open();
    for (const doc of docs) {
      current = doc;
      job.current = doc.label;
      const bytes = await session.render(doc.route);
      const temp = path.join(folder, `.${doc.fileName}.${job.jobId.slice(0, 8)}.tmp`);
      temps.push(temp);
      fs.writeFileSync(temp, bytes);
      job.completed++;
    }
    current = null;
    docs.forEach((doc, i) => {
      const target = path.join(folder, doc.fileName);
      fs.renameSync(temps[i], target);
      finished.push(target);
    });
    job.files = finished;
    job.current = null;
    job.state = 'done';
  } catch (err) {
    for (const file of [...temps, ...finished]) fs.rmSync(file, { force: true });
    job.state = 'failed';
    job.files = [];
    job.error = current
      ? `${current.label}: dokumentet kunne ikke gemmes (${reason(err)}). Ingen filer fra denne kørsel er gemt.`
      : `PDF-filerne kunne ikke gemmes: ${reason(err)}. Ingen filer fra denne kørsel er gemt.`;
  } finally {
    await session?.close().catch(() => undefined);
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
