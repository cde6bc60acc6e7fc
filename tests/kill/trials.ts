// Kill trials: a real backend process does writes, backups, restores or the plain-file upgrade
// and is killed with SIGKILL at a random moment; then the file is opened again and checked.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { connect, openDatabase } from '../../electron/backend/db';
import { hexKey, keyFileOf, readEnvelope, unwrapWithPassphrase } from '../../electron/backend/datafile/keys';
import { backupDir } from '../../electron/backend/db';
import { startBackend, type Backend } from '../../electron/backend/index';
import { TEST_KDFS, TEST_PASSPHRASE } from '../helpers/backend';

export type TrialKind = 'writes' | 'backup' | 'restore' | 'upgrade';

export interface TrialReport {
  kind: TrialKind;
  trials: number;
  acknowledged: number;
  lost: number;
  /** Trials after which the file did not open or was not whole; each with the reason. */
  failures: string[];
}

interface Killed {
  lines: string[];
}

/** Starts the child, waits for `startLine`, lets it work for `delayMs`, then kills it with SIGKILL. */
function runAndKill(child: string, args: string[], startLine: string, delayMs: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = false;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!started && out.includes(`${startLine}\n`)) {
        started = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code, signal) => {
      if (!started || (signal !== 'SIGKILL' && code !== 0)) reject(new Error(`child ended early (${code ?? signal}): ${err || out}`));
      // Only whole lines were acknowledged; a cut-off last line was not.
      else resolve({ lines: out.split('\n').slice(0, -1) });
    });
  });
}

function openUnlocked(dataFile: string): Backend {
  const b = startBackend(dataFile, 'kill', () => '2026-11-23', { kdfs: TEST_KDFS });
  if (b.vault.state().kind === 'locked') b.vault.unlock(TEST_PASSPHRASE);
  return b;
}

function wholeEncrypted(file: string): string | null {
  const key = unwrapWithPassphrase(readEnvelope(keyFileOf(file)), TEST_PASSPHRASE);
  if (!key) return 'key';
  // Read-write, as the app opens it: after a kill the WAL may need recovery, which a read-only
  // connection cannot run (SQLITE_READONLY_RECOVERY, "attempt to write a readonly database").
  const db = connect(file, hexKey(key), { fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    return check === 'ok' ? null : String(check);
  } finally {
    db.close();
  }
}

const names = (b: Backend) => (b.ctx.db.prepare('SELECT name FROM municipalities ORDER BY code').all() as { name: string }[]).map((r) => r.name).join(',');

export async function runTrials(child: string, dir: string, kind: TrialKind, trials: number, maxDelayMs: number): Promise<TrialReport> {
  const report: TrialReport = { kind, trials, acknowledged: 0, lost: 0, failures: [] };
  const dataFile = path.join(dir, `${kind}.sqlite`);
  const contents = new Set<string>();
  if (kind === 'backup' || kind === 'restore') {
    // Three copies with different content to restore between.
    const b = startBackend(dataFile, 'kill', () => '2026-11-23', { kdfs: TEST_KDFS });
    b.vault.setup(TEST_PASSPHRASE);
    await b.registry.call('setup.startEmpty', { corpsName: 'Drabsforsøg' });
    for (const code of [461, 450, 492]) {
      await b.registry.call('municipalities.create', { name: `Kommune ${code}`, code });
      await b.registry.call('backup.create');
      contents.add(names(b));
    }
    b.close();
  }
  const plainTemplate = path.join(dir, 'plain-template.sqlite');
  if (kind === 'upgrade') {
    const db = openDatabase(plainTemplate);
    db.pragma('journal_mode = DELETE');
    db.prepare("INSERT INTO municipalities (name, sort_key, code) VALUES ('Odense', 'odense', 461)").run();
    db.close();
  }

  for (let t = 0; t < trials; t++) {
    const delay = Math.random() * maxDelayMs;
    try {
      if (kind === 'upgrade') {
        for (const suffix of ['', '.key', '-wal', '-shm', '.krypter.tmp']) fs.rmSync(dataFile + suffix, { force: true });
        fs.copyFileSync(plainTemplate, dataFile);
        await runAndKill(child, ['upgrade', dataFile, TEST_PASSPHRASE], 'START', delay);
        const b = startBackend(dataFile, 'kill', () => '2026-11-23', { kdfs: TEST_KDFS });
        try {
          const state = b.vault.state().kind;
          // Killed after the rename: an encrypted file (counted); before it: the plain file, set up again now.
          if (state === 'locked') report.acknowledged++;
          if (state === 'locked') b.vault.unlock(TEST_PASSPHRASE);
          else if (state === 'plain') b.vault.setup(TEST_PASSPHRASE);
          else throw new Error(`state ${state}`);
          if (names(b) !== 'Odense') throw new Error(`data ${names(b)}`);
        } finally {
          b.close();
        }
        continue;
      }
      const { lines } = await runAndKill(child, [kind, dataFile, TEST_PASSPHRASE], 'READY', delay);
      const acks = lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4));
      report.acknowledged += acks.length;
      const problem = wholeEncrypted(dataFile);
      if (problem) throw new Error(`not whole: ${problem}`);
      const b = openUnlocked(dataFile);
      try {
        if (!b.vault.isUnlocked()) throw new Error(`state ${b.vault.state().kind}`);
        if (kind === 'writes') {
          const codes = new Set((b.ctx.db.prepare('SELECT code FROM municipalities').all() as { code: number }[]).map((r) => `C${r.code}`));
          report.lost += acks.filter((a) => a.startsWith('C') && !codes.has(a)).length;
          // An acknowledged update is there, or a later one replaced it (a later unacknowledged one may have committed too).
          const lastUpdate = acks.filter((a) => a.startsWith('U')).at(-1);
          const address = (b.ctx.db.prepare('SELECT address FROM municipalities WHERE id = 1').get() as { address: string | null } | undefined)?.address;
          if (lastUpdate && Number(/\d+$/.exec(address ?? '')?.[0] ?? -1) < Number(lastUpdate.slice(1))) report.lost++;
        } else if (kind === 'backup') {
          const left = fs.readdirSync(backupDir(dataFile)).filter((n) => n.endsWith('.tmp'));
          if (left.length) throw new Error(`leftovers ${left.join(',')}`);
          const listed = fs.readdirSync(backupDir(dataFile)).filter((n) => n.endsWith('.sqlite'));
          for (const n of listed) if (!fs.existsSync(path.join(backupDir(dataFile), `${n}.key`))) throw new Error(`copy without key file ${n}`);
        } else if (kind === 'restore') {
          if (!contents.has(names(b))) throw new Error(`unexpected content ${names(b)}`);
          const last = acks.at(-1);
          if (last && lines.at(-1) === `ACK ${last}` && !contents.has(names(b))) report.lost++;
        }
      } finally {
        b.close();
      }
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      report.failures.push(`forsøg ${t + 1} (${Math.round(delay)} ms): ${err instanceof Error ? err.message : String(err)}${code ? ` (${String(code)})` : ''}`);
    }
  }
  return report;
}

