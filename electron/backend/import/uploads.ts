// Uploaded spreadsheets, kept only while an import is being prepared: they hold personal data. Each lives in
// a private folder (mode 700, made by mkdtemp) as a file readable by the owner only, and is deleted after
// the commit, after an hour without use, when the backend closes and when the process exits.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportProgress } from '../../../shared/api/import';
import { fieldError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES } from '../../../shared/schemas/import';
import { PRIVATE_FILE } from '../datafile/files';

export const UPLOAD_MAX_AGE_MS = 60 * 60 * 1000;

export interface Upload {
  id: string;
  fileName: string;
  size: number;
  file: string;
  received: number;
  nextIndex: number;
  lastUsedAt: number;
  progress: ImportProgress;
}

const gone = () => fieldError('uploadId', 'Filen findes ikke længere (den slettes efter en time eller efter importen). Vælg filen igen.');

/** Every folder of every store in this process, removed at exit even if a store was never closed. */
const liveDirs = new Set<string>();
let exitHooked = false;
function removeAllAtExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const dir of liveDirs) fs.rmSync(dir, { recursive: true, force: true });
  });
}

export class UploadStore {
  private dir: string | null = null;
  private readonly uploads = new Map<string, Upload>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly now: () => number) {
    // An hour-old upload goes even if nobody calls again.
    this.timer = setInterval(() => this.sweep(), 10 * 60 * 1000);
    this.timer.unref();
  }

  private folder(): string {
    if (this.dir === null || !fs.existsSync(this.dir)) {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-import-'));
      liveDirs.add(this.dir);
      removeAllAtExit();
    }
    return this.dir;
  }

  begin(fileName: string, size: number): Upload {
    this.sweep();
    if (size >= IMPORT_MAX_BYTES) throw fieldError('size', 'Filen er 50 MB eller større. Del den op, eller gem kun de ark, der skal importeres.');
    const id = crypto.randomBytes(16).toString('hex');
    const file = path.join(this.folder(), `${id}.upload`);
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE));
    const upload: Upload = { id, fileName, size, file, received: 0, nextIndex: 0, lastUsedAt: this.now(), progress: { phase: 'upload', done: 0, total: size } };
    this.uploads.set(id, upload);
    return upload;
  }

  /** Appends piece `index`; pieces come in order, once each, and never beyond the size announced at begin. */
  chunk(id: string, index: number, bytes: Buffer): Upload {
    const upload = this.get(id);
    if (index !== upload.nextIndex) {
      throw fieldError('index', index < upload.nextIndex ? `Del ${index} er allerede modtaget.` : `Del ${upload.nextIndex} mangler før del ${index}.`);
    }
    if (upload.received + bytes.length > upload.size) throw fieldError('base64', 'Filen er større end oplyst. Vælg filen igen.');
    fs.appendFileSync(upload.file, bytes);
    upload.received += bytes.length;
    upload.nextIndex++;
    upload.progress = { phase: 'upload', done: upload.received, total: upload.size };
    return upload;
  }

  /** An upload that is there and complete enough to use; refreshes its hour. */
  get(id: string): Upload {
    this.sweep();
    const upload = this.uploads.get(id);
    if (!upload || !fs.existsSync(upload.file)) throw gone();
    upload.lastUsedAt = this.now();
    return upload;
  }

  /** The whole file has arrived (a read of half a file would report confusing problems). */
  complete(id: string): Upload {
    const upload = this.get(id);
    if (upload.received !== upload.size) throw fieldError('uploadId', `Filen er ikke modtaget helt (${upload.received} af ${upload.size} byte). Vælg filen igen.`);
    return upload;
  }

  /** Progress of an upload, or null when it is gone (never throws: the page polls it). */
  progress(id: string): ImportProgress | null {
    return this.uploads.get(id)?.progress ?? null;
  }

  remove(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    fs.rmSync(upload.file, { force: true });
  }

  sweep(): void {
    const cutoff = this.now() - UPLOAD_MAX_AGE_MS;
    for (const u of [...this.uploads.values()]) if (u.lastUsedAt < cutoff) this.remove(u.id);
  }

  close(): void {
    clearInterval(this.timer);
    this.uploads.clear();
    if (this.dir !== null) {
      fs.rmSync(this.dir, { recursive: true, force: true });
      liveDirs.delete(this.dir);
      this.dir = null;
    }
  }

  /** For tests: the private folder, when one has been made. */
  folderPath(): string | null {
    return this.dir;
  }
}
