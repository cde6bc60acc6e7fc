import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackupIfDue, backupBeforeRiskyChange } from '../../electron/backend/backup';
import { backupDir } from '../../electron/backend/db';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { tick } from '../../electron/backend/index';

let b: TestBackend;
beforeEach(() => {
  b = makeBackend();
});
afterEach(() => b.cleanup());

const mentorNames = async () => (await b.registry.call('municipalities.list')).map((m) => m.name);

describe('backups', () => {
  it('takes a manual backup and restores it, keeping a safety copy of the data it replaces', async () => {
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    const backup = await b.registry.call('backup.create');
    expect(backup.kind).toBe('manual');
    await b.registry.call('municipalities.create', { name: 'Nyborg', code: 450 });
    expect(await mentorNames()).toEqual(['Nyborg', 'Odense']);

    const result = await b.registry.call('backup.restore', { name: backup.name });
    expect(await mentorNames()).toEqual(['Odense']);
    const { backups } = await b.registry.call('backup.list');
    const safety = backups.find((x) => x.name === result.safetyCopy);
    expect(safety?.kind).toBe('restore');

    // The safety copy holds what was replaced: restoring it brings Nyborg back.
    await b.registry.call('backup.restore', { name: result.safetyCopy as string });
    expect(await mentorNames()).toEqual(['Nyborg', 'Odense']);
  });

  it('refuses unknown, path-like, corrupt and newer backups with nothing changed', async () => {
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    await expectRefused(b, 'backup.restore', { name: 'findes-ikke.sqlite' }, 'name');
    await expectRefused(b, 'backup.restore', { name: '../data.sqlite' }, 'name');
    await expectRefused(b, 'backup.restore', {}, 'name');
    fs.mkdirSync(backupDir(b.dataFile), { recursive: true });
    fs.writeFileSync(path.join(backupDir(b.dataFile), 'manuel-odelagt.sqlite'), 'ikke en database '.repeat(100));
    await expectRefused(b, 'backup.restore', { name: 'manuel-odelagt.sqlite' }, 'name');
    expect(await mentorNames()).toEqual(['Odense']);
  });

  it('takes an automatic backup at most once a day and keeps the newest 14', async () => {
    // Never before setup is done: a copy of the empty, unconfigured file is worth nothing.
    expect(await autoBackupIfDue(b.ctx)).toBeNull();
    await b.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
    expect(await autoBackupIfDue(b.ctx)).not.toBeNull();
    expect(await autoBackupIfDue(b.ctx)).toBeNull();
    for (let i = 0; i < 16; i++) await autoBackupIfDue(b.ctx, Date.now() + (i + 1) * 25 * 60 * 60 * 1000);
    const automatic = (await b.registry.call('backup.list')).backups.filter((x) => x.kind === 'auto');
    expect(automatic).toHaveLength(14);
  });
});

describe('the second backup location and copies before large changes', () => {
  it('copies every manual and automatic backup with its key file to the chosen folder and warns after a week without one', async () => {
    let now = Date.parse('2026-11-23T09:00:00Z');
    const c = makeBackend(undefined, { now: () => now });
    const second = path.join(c.dir, 'kommunens-drev');
    fs.mkdirSync(second);
    try {
      await c.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
      // Web mode without --kopimappe: no folder can be chosen, and the renderer cannot send one.
      await expect(c.registry.call('backup.chooseSecondLocation')).rejects.toThrow(/--kopimappe/);
      c.ctx.chooseFolder = async () => second;
      const chosen = await c.registry.call('backup.chooseSecondLocation');
      expect(chosen).toMatchObject({ folder: second, stale: false });
      const made = await c.registry.call('backup.create');
      const copies = fs.readdirSync(path.join(second, 'Mentorkorps-data'));
      expect(copies).toContain(made.name);
      expect(copies).toContain(`${made.name}.key`);
      now += 8 * 24 * 60 * 60 * 1000;
      c.vault.touch(); // a week later, the coordinator is at work (the idle lock is tested elsewhere)
      expect((await c.registry.call('backup.list')).secondLocation.stale).toBe(true);
      c.ctx.chooseFolder = async () => path.join(c.dir, 'findes-ikke', 'mappe');
      fs.writeFileSync(path.join(c.dir, 'findes-ikke'), 'en fil, ikke en mappe');
      await expect(c.registry.call('backup.chooseSecondLocation')).rejects.toThrow(/kan ikke bruges til sikkerhedskopier/);
    } finally {
      c.cleanup();
    }
  });

  it('takes a copy before a bulk handover, at most one per hour', async () => {
    await b.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
    expect(backupBeforeRiskyChange(b.ctx, 'municipalities.create')).toBeNull();
    expect(backupBeforeRiskyChange(b.ctx, 'caseload.handover')?.kind).toBe('change');
    expect(backupBeforeRiskyChange(b.ctx, 'billing.issue')).toBeNull();
  });
});

describe('an app left open', () => {
  it('takes its daily copy while it runs, not only at start, and locks itself when idle', async () => {
    let now = Date.parse('2026-11-23T09:00:00Z');
    const c = makeBackend(undefined, { now: () => now });
    try {
      await c.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
      await c.registry.call('session.setIdleLock', { minutes: 240 });
      await tick(c.ctx);
      expect((await c.registry.call('backup.list')).backups.filter((x) => x.kind === 'auto')).toHaveLength(1);
      for (let day = 1; day <= 3; day++) {
        now += 25 * 60 * 60 * 1000;
        c.vault.touch(); // the coordinator works every day
        await tick(c.ctx);
      }
      expect((await c.registry.call('backup.list')).backups.filter((x) => x.kind === 'auto')).toHaveLength(4);
      now += 241 * 60_000;
      await tick(c.ctx);
      expect(c.vault.isUnlocked()).toBe(false);
    } finally {
      c.cleanup();
    }
  });
});

describe('the daily copy in the background (#13)', () => {
  it('is copied in a worker thread while the app answers, encrypted with the file key, and restores', async () => {
    await b.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
    await b.registry.call('municipalities.create', { name: 'Odense', code: 461 });
    // A timer due at once runs before the copy is done: the main thread was free meanwhile (on the old
    // code the copy was made before anything else could run).
    let answered = false;
    setTimeout(() => (answered = true), 0);
    const made = await autoBackupIfDue(b.ctx);
    expect(answered).toBe(true);
    expect(made?.kind).toBe('auto');
    const file = path.join(backupDir(b.dataFile), made!.name);
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fs.existsSync(`${file}.key`)).toBe(true);
    await b.registry.call('municipalities.create', { name: 'Nyborg', code: 450 });
    await b.registry.call('backup.restore', { name: made!.name });
    expect(await mentorNames()).toEqual(['Odense']);
  });

  it('stops when the file is locked meanwhile, leaving no half-written copy', async () => {
    let started: (() => void) | undefined;
    const c = makeBackend(undefined, {
      copier: () => {
        let stop = () => undefined as void;
        const done = new Promise<void>((_resolve, reject) => {
          stop = () => reject(new Error('stoppet'));
          started?.();
        });
        return { done, cancel: () => stop() };
      },
    });
    try {
      await c.registry.call('setup.startEmpty', { corpsName: 'Testkorps' });
      const running = new Promise<void>((r) => (started = r));
      const copy = autoBackupIfDue(c.ctx);
      await running;
      expect(fs.readdirSync(backupDir(c.dataFile)).some((n) => n.endsWith('.tmp'))).toBe(true);
      c.vault.lock();
      expect(await copy).toBeNull();
      expect(fs.readdirSync(backupDir(c.dataFile)).filter((n) => n.startsWith('auto'))).toEqual([]);
    } finally {
      c.cleanup();
    }
  });
});
