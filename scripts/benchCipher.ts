// What encryption costs: the same calls on the encrypted bench file and on a plain copy of it, in one
// run, alternating the two files; and what opening and unlocking the encrypted file takes.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import type { Method, MethodInput } from '../shared/api/index';
import { startBackend } from '../electron/backend/index';
import type { BackendContext } from '../electron/backend/context';
import { createRegistry, type Registry } from '../electron/backend/registry';
import type { Vault } from '../electron/backend/vault';
import { connect, openDatabase } from '../electron/backend/db';
import { readHeader } from '../electron/backend/datafile/files';
import { DEFAULT_KDFS, hexKey, keyFileOf, unwrapWithPassphrase, withNewPassphrase, writeEnvelope, type KeyEnvelope } from '../electron/backend/datafile/keys';

export interface CipherBenchInput {
  dir: string;
  /** The encrypted bench file, closed (its WAL written back). */
  dataFile: string;
  dataKey: Buffer;
  envelope: KeyEnvelope;
  passphrase: string;
  today: string;
  log: (line: string) => void;
}

const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 1)} ms`;
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A copy with the same content, decrypted: SQLite3MultipleCiphers removes the cipher on an empty rekey. */
function makePlainCopy(encrypted: string, dataKey: Buffer, plain: string): void {
  fs.copyFileSync(encrypted, plain);
  const db = connect(plain, hexKey(dataKey));
  try {
    // SQLite3MultipleCiphers cannot rekey a WAL-mode file.
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
  } finally {
    db.close();
  }
  const header = readHeader(plain);
  if (!header || !header.subarray(0, 16).equals(PLAIN_HEADER)) throw new Error(`${plain} is not plain SQLite after rekey = ''.`);
  if (readHeader(encrypted)?.subarray(0, 16).equals(PLAIN_HEADER)) throw new Error(`${encrypted} is not encrypted.`);
}

/**
 * Bench scaffolding, not app code: a context over a plain connection. The real Vault refuses a plain
 * file (it must be upgraded), so this stands in for the few Vault methods the registry and the
 * handlers call, and is always unlocked.
 */
function plainContext(db: Database.Database, dataFile: string, today: string): BackendContext {
  const vault = {
    dataFile,
    isUnlocked: () => true,
    lockIfIdle: () => false,
    touch: () => undefined,
    now: Date.now,
    keyEnvelope: () => null,
    sessionEpoch: () => 1,
  };
  return { db, vault: vault as unknown as Vault, dataFile, version: 'bench', today: () => today };
}

function cacheFacts(db: Database.Database): string {
  const size = db.pragma('cache_size', { simple: true }) as number;
  return size < 0 ? `${Math.round(-size / 1024)} MB` : `${size} sider`;
}

function fileFacts(db: Database.Database): string {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return `${pages.toLocaleString('da-DK')} sider à ${size} B`;
}

export async function runCipherBench({ dir, dataFile, dataKey, envelope, passphrase, today, log }: CipherBenchInput): Promise<void> {
  const plainFile = path.join(dir, 'plain.sqlite');
  const copyMs = timed(() => makePlainCopy(dataFile, dataKey, plainFile));
  log('');
  log(`Kryptering: ukrypteret kopi lavet på ${ms(copyMs)} (filhovedet er 'SQLite format 3').`);

  // The key file with the app's real scrypt cost, so unlocking below is what the coordinator waits for.
  const realEnvelope = withNewPassphrase(envelope, dataKey, passphrase, DEFAULT_KDFS, new Date().toISOString());
  writeEnvelope(keyFileOf(dataFile), realEnvelope);

  log('');
  log('Åbning og oplåsning (median)                              krypteret   ukrypteret');
  const scrypt: number[] = [];
  for (let i = 0; i < 3; i++) scrypt.push(timed(() => unwrapWithPassphrase(realEnvelope, passphrase)));
  const { N, r, p } = DEFAULT_KDFS.passphrase;
  log(`${`scrypt (N=2^${Math.log2(N)}, r=${r}, p=${p}) af adgangskoden`.padEnd(56)} ${ms(median(scrypt)).padStart(10)}   ${'–'.padStart(10)}`);

  // SQLite3MultipleCiphers' own key setup (the raw key) and the first page read through the cipher.
  const firstRead = { enc: [] as number[], plain: [] as number[] };
  const fullOpen = { enc: [] as number[], plain: [] as number[] };
  let cipherName = '';
  for (let i = 0; i < 7; i++) {
    firstRead.enc.push(
      timed(() => {
        const db = connect(dataFile, hexKey(dataKey), { readonly: true, fileMustExist: true });
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        cipherName ||= String(db.pragma('cipher', { simple: true }));
        db.close();
      }),
    );
    firstRead.plain.push(
      timed(() => {
        const db = connect(plainFile, undefined, { readonly: true, fileMustExist: true });
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        db.close();
      }),
    );
  }
  log(`${`nøgle sat + første læsning (cipher: ${cipherName})`.padEnd(56)} ${ms(median(firstRead.enc)).padStart(10)}   ${ms(median(firstRead.plain)).padStart(10)}`);
  // openDatabase as the app opens the file: key, quick_check over every page, WAL, migrations (none due).
  for (let i = 0; i < 3; i++) {
    fullOpen.enc.push(timed(() => openDatabase(dataFile, { key: hexKey(dataKey) }).close()));
    fullOpen.plain.push(timed(() => openDatabase(plainFile).close()));
  }
  log(`${'openDatabase (inkl. quick_check af hele filen)'.padEnd(56)} ${ms(median(fullOpen.enc)).padStart(10)}   ${ms(median(fullOpen.plain)).padStart(10)}`);

  // The real path: start the backend on the locked file and unlock it with the passphrase.
  const unlocks: number[] = [];
  let backend = null as ReturnType<typeof startBackend> | null;
  for (let i = 0; i < 3; i++) {
    backend?.close();
    const t = performance.now();
    backend = startBackend(dataFile, 'bench', () => today);
    if (backend.vault.unlock(passphrase).kind !== 'unlocked') throw new Error('The bench file did not unlock.');
    unlocks.push(performance.now() - t);
  }
  log(`${'startBackend + vault.unlock i alt (det brugeren venter på)'.padEnd(56)} ${ms(median(unlocks)).padStart(10)}`);
  if (!backend) throw new Error('unreachable');

  const plainDb = openDatabase(plainFile);
  try {
    log(`Filerne: krypteret ${fileFacts(backend.ctx.db)}, ukrypteret ${fileFacts(plainDb)}.`);
    const plainRegistry = createRegistry(plainContext(plainDb, plainFile, today));
    log('');
    log(`Med appens indstillinger (SQLite's cache: ${cacheFacts(backend.ctx.db)} pr. forbindelse, begge filer åbnet med openDatabase):`);
    await compareCalls(backend.registry, plainRegistry, backend.ctx.db, plainDb, today, log);
  } finally {
    plainDb.close();
    backend.close();
  }
}

async function compareCalls(enc: Registry, plain: Registry, encDb: Database.Database, plainDb: Database.Database, today: string, log: (line: string) => void): Promise<void> {
  const openCourse = (db: Database.Database) =>
    db.prepare('SELECT id, mentor_id FROM courses WHERE closed_on IS NULL AND mentor_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: number; mentor_id: number };
  const course = openCourse(encDb);
  if (JSON.stringify(openCourse(plainDb)) !== JSON.stringify(course)) throw new Error('The two files differ.');
  const cases: Array<[string, Method, () => unknown, number]> = [
    ['Forløb, første side', 'courses.list', () => ({ sort: 'name' }), 41],
    ['Forløb, side ved række 50.000', 'courses.list', () => ({ sort: 'name', offset: 50_000 }), 15],
    ['Forløb, søgning "østergaard" (læser hele tabellen)', 'courses.list', () => ({ search: 'østergaard' }), 9],
    ['Samtaler, nyeste først', 'contacts.list', () => ({}), 15],
    ['Statistik for hele 2026', 'statistics.get', () => ({ year: 2026 }), 5],
    [
      `Ny samtale (én skrivning, ${WRITES} gange)`,
      'contacts.create',
      () => ({ type: 'individuel', date: today, mentorId: course.mentor_id, durationMinutes: 30, courseIds: [course.id] }),
      WRITES,
    ],
  ];
  log('');
  log('kald (skiftevis krypteret og ukrypteret)                 krypteret   ukrypteret   forhold');
  for (const [label, method, input, reps] of cases) {
    const times = { enc: [] as number[], plain: [] as number[] };
    const run = async (registry: Registry, into: number[]) => {
      const t = performance.now();
      const result = await registry.call(method, input() as MethodInput<typeof method>);
      into.push(performance.now() - t);
      return result;
    };
    // One unmeasured call each (the two files must answer alike), then alternate which goes first.
    const first = JSON.stringify(await run(enc, []));
    if (first !== JSON.stringify(await run(plain, []))) throw new Error(`${method}: the encrypted file and its plain copy answer differently.`);
    for (let i = 0; i < reps; i++) {
      if (i % 2) {
        await run(enc, times.enc);
        await run(plain, times.plain);
      } else {
        await run(plain, times.plain);
        await run(enc, times.enc);
      }
    }
    const e = median(times.enc);
    const p = median(times.plain);
    log(`${label.padEnd(56)} ${ms(e).padStart(10)}   ${ms(p).padStart(10)}   ${(e / p).toFixed(2).padStart(6)}×`);
  }
}
