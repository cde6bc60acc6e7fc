// The day's automatic backup copies the open file with VACUUM INTO in a worker thread, on its own
// read-only connection with the same key (readOnlyWorker.ts), so the copy is encrypted like the file.
// On the main thread it held the app for about 4.5 s on a national file (450 MB) once a day, right after
// the unlock (#13). A WAL reader sees one snapshot: writes on the main connection go on meanwhile and are
// not in the copy.
import { onReadOnlyConnection } from './readOnlyWorker';

export interface BackgroundCopy {
  /** Resolves when `target` holds the whole copy; rejects when it could not be made or was stopped. */
  done: Promise<void>;
  /** Stops the copy (the file was locked meanwhile); `done` then rejects. */
  cancel(): void;
}
export type BackgroundCopier = (file: string, hexKey: string, target: string) => BackgroundCopy;

export const copyInWorker: BackgroundCopier = (file, hexKey, target) => {
  const job = onReadOnlyConnection(file, hexKey, `db.prepare('VACUUM INTO ?').run(workerData.target);\nreturn 'ok';`, 'Kopieringen', { target });
  return { done: job.result.then(() => undefined), cancel: job.cancel };
};
