// PRAGMA quick_check off the path to the first screen. It reads every page (0.5–1.0 s on a national
// file), so when no migration is due the file opens at once and the check runs in a worker thread on
// a second, read-only connection. Until it has passed the main connection is query_only and the
// registry lets only the first screens' reads through (READS_BEFORE_CHECK); every other call, the
// day's backup and the unlock's audit line wait for it. A failed check moves the file aside as before.
import { DAMAGE } from './db';
import { onReadOnlyConnection } from './readOnlyWorker';

export interface IntegrityCheck {
  /** 'ok', or what quick_check found (damage). Rejects only when the check itself could not run. */
  verdict: Promise<string>;
  /** Stops the check (the file was locked meanwhile); the verdict then never matters. */
  cancel(): void;
}
export type IntegrityChecker = (file: string, hexKey: string) => IntegrityCheck;

/**
 * Reads the first screens may make before the check has passed: pure reads, no audit line of their
 * own (person look-ups wait before their log line). A method not listed here simply waits, so a new
 * method is safe by default. query_only on the connection refuses a write that slips through anyway.
 */
export const READS_BEFORE_CHECK: ReadonlySet<string> = new Set([
  'app.info', 'municipalities.list', 'mentors.list', 'mentors.get', 'themes.list', 'mentees.list', 'mentees.similar',
  'courses.list', 'courses.get', 'contacts.list', 'caseload.board', 'caseload.suggest', 'followUp.list',
  'checkpoints.months', 'checkpoints.due', 'statistics.years', 'statistics.get', 'survey.get', 'billing.list', 'billing.get',
  'backup.list', 'log.settings', 'privacy.retentionSettings', 'privacy.retentionDue', 'privacy.requests',
  // Not a read, but locking writes nothing to an unchecked file (no PRAGMA optimize) and must never wait.
  'session.lock',
]);

/** quick_check's verdict; an error that names damage (not a failure to run) is the verdict too. */
const CHECK_BODY = `
const damage = new RegExp(workerData.damage, 'i');
try {
  return db.pragma('quick_check').map((r) => r.quick_check).join('; ');
} catch (err) {
  const text = String(err && err.message) + ' ' + String(err && err.code);
  if (!damage.test(text)) throw err;
  return text;
}`;

/** The default checker: quick_check in a worker thread on a read-only connection with the same key. */
export const checkInWorker: IntegrityChecker = (file, hexKey) => {
  const job = onReadOnlyConnection(file, hexKey, CHECK_BODY, 'Kontrollen af datafilen', { damage: DAMAGE.source });
  return { verdict: job.result, cancel: job.cancel };
};

/**
 * When the check starts (#13): it reads every page of the file and takes a core for seconds, so it waits
 * until the first screen has been answered: quietMs after the last call, counted from the first call
 * after the unlock; at the latest latestMs after the unlock; at once when a call must wait for it.
 */
export interface CheckStartTimes {
  quietMs: number;
  latestMs: number;
}
export const CHECK_START_TIMES: CheckStartTimes = { quietMs: 300, latestMs: 2500 };

export interface DeferredStart {
  /** A call came in: the quiet time counts again from now. */
  activity(): void;
  /** Starts now (if not started or cancelled). */
  now(): void;
  /** Never starts. */
  cancel(): void;
}

export function deferredStart(start: () => void, { quietMs, latestMs }: CheckStartTimes): DeferredStart {
  let done = false;
  let quiet: NodeJS.Timeout | undefined;
  const stop = () => {
    done = true;
    clearTimeout(quiet);
    clearTimeout(latest);
  };
  const now = () => {
    if (done) return;
    stop();
    start();
  };
  // unref: a pending start never keeps the process alive.
  const latest = setTimeout(now, latestMs).unref();
  return {
    activity() {
      if (done) return;
      clearTimeout(quiet);
      quiet = setTimeout(now, quietMs).unref();
    },
    now,
    cancel: stop,
  };
}
