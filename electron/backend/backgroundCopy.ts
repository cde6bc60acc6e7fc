// The day's automatic backup copies the open file with VACUUM INTO in a worker thread, on its own
// read-only connection with the same key, so the copy is encrypted like the file. On the main thread
// it held the app for about 4.5 s on a national file (450 MB) once a day, right after the unlock (#13).
// A WAL reader sees one snapshot: writes on the main connection go on meanwhile and are not in the copy.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { rawKey } from './db';
import { unpackedPath } from './integrityCheck';

export interface BackgroundCopy {
  /** Resolves when `target` holds the whole copy; rejects when it could not be made or was stopped. */
  done: Promise<void>;
  /** Stops the copy (the file was locked meanwhile); `done` then rejects. */
  cancel(): void;
}
export type BackgroundCopier = (file: string, hexKey: string, target: string) => BackgroundCopy;

// Plain CommonJS run with eval, as the integrity check's worker (integrityCheck.ts).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
try {
  db.pragma('key = ' + workerData.keyPragma);
  db.prepare('VACUUM INTO ?').run(workerData.target);
} finally {
  db.close();
}
parentPort.postMessage('ok');
`;

export const copyInWorker: BackgroundCopier = (file, hexKey, target) => {
  const sqlite = unpackedPath(createRequire(__filename).resolve('better-sqlite3-multiple-ciphers'));
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite, file, keyPragma: rawKey(hexKey), target } });
  // An app that quits during the copy is not kept open by it; the partial file is removed at the next start.
  worker.unref();
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Kopieringen stoppede (kode ${code}).`)));
  });
  return { done, cancel: () => void worker.terminate() };
};
