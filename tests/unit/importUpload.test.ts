// The upload: pieces in order, never beyond the announced size, a private folder, and files that go away.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadsOf } from '../../electron/backend/import/state';
import { UPLOAD_MAX_AGE_MS, UploadStore } from '../../electron/backend/import/uploads';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { caught, upload, xlsxOf } from './importSupport';

let b: TestBackend;
afterEach(() => b?.cleanup());

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('import upload', () => {
  it('appends pieces in order into a private file and refuses out-of-order, repeated and oversized pieces', async () => {
    b = makeBackend();
    const { uploadId } = await b.registry.call('import.begin', { fileName: 'kommuner.csv', size: 10 });
    expect(uploadId).toMatch(/^[a-f0-9]{32}$/);
    await expectRefused(b, 'import.chunk', { uploadId, index: 1, base64: b64('abc') }, 'index');
    expect(await b.registry.call('import.chunk', { uploadId, index: 0, base64: b64('abcd') })).toEqual({ received: 4 });
    await expectRefused(b, 'import.chunk', { uploadId, index: 0, base64: b64('abcd') }, 'index');
    await expectRefused(b, 'import.chunk', { uploadId, index: 1, base64: b64('1234567') }, 'base64');
    expect(await b.registry.call('import.chunk', { uploadId, index: 1, base64: b64('efghij') })).toEqual({ received: 10 });

    const dir = uploadsOf(b.ctx).folderPath()!;
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const [file] = fs.readdirSync(dir);
    expect(fs.statSync(`${dir}/${file}`).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(`${dir}/${file}`, 'utf8')).toBe('abcdefghij');
  });

  it('refuses a file of 50 MB or more up front, and an unknown upload id', async () => {
    b = makeBackend();
    await expectRefused(b, 'import.begin', { fileName: 'stor.xlsx', size: 50 * 1024 * 1024 }, 'size');
    expect((await caught(b.registry.call('import.begin', { fileName: 'stor.xlsx', size: 60 * 1024 * 1024 }))).message).toMatch(/50 MB/);
    await expectRefused(b, 'import.chunk', { uploadId: 'a'.repeat(32), index: 0, base64: b64('x') }, 'uploadId');
  });

  it('refuses to read a file that has not fully arrived', async () => {
    b = makeBackend();
    const { uploadId } = await b.registry.call('import.begin', { fileName: 'k.csv', size: 100 });
    await b.registry.call('import.chunk', { uploadId, index: 0, base64: b64('Kode;Navn\n') });
    const err = await caught(b.registry.call('import.analyze', { uploadId, kind: 'municipalities' }));
    expect(err.message).toMatch(/ikke modtaget helt/);
  });

  it('deletes a file an hour after its last use, and every file when the backend closes', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    b = makeBackend();
    // The store's own clock (the registry would lock the app after an hour's idle).
    const store = new UploadStore(() => now);
    const stale = store.begin('a.csv', 3).id;
    now += UPLOAD_MAX_AGE_MS - 1000;
    const fresh = store.begin('b.csv', 3).id;
    const dir = store.folderPath()!;
    expect(fs.readdirSync(dir)).toHaveLength(2);
    now += 2000;
    expect(() => store.get(stale)).toThrow(/Vælg filen igen/);
    expect(fs.readdirSync(dir)).toEqual([`${fresh}.upload`]);
    store.close();
    expect(fs.existsSync(dir)).toBe(false);

    await upload(b, Buffer.from('Kode;Navn\n461;Odense\n'), 'c.csv');
    const backendDir = uploadsOf(b.ctx).folderPath()!;
    expect(fs.readdirSync(backendDir)).toHaveLength(1);
    b.close();
    expect(fs.existsSync(backendDir)).toBe(false);
  });

  it('deletes the file after the commit', async () => {
    b = makeBackend();
    const uploadId = await upload(b, await xlsxOf({ Kommuner: [['Kommunekode', 'Navn'], [461, 'Odense']] }));
    const dir = uploadsOf(b.ctx).folderPath()!;
    const a = await b.registry.call('import.analyze', { uploadId, kind: 'municipalities' });
    await b.registry.call('import.commit', { uploadId, kind: 'municipalities', sheet: a.sheet, mapping: a.mapping, expected: { create: 1, update: 0 } });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await b.registry.call('import.progress', { uploadId })).toMatchObject({ phase: 'done' });
  });
});
