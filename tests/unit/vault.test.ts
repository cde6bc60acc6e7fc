// The encrypted data file: unreadable without the key, passphrase and recovery code, the lock,
// the upgrade of a plain file, and the start states for a file in trouble. Real files throughout.
import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { sidecarOf } from '../../electron/backend/backup';
import { DataFileInUseError } from '../../electron/backend/dataFileLock';
import { DEFAULT_KDFS, keyFileOf } from '../../electron/backend/datafile/keys';
import { APPLICATION_ID, backupDir, legacyBackupDir, openDatabase } from '../../electron/backend/db';
import { startBackend, type Backend } from '../../electron/backend/index';
import { migrations } from '../../electron/backend/migrations/index';
import { makeBackend, TEST_KDFS, TEST_PASSPHRASE, TEST_TODAY, type TestBackend } from '../helpers/backend';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function tracked(b: TestBackend): TestBackend & { recoveryCode: string } {
  cleanups.push(() => b.cleanup());
  return b as TestBackend & { recoveryCode: string };
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-vault-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dataFile: string, now?: () => number): Backend {
  const backend = startBackend(dataFile, '0.0.0-test', () => TEST_TODAY, { kdfs: TEST_KDFS, now });
  cleanups.push(() => backend.close());
  return backend;
}

async function refused(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('expected a refusal');
}

/** Every file in the folder tree, for a search of the raw bytes. */
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function demoMenteeName(b: Backend): Promise<string> {
  await b.registry.call('setup.loadDemo');
  const { rows } = await b.registry.call('mentees.list', { limit: 1 });
  return rows[0].name;
}

describe('encryption at rest', () => {
  it('leaves no mentee name in the data file, its WAL or any backup, and the sqlite3 CLI sees no database', async () => {
    const b = tracked(makeBackend());
    const name = await demoMenteeName(b);
    await b.registry.call('backup.create');
    expect(fs.existsSync(`${b.dataFile}-wal`)).toBe(true);
    const files = allFiles(b.dir);
    expect(files.filter((f) => f.endsWith('.sqlite')).length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(fs.readFileSync(file).includes(Buffer.from(name)), file).toBe(false);
    const cli = (() => {
      try {
        return execFileSync('sqlite3', [b.dataFile, 'SELECT count(*) FROM mentees'], { encoding: 'utf8', stdio: 'pipe' });
      } catch (err) {
        return String((err as { stderr?: string }).stderr);
      }
    })();
    expect(cli).toMatch(/file is not a database/);
  });

  it('creates every file readable by its owner only', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const backup = await b.registry.call('backup.create');
    const backupFile = path.join(backupDir(b.dataFile), backup.name);
    for (const file of [b.dataFile, `${b.dataFile}-wal`, `${b.dataFile}-shm`, keyFileOf(b.dataFile), backupFile, sidecarOf(backupFile)]) {
      expect(fs.statSync(file).mode & 0o777, file).toBe(0o600);
    }
    expect(fs.statSync(backupDir(b.dataFile)).mode & 0o777).toBe(0o700);
  });

  it('uses a slow KDF by default and keeps the key file free of the data key', async () => {
    expect(DEFAULT_KDFS.passphrase.N).toBeGreaterThanOrEqual(2 ** 17);
    const b = tracked(makeBackend());
    const envelope = fs.readFileSync(keyFileOf(b.dataFile), 'utf8');
    expect(envelope).not.toContain(TEST_PASSPHRASE);
    expect(JSON.parse(envelope).passphrase.N).toBe(TEST_KDFS.passphrase.N);
  });
});

describe('unlocking', () => {
  it('asks for the passphrase after a restart; a wrong one changes nothing and is counted; five in a row slow it down', async () => {
    const dir = tempDir();
    const dataFile = path.join(dir, 'data.sqlite');
    let now = Date.parse('2026-11-23T09:00:00Z');
    const first = startBackend(dataFile, 't', () => TEST_TODAY, { kdfs: TEST_KDFS, now: () => now });
    await first.registry.call('session.setup', { passphrase: TEST_PASSPHRASE });
    await first.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
    first.close();

    const b = open(dataFile, () => now);
    expect((await b.registry.call('session.state')).kind).toBe('locked');
    expect((await refused(b.registry.call('municipalities.list'))).code).toBe('LOCKED');
    const before = fs.readFileSync(dataFile);
    for (let i = 1; i <= 5; i++) {
      const err = await refused(b.registry.call('session.unlock', { passphrase: 'forkert adgangskode' }));
      expect(err.fields.passphrase).toMatch(/Forkert adgangskode/);
    }
    const state = await b.registry.call('session.state');
    expect(state).toMatchObject({ kind: 'locked', failedAttempts: 5 });
    expect(state.kind === 'locked' && state.retryAfterMs).toBeGreaterThan(0);
    // Even the right passphrase waits until the pause is over.
    expect((await refused(b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE }))).fields.passphrase).toMatch(/Vent \d+ sekunder/);
    expect(fs.readFileSync(dataFile).equals(before)).toBe(true);
    now += 6000;
    expect((await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE })).kind).toBe('unlocked');
    expect((await b.registry.call('app.info')).corpsName).toBe('Testkorps');
  });

  it('refuses a passphrase that breaks the rule, naming the rule', async () => {
    const dir = tempDir();
    const b = open(path.join(dir, 'data.sqlite'));
    expect((await refused(b.registry.call('session.setup', { passphrase: 'kort' }))).fields.passphrase).toMatch(/mindst 12 tegn/);
    expect((await refused(b.registry.call('session.setup', { passphrase: '123456789012345' }))).fields.passphrase).toMatch(/kun bestå af tal/);
    expect((await b.registry.call('session.state')).kind).toBe('new');
    expect(fs.existsSync(path.join(dir, 'data.sqlite'))).toBe(false);
  });

  it('unlocks with the recovery code, which sets a new passphrase; the old one stops working', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    await b.registry.call('session.lock');
    const wrong = await refused(b.registry.call('session.recover', { recoveryCode: '0000-0000-0000-0000-0000-0000', newPassphrase: 'en helt ny adgangskode' }));
    expect(wrong.fields.recoveryCode).toMatch(/passer ikke/);
    const typed = b.recoveryCode.toLowerCase().replace(/(.{4})/g, '$1 ');
    expect((await b.registry.call('session.recover', { recoveryCode: typed, newPassphrase: 'en helt ny adgangskode' })).kind).toBe('unlocked');
    await b.registry.call('session.lock');
    await refused(b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE }));
    await b.registry.call('session.unlock', { passphrase: 'en helt ny adgangskode' });
    expect((await b.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
  });

  it('changes the passphrase without re-encrypting the file, and makes a new recovery code', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const before = await b.registry.call('backup.create');
    expect((await refused(b.registry.call('session.changePassphrase', { currentPassphrase: 'forkert forkert', newPassphrase: 'blå hest på taget' }))).fields.currentPassphrase).toBeTruthy();
    await b.registry.call('session.changePassphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'blå hest på taget' });
    const { recoveryCode } = await b.registry.call('session.newRecoveryCode', { passphrase: 'blå hest på taget' });
    // Same data key: a copy from before the change restores without asking for the old passphrase.
    expect((await b.registry.call('backup.restore', { name: before.name })).restored).toBe(before.name);
    b.vault.lock();
    await refused(b.registry.call('session.recover', { recoveryCode: b.recoveryCode, newPassphrase: 'noget helt andet' }));
    expect((await b.registry.call('session.recover', { recoveryCode, newPassphrase: 'noget helt andet' })).kind).toBe('unlocked');
  });

  it('locks after the idle time (fixed clock) and then refuses every data call', async () => {
    let now = Date.parse('2026-11-23T09:00:00Z');
    const b = tracked(makeBackend(TEST_TODAY, { now: () => now }));
    await b.registry.call('session.setIdleLock', { minutes: 10 });
    now += 9 * 60_000;
    await b.registry.call('municipalities.list');
    now += 9 * 60_000;
    await b.registry.call('municipalities.list');
    now += 10 * 60_000 + 1;
    expect((await refused(b.registry.call('municipalities.list'))).code).toBe('LOCKED');
    expect((await b.registry.call('session.state')).kind).toBe('locked');
    expect(b.registry.sessionEpoch()).toBeNull();
  });

  it('shows a caller without a session only the unlock screen, even while another session is unlocked', async () => {
    const b = tracked(makeBackend());
    const state = await b.registry.respond('session.state', {}, { signedIn: false });
    expect(state).toMatchObject({ ok: true, result: { kind: 'locked' } });
    expect(await b.registry.respond('municipalities.list', {}, { signedIn: false })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // While the file is open for someone else, signing in still needs the right passphrase.
    expect(await b.registry.respond('session.unlock', { passphrase: 'forkert adgangskode' }, { signedIn: false })).toMatchObject({
      ok: false,
      error: { fields: { passphrase: expect.stringMatching(/Forkert adgangskode/) } },
    });
    expect(await b.registry.respond('session.recover', { recoveryCode: '0000-0000-0000-0000-0000-0000', newPassphrase: 'noget helt nyt her' }, { signedIn: false })).toMatchObject({
      ok: false,
    });
    expect(await b.registry.respond('session.unlock', { passphrase: TEST_PASSPHRASE }, { signedIn: false })).toMatchObject({ ok: true, result: { kind: 'unlocked' } });
  });
});

describe('one process per data file', () => {
  it('refuses a second opener of the same file and leaves the file unchanged', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const before = fs.readFileSync(b.dataFile);
    expect(() => startBackend(b.dataFile, 't', () => TEST_TODAY, { kdfs: TEST_KDFS })).toThrow(DataFileInUseError);
    expect(fs.readFileSync(b.dataFile).equals(before)).toBe(true);
    b.close();
    // Released on close: the next opener gets it.
    open(b.dataFile);
  });
});

describe('restore', () => {
  it('restores a backup taken before a passphrase change on another PC with the passphrase valid then', async () => {
    const b = tracked(makeBackend());
    const name = await demoMenteeName(b);
    const backup = await b.registry.call('backup.create');
    await b.registry.call('session.changePassphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'blå hest på taget' });

    // "Another PC": only the copy and its key file, in the backup folder of a new data file.
    const other = path.join(tempDir(), 'data.sqlite');
    fs.mkdirSync(backupDir(other), { recursive: true });
    const source = path.join(backupDir(b.dataFile), backup.name);
    fs.copyFileSync(source, path.join(backupDir(other), backup.name));
    fs.copyFileSync(sidecarOf(source), sidecarOf(path.join(backupDir(other), backup.name)));
    const o = open(other);
    const state = await o.registry.call('session.state');
    expect(state).toMatchObject({ kind: 'trouble', problem: 'missing' });
    const needsSecret = await refused(o.registry.call('session.restoreBackup', { name: backup.name }));
    expect(needsSecret.fields.passphrase).toMatch(/adgangskode eller gendannelseskode, der gjaldt/);
    await refused(o.registry.call('session.restoreBackup', { name: backup.name, passphrase: 'blå hest på taget' }));
    expect((await o.registry.call('session.restoreBackup', { name: backup.name, passphrase: TEST_PASSPHRASE })).kind).toBe('unlocked');
    expect((await o.registry.call('mentees.list', { search: name })).total).toBeGreaterThan(0);
    o.vault.lock();
    await o.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('accepts only Mentorkorps backups and leaves the data unchanged otherwise', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    fs.mkdirSync(backupDir(b.dataFile), { recursive: true });
    const foreign = new Database(path.join(backupDir(b.dataFile), 'manuel-fremmed.sqlite'));
    foreign.exec('CREATE TABLE andet (x); INSERT INTO andet VALUES (1)');
    foreign.close();
    const err = await refused(b.registry.call('backup.restore', { name: 'manuel-fremmed.sqlite' }));
    expect(err.fields.name).toMatch(/ikke en Mentorkorps-kopi/);
    expect((await b.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
  });

  it('leaves no WAL behind after a restore and a shutdown', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const backup = await b.registry.call('backup.create');
    await b.registry.call('backup.restore', { name: backup.name });
    await b.registry.call('municipalities.create', { name: 'Nyborg', code: 450 });
    b.close();
    expect(fs.existsSync(`${b.dataFile}-wal`)).toBe(false);
    const again = open(b.dataFile);
    await again.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    expect((await again.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Nyborg', 'Odense']);
  });

  it('keeps one backup set per data file, even when two data files share a folder', async () => {
    const a = tracked(makeBackend());
    const second = open(path.join(a.dir, 'andet.sqlite'));
    await second.registry.call('session.setup', { passphrase: TEST_PASSPHRASE });
    await a.registry.call('backup.create');
    expect((await a.registry.call('backup.list')).backups).toHaveLength(1);
    expect((await second.registry.call('backup.list')).backups).toHaveLength(0);
  });

  it('removes what an interrupted backup or restore left behind at the next start', async () => {
    const b = tracked(makeBackend());
    const dir = backupDir(b.dataFile);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'automatisk-2026-01-01.sqlite.tmp'), 'halv');
    fs.writeFileSync(path.join(dir, 'automatisk-2026-01-01.sqlite.key'), '{}');
    fs.writeFileSync(`${b.dataFile}.gendan.tmp`, 'halv');
    b.close();
    open(b.dataFile);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(fs.existsSync(`${b.dataFile}.gendan.tmp`)).toBe(false);
  });
});

describe('a data file in trouble', () => {
  it('refuses another program’s SQLite file and leaves it byte-identical', async () => {
    const dataFile = path.join(tempDir(), 'data.sqlite');
    const foreign = new Database(dataFile);
    foreign.exec("CREATE TABLE kunder (navn TEXT); INSERT INTO kunder VALUES ('Ole')");
    foreign.pragma('user_version = 2');
    foreign.close();
    const before = fs.readFileSync(dataFile);
    const b = open(dataFile);
    expect(await b.registry.call('session.state')).toMatchObject({ kind: 'trouble', problem: 'foreign' });
    await refused(b.registry.call('session.setup', { passphrase: TEST_PASSPHRASE }));
    b.close();
    expect(fs.readFileSync(dataFile).equals(before)).toBe(true);
    expect(fs.existsSync(`${dataFile}-wal`)).toBe(false);
  });

  it('moves a corrupt file aside, never overwriting it, and restores from a backup; today’s passphrase still works', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const backup = await b.registry.call('backup.create');
    await b.registry.call('session.changePassphrase', { currentPassphrase: TEST_PASSPHRASE, newPassphrase: 'blå hest på taget' });
    b.close();
    const bytes = fs.readFileSync(b.dataFile);
    bytes.fill(0x5a, 4096, 8192);
    fs.writeFileSync(b.dataFile, bytes);
    const o = open(b.dataFile);
    // The check runs beside the open file: a write asked for at once waits for it and is refused.
    expect((await o.registry.call('session.unlock', { passphrase: 'blå hest på taget' })).kind).toBe('unlocked');
    expect((await refused(o.registry.call('municipalities.create', { name: 'Vejle', code: 630 }))).code).toBe('LOCKED');
    const state = await o.registry.call('session.state');
    expect(state).toMatchObject({ kind: 'trouble', problem: 'corrupt' });
    const aside = state.kind === 'trouble' ? (state.movedAsideTo as string) : '';
    expect(fs.readFileSync(aside).equals(bytes)).toBe(true);
    expect(state.kind === 'trouble' && state.backups.map((x) => x.name)).toContain(backup.name);
    // The copy opens with the passphrase valid when it was taken, or with today's (same data key) …
    await o.registry.call('session.restoreBackup', { name: backup.name, passphrase: 'blå hest på taget' });
    expect((await o.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
    // … and afterwards today's passphrase opens the file, as before.
    o.vault.lock();
    await refused(o.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE }));
    expect((await o.registry.call('session.unlock', { passphrase: 'blå hest på taget' })).kind).toBe('unlocked');
  });

  it('says so when the key file is missing, and a backup with its own key file brings the data back', async () => {
    const b = tracked(makeBackend());
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const backup = await b.registry.call('backup.create');
    b.close();
    fs.rmSync(keyFileOf(b.dataFile));
    const o = open(b.dataFile);
    expect(await o.registry.call('session.state')).toMatchObject({ kind: 'trouble', problem: 'keyfile' });
    await o.registry.call('session.restoreBackup', { name: backup.name, recoveryCode: b.recoveryCode });
    expect((await o.registry.call('municipalities.list')).map((m) => m.name)).toEqual(['Odense']);
    expect(fs.existsSync(keyFileOf(b.dataFile))).toBe(true);
  });

  it('says in Danish when the data file’s folder cannot be made, instead of failing with EEXIST', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ikke-en-mappe'), 'en fil');
    const b = open(path.join(dir, 'ikke-en-mappe', 'data.sqlite'));
    const state = await b.registry.call('session.state');
    expect(state).toMatchObject({ kind: 'trouble', problem: 'unreadable' });
    expect(state.kind === 'trouble' && state.message).toMatch(/kan ikke bruges: /);
    expect(state.kind === 'trouble' && state.message).not.toMatch(/EEXIST|ENOTDIR/);
  });

  it('refuses a file from a newer version without changing it', async () => {
    const b = tracked(makeBackend());
    b.ctx.db.pragma(`user_version = ${migrations.length + 10}`);
    b.close();
    const o = open(b.dataFile);
    await o.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    expect(await o.registry.call('session.state')).toMatchObject({ kind: 'trouble', problem: 'newer' });
  });
});

describe('upgrading a plain file from an earlier version', () => {
  function plainFileWithBackups(dir: string): { dataFile: string; name: string } {
    const dataFile = path.join(dir, 'mentorkorps.sqlite');
    const db = openDatabase(dataFile);
    db.pragma('application_id = 0');
    db.prepare("INSERT INTO municipalities (name, code, sort_key) VALUES ('Ærø Kommune Hemmelig', 492, 'aeroe')").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('setup_done', '1')").run();
    fs.mkdirSync(legacyBackupDir(dataFile), { recursive: true });
    db.prepare('VACUUM INTO ?').run(path.join(legacyBackupDir(dataFile), 'automatisk-2026-11-01T08-00-00-000Z.sqlite'));
    db.prepare('VACUUM INTO ?').run(path.join(legacyBackupDir(dataFile), 'manuel-2026-11-02T08-00-00-000Z.sqlite'));
    db.close();
    return { dataFile, name: 'Ærø Kommune Hemmelig' };
  }

  it('encrypts the file and its backups, says how many, and leaves no plain copy of a name', async () => {
    const dir = tempDir();
    const { dataFile, name } = plainFileWithBackups(dir);
    // Another program's file in the folder earlier versions shared: not counted, not touched.
    const foreignFile = path.join(legacyBackupDir(dataFile), 'andet-program.sqlite');
    const foreign = new Database(foreignFile);
    foreign.exec("CREATE TABLE x (y); INSERT INTO x VALUES ('z')");
    foreign.close();
    const foreignBytes = fs.readFileSync(foreignFile);
    const b = open(dataFile);
    expect(await b.registry.call('session.state')).toMatchObject({ kind: 'plain', plainBackups: 2 });
    const result = await b.registry.call('session.setup', { passphrase: TEST_PASSPHRASE });
    expect(result.encryptedBackups).toBe(2);
    expect((await b.registry.call('municipalities.list')).map((m) => m.name)).toEqual([name]);
    expect(b.ctx.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    for (const file of allFiles(dir)) expect(fs.readFileSync(file).includes(Buffer.from(name)), file).toBe(false);
    const listed = (await b.registry.call('backup.list')).backups.map((x) => x.name);
    expect(listed).toEqual(expect.arrayContaining(['automatisk-2026-11-01T08-00-00-000Z.sqlite', 'manuel-2026-11-02T08-00-00-000Z.sqlite']));
    expect(fs.readFileSync(foreignFile).equals(foreignBytes)).toBe(true);
  });

  it('encrypts a plain backup found later at the next unlock', async () => {
    const b = tracked(makeBackend());
    fs.mkdirSync(backupDir(b.dataFile), { recursive: true });
    const plain = new Database(path.join(backupDir(b.dataFile), 'manuel-gammel.sqlite'));
    plain.exec("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); CREATE TABLE audit_log (id INTEGER PRIMARY KEY); INSERT INTO settings VALUES ('navn', 'Hemmelig Person')");
    plain.close();
    b.vault.lock();
    await b.registry.call('session.unlock', { passphrase: TEST_PASSPHRASE });
    const bytes = fs.readFileSync(path.join(backupDir(b.dataFile), 'manuel-gammel.sqlite'));
    expect(bytes.includes(Buffer.from('Hemmelig Person'))).toBe(false);
    expect(fs.existsSync(sidecarOf(path.join(backupDir(b.dataFile), 'manuel-gammel.sqlite')))).toBe(true);
  });
});
