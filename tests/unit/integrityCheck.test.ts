// The integrity check runs beside the open file (integrityCheck.ts): reads answer before it has
// finished, nothing is written until it has passed, and a damaged file is moved aside unchanged.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { startBackend, type Backend } from '../../electron/backend/index';
import { checkInWorker, type CheckStartTimes, type IntegrityChecker } from '../../electron/backend/integrityCheck';
import { connect } from '../../electron/backend/db';
import { hexKey, keyFileOf, readEnvelope, unwrapWithPassphrase } from '../../electron/backend/datafile/keys';
import { makeBackend, TEST_KDFS, TEST_PASSPHRASE, TEST_TODAY } from '../helpers/backend';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A checker the test answers by hand; it records the files it was asked to check. */
function heldChecker() {
  const asked: string[] = [];
  let answer: (verdict: string) => void = () => undefined;
  const checker: IntegrityChecker = (file) => {
    asked.push(file);
    return { verdict: new Promise<string>((resolve) => (answer = resolve)), cancel: () => undefined };
  };
  return { checker, asked, answer: (verdict: string) => answer(verdict) };
}

/** A good file with one municipality, closed; its backend is reopened by each test. */
async function closedFile(): Promise<{ dataFile: string }> {
  const b = makeBackend();
  cleanups.push(() => fs.rmSync(b.dir, { recursive: true, force: true }));
  await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
  b.close();
  return { dataFile: b.dataFile };
}

function reopen(dataFile: string, integrityCheck?: IntegrityChecker, checkStart?: CheckStartTimes): Backend {
  const backend = startBackend(dataFile, '0.0.0-test', () => TEST_TODAY, { kdfs: TEST_KDFS, integrityCheck, checkStart });
  cleanups.push(() => backend.close());
  return backend;
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

/** Overwrites pages 2–3 of the file, as a failing disk would. */
function damage(dataFile: string): Buffer {
  const bytes = fs.readFileSync(dataFile);
  bytes.fill(0x5a, 4096, 12288);
  fs.writeFileSync(dataFile, bytes);
  return bytes;
}

describe('the integrity check beside the open file', () => {
  it('closes a file whose check still runs without writing to it, even with a WAL left by a killed process', async () => {
    const a = makeBackend();
    cleanups.push(() => a.cleanup());
    await a.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    // A copy as a killed process leaves it: the file, its WAL with the last commits, and the key file.
    const dir = fs.mkdtempSync(`${a.dir}-killed-`);
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const name of fs.readdirSync(a.dir)) if (!name.endsWith('-shm') && fs.statSync(`${a.dir}/${name}`).isFile()) fs.copyFileSync(`${a.dir}/${name}`, `${dir}/${name}`);
    const copy = `${dir}/${a.dataFile.split('/').pop()}`;
    expect(fs.statSync(`${copy}-wal`).size).toBeGreaterThan(0);
    const held = heldChecker();
    const b = startBackend(copy, '0.0.0-test', () => TEST_TODAY, { kdfs: TEST_KDFS, integrityCheck: held.checker });
    expect((await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE })).kind).toBe('unlocked');
    expect((await b.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
    b.close();
    // What it left opens whole for a read-only reader (a WAL without its index would be refused).
    const key = unwrapWithPassphrase(readEnvelope(keyFileOf(copy)), TEST_PASSPHRASE);
    const reader = connect(copy, hexKey(key!), { fileMustExist: true, readonly: true });
    try {
      expect(reader.pragma('quick_check', { simple: true })).toBe('ok');
      expect(reader.prepare('SELECT name FROM municipalities').pluck().all()).toEqual(['Odense']);
    } finally {
      reader.close();
    }
  });

  it('answers the first reads before the check has finished, and lets writes through only after it passed', async () => {
    const { dataFile } = await closedFile();
    const held = heldChecker();
    const b = reopen(dataFile, held.checker);
    expect((await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE })).kind).toBe('unlocked');
    // The first screen's reads answer before the check has even started …
    expect((await b.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
    expect(held.asked).toEqual([]);
    expect(b.vault.integrityPending()).toBe(true);
    // … a write starts it at once and waits for it …
    let written = false;
    const write = b.registry.call('municipalities.create', { name: 'Vejle', code: 630 }).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(held.asked).toEqual([dataFile]);
    expect(written).toBe(false);
    // … and SQLite itself refuses a write that went round the registry meanwhile.
    expect(() => b.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run()).toThrow(/readonly/i);
    held.answer('ok');
    await write;
    expect((await b.registry.call('municipalities.list')).map((m) => m.name).sort()).toEqual(['Odense', 'Vejle']);
    // The unlock's audit line was written once the check had passed.
    const audit = b.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'session.unlock'").get() as { n: number };
    expect(audit.n).toBe(1);
  });

  it('starts the check when the first screen has been answered, or at the latest a while after the unlock', async () => {
    const { dataFile } = await closedFile();
    const times = { quietMs: 150, latestMs: 600 };
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Reads keep coming: the check waits until they have been quiet for quietMs (counted from the first call).
    const held = heldChecker();
    const b = reopen(dataFile, held.checker, times);
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    await sleep(200);
    expect(held.asked).toEqual([]);
    for (let i = 0; i < 3; i++) {
      await b.registry.call('municipalities.list');
      await sleep(60);
    }
    expect(held.asked).toEqual([]);
    await sleep(200);
    expect(held.asked).toEqual([dataFile]);
    // The unlock's audit line waits for the check without starting it, and is written once it passed.
    const audits = () => (b.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'session.unlock'").get() as { n: number }).n;
    expect(audits()).toBe(0);
    held.answer('ok');
    await b.vault.integrityChecked();
    await sleep(0);
    expect(audits()).toBe(1);
    b.close();
    // No call at all: it starts at the latest latestMs after the unlock.
    const idle = heldChecker();
    const c = reopen(dataFile, idle.checker, times);
    await c.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    await sleep(400);
    expect(idle.asked).toEqual([]);
    await sleep(400);
    expect(idle.asked).toEqual([dataFile]);
    // Locked before the check started: it never starts, and waiting for it ends.
    c.close();
    const late = heldChecker();
    const d = reopen(dataFile, late.checker, times);
    await d.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    const waiting = d.vault.integrityChecked({ startNow: false }).then(() => 'passed', () => 'refused');
    d.vault.lock();
    expect(await waiting).toBe('refused');
    await sleep(700);
    expect(late.asked).toEqual([]);
  });

  it('an unlock locked and unlocked again before its check ran writes its audit line only after the new check passed', async () => {
    const { dataFile } = await closedFile();
    const held = heldChecker();
    const b = reopen(dataFile, held.checker, { quietMs: 5000, latestMs: 5000 });
    const audits = () => (b.ctx.db.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'session.unlock'").get() as { n: number }).n;
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    await b.registry.call('session.lock');
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    // The first unlock's waiting audit line must not meet the new, still unchecked (read-only) connection.
    await new Promise((r) => setTimeout(r, 50));
    expect(held.asked).toEqual([]);
    expect(audits()).toBe(0);
    const write = b.registry.call('municipalities.create', { name: 'Vejle', code: 630 });
    held.answer('ok');
    await write;
    await new Promise((r) => setTimeout(r, 0));
    expect(audits()).toBe(2);
  });

  it('refuses a write on a damaged file, moves the file aside unchanged, and refuses every later call', async () => {
    const { dataFile } = await closedFile();
    const held = heldChecker();
    const b = reopen(dataFile, held.checker);
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    const before = fs.readFileSync(dataFile);
    const write = refusal(b.registry.call('municipalities.create', { name: 'Vejle', code: 630 }));
    const backup = refusal(b.registry.call('backup.create'));
    held.answer('*** in database main ***\nPage 3: btreeInitPage() returns error code 11');
    expect((await write).code).toBe('LOCKED');
    expect((await write).message).toMatch(/beskadiget/);
    expect((await backup).code).toBe('LOCKED');
    const state = await b.registry.call('session.state');
    expect(state).toMatchObject({ kind: 'trouble', problem: 'corrupt' });
    const aside = state.kind === 'trouble' ? (state.movedAsideTo as string) : '';
    expect(fs.readFileSync(aside).equals(before)).toBe(true);
    expect(fs.existsSync(dataFile)).toBe(false);
    // No copy of the damaged file was taken (no daily backup, no copy before the write).
    expect(state.kind === 'trouble' && state.backups.filter((x) => x.kind !== 'auto')).toEqual([]);
    expect((await refusal(b.registry.call('municipalities.list'))).code).toBe('LOCKED');
  });

  it('finds real damage with quick_check in a worker thread, before any write reaches the file', async () => {
    const { dataFile } = await closedFile();
    const bytes = damage(dataFile);
    const b = reopen(dataFile);
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    const write = await refusal(b.registry.call('municipalities.create', { name: 'Vejle', code: 630 }));
    expect(write.code).toBe('LOCKED');
    const state = b.vault.state();
    expect(state).toMatchObject({ kind: 'trouble', problem: 'corrupt' });
    expect(fs.readFileSync(state.kind === 'trouble' ? (state.movedAsideTo as string) : '').equals(bytes)).toBe(true);
  });

  it('the worker answers ok for a good file and names the damage of a bad one', async () => {
    const { dataFile } = await closedFile();
    const b = reopen(dataFile);
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    await b.vault.integrityChecked();
    // The worker's key: the one the vault unlocked with (read back from the open connection's file).
    const key = (b.vault as unknown as { dataKey: Buffer }).dataKey.toString('hex');
    expect(await checkInWorker(dataFile, key).verdict).toBe('ok');
    b.close();
    damage(dataFile);
    expect(await checkInWorker(dataFile, key).verdict).not.toBe('ok');
    expect(await checkInWorker(dataFile, '00'.repeat(32)).verdict).toMatch(/not a database/i);
  });

  it('checks in the main thread when the worker cannot run, so the file is never left unchecked', async () => {
    const { dataFile } = await closedFile();
    const bytes = damage(dataFile);
    const broken: IntegrityChecker = () => ({ verdict: Promise.reject(new Error('ingen worker')), cancel: () => undefined });
    const b = reopen(dataFile, broken);
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    expect((await refusal(b.registry.call('municipalities.create', { name: 'Vejle', code: 630 }))).code).toBe('LOCKED');
    const state = b.vault.state();
    expect(state.kind === 'trouble' && fs.readFileSync(state.movedAsideTo as string).equals(bytes)).toBe(true);
  });
});
