// Work on a second, read-only connection to the open data file, in a worker thread, so the app answers
// meanwhile: the integrity check (integrityCheck.ts) and the day's copy (backgroundCopy.ts).
// Why a worker and not a child process: same key in memory, no second executable (Electron's
// runAsNode fuse is off), and better-sqlite3 is context-aware, so it loads in worker threads.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { rawKey } from './db';

export interface WorkerJob {
  /** What the job's body returned; rejects when the job could not run or was stopped. */
  result: Promise<string>;
  /** Stops the job (the file was locked meanwhile); `result` then rejects. */
  cancel(): void;
}

/**
 * The packaged app keeps the sqlite module (JavaScript and native code, no runtime dependencies)
 * unpacked beside app.asar (electron-builder.yml asarUnpack): the worker loads it from there, so it
 * does not rely on asar reading inside worker threads.
 */
export function unpackedPath(modulePath: string): string {
  return modulePath.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

// Plain CommonJS run with eval: nothing to bundle, so the same code runs under vitest, `npm run web`
// and the packaged app; the sqlite module is required by the absolute path the main process resolved.
const source = (body: string) => `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
let result;
try {
  db.pragma('key = ' + workerData.keyPragma);
  result = (() => {
${body}
  })();
} finally {
  db.close();
}
parentPort.postMessage(result);
`;

/**
 * Runs `body` (CommonJS; `db` is the read-only connection with the key, `workerData` holds `data`) in a
 * worker thread; the string it returns is the job's result. `stopped` says what stopped, in Danish.
 */
export function onReadOnlyConnection(file: string, hexKey: string, body: string, stopped: string, data: Record<string, string> = {}): WorkerJob {
  const sqlite = unpackedPath(createRequire(__filename).resolve('better-sqlite3-multiple-ciphers'));
  const worker = new Worker(source(body), { eval: true, workerData: { ...data, sqlite, file, keyPragma: rawKey(hexKey) } });
  // An app that quits during the job is not kept open by it.
  worker.unref();
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', (v: string) => resolve(v));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${stopped} stoppede (kode ${code}).`)));
  });
  return { result, cancel: () => void worker.terminate() };
}
