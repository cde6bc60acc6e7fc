// Disk and file trouble reaches the coordinator in Danish, and nothing saved before is lost.
// The conditions are real where this machine can make them: a full tmpfs (needs mount, i.e. root)
// and an immutable data file (chattr +i on ext4; as root, chmod would not stop writes).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeIoError } from '../../electron/backend/ioErrors';
import { ApiError } from '../../shared/errors';
import { makeBackend, TEST_PASSPHRASE, type TestBackend } from '../helpers/backend';
import { hexKey, keyFileOf, readEnvelope, unwrapWithPassphrase } from '../../electron/backend/datafile/keys';
import { connect } from '../../electron/backend/db';

const ENGLISH = /\b(disk|database|is full|error|read-?only)\b|SQLITE|ENOSPC|EROFS|uventet fejl/i;
const NOT_LOST = 'Det, der allerede var gemt, er uændret.';

function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('describeIoError', () => {
  const cases: [string, RegExp][] = [
    ['SQLITE_FULL', /^Disken er fuld/],
    ['ENOSPC', /^Disken er fuld/],
    ['SQLITE_READONLY', /skrivebeskyttet/],
    ['SQLITE_READONLY_DBMOVED', /skrivebeskyttet/],
    ['EROFS', /skrivebeskyttet/],
    ['EACCES', /ikke adgang/],
    ['EPERM', /ikke adgang/],
    ['SQLITE_CANTOPEN', /kan ikke findes eller åbnes/],
    ['ENOENT', /kan ikke findes eller åbnes/],
    ['SQLITE_IOERR', /Disken meldte fejl/],
    ['SQLITE_IOERR_WRITE', /Disken meldte fejl/],
    ['EIO', /Disken meldte fejl/],
    ['SQLITE_BUSY', /optaget/],
    ['SQLITE_LOCKED', /optaget/],
    ['SQLITE_CORRUPT', /beskadiget/],
    ['SQLITE_NOTADB', /beskadiget/],
  ];
  it.each(cases)('%s gets a Danish STORAGE message that names the problem', (code, text) => {
    const err = Object.assign(new Error('some English text'), { code });
    const api = describeIoError(err);
    expect(api).toBeInstanceOf(ApiError);
    expect(api?.code).toBe('STORAGE');
    expect(api?.message).toMatch(text);
    expect(api?.message).toMatch(/ikke gemt/);
    expect(api?.message).not.toMatch(ENGLISH);
  });
  it('looks through a wrapping error and leaves other errors alone', () => {
    expect(describeIoError(new Error('x', { cause: Object.assign(new Error('y'), { code: 'ENOSPC' }) }))?.code).toBe('STORAGE');
    expect(describeIoError(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_CHECK' }))).toBeNull();
    expect(describeIoError(new TypeError('x'))).toBeNull();
    expect(describeIoError('ENOSPC')).toBeNull();
  });
});

describe('real conditions through the registry', () => {
  let b: TestBackend | null = null;
  // Undone before the backend's folder is removed (immutable flags), and after it (the mount).
  const beforeClose: (() => void)[] = [];
  const afterClose: (() => void)[] = [];
  afterEach(() => {
    while (beforeClose.length) beforeClose.pop()?.();
    b?.cleanup();
    b = null;
    while (afterClose.length) afterClose.pop()?.();
  });

  const names = async (backend: TestBackend) => (await backend.registry.call('municipalities.list')).map((m) => m.name);

  // A tmpfs of 2 MB filled to the last byte: the next write cannot grow the WAL.
  const mountDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-full-'));
  const canMount = tryRun('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountDir]);
  if (canMount) tryRun('umount', [mountDir]);

  it.skipIf(!canMount)('a full disk: Danish message, nothing half-saved, saved rows still readable', async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountDir]);
    afterClose.push(() => {
      execFileSync('umount', [mountDir]);
      fs.rmSync(mountDir, { recursive: true, force: true });
    });
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = mountDir;
    try {
      b = makeBackend();
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    // Fill the disk.
    const filler = fs.openSync(path.join(mountDir, 'fyld'), 'w');
    const block = Buffer.alloc(64 * 1024, 1);
    for (;;) {
      try {
        fs.writeSync(filler, block);
      } catch {
        break;
      }
    }
    for (let n = 1; n < 4096; n *= 2) {
      try {
        fs.writeSync(filler, Buffer.alloc(Math.max(1, 4096 / n), 1));
      } catch {
        /* the last crumbs */
      }
    }
    fs.closeSync(filler);

    let refused: { code: string; message: string } | null = null;
    let saved = 0;
    for (let i = 0; i < 300 && !refused; i++) {
      const r = await b.registry.respond('municipalities.create', { name: `Kommune ${i} ${'x'.repeat(80)}`, address: 'y'.repeat(300), code: 101 + i });
      if (r.ok) saved++;
      else refused = r.error;
    }
    expect(refused, 'the disk never filled up').not.toBeNull();
    expect(refused?.code).toBe('STORAGE');
    expect(refused?.message).toMatch(/^Disken er fuld: Ændringen blev ikke gemt\./);
    expect(refused?.message).toContain(NOT_LOST);
    // Reading still works, and exactly what was saved is there.
    const list = await names(b);
    expect(list).toContain('Odense');
    expect(list).toHaveLength(1 + saved);
    // Room again: writing works again.
    fs.rmSync(path.join(mountDir, 'fyld'));
    const again = await b.registry.respond('municipalities.create', { name: 'Svendborg', code: 479 });
    expect(again.ok).toBe(true);
  });

  const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-chattr-')), 'p');
  fs.writeFileSync(probe, '');
  const canChattr = tryRun('chattr', ['+i', probe]) && tryRun('chattr', ['-i', probe]);
  fs.rmSync(path.dirname(probe), { recursive: true, force: true });

  it.skipIf(!canChattr)('a data file that turned read-only while open: Danish message, saved rows still readable', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    // The -shm file stays writable: it is memory-mapped, and an immutable one crashes the process (SIGBUS).
    const locked = [b.dataFile, `${b.dataFile}-wal`].filter((f) => fs.existsSync(f));
    execFileSync('chattr', ['+i', ...locked]);
    beforeClose.push(() => execFileSync('chattr', ['-i', ...locked]));

    const r = await b.registry.respond('municipalities.create', { name: 'Svendborg', code: 479 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('STORAGE');
    expect(r.error.message).toContain('Ændringen blev ikke gemt.');
    expect(r.error.message).toContain(NOT_LOST);
    expect(r.error.message).not.toMatch(ENGLISH);
    expect(await names(b)).toEqual(['Odense']);

    // A fresh connection to the read-only file (as at the next start) reports SQLITE_READONLY.
    const key = unwrapWithPassphrase(readEnvelope(keyFileOf(b.dataFile)), TEST_PASSPHRASE) as Buffer;
    const other = connect(b.dataFile, hexKey(key));
    beforeClose.push(() => other.close());
    let err: unknown;
    try {
      other.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run();
    } catch (e) {
      err = e;
    }
    expect((err as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(describeIoError(err)?.message).toMatch(/^Datafilen er skrivebeskyttet/);
  });
});
