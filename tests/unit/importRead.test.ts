// Reading files as coordinators have them: what the file is, encodings, delimiters, header rows, mappings.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from '../../electron/backend/import/csv';
import { cellInput } from '../../shared/import/cells';
import { dumpDatabase, makeBackend, type TestBackend } from '../helpers/backend';
import { caught, fixture, upload, xlsxOf } from './importSupport';

let b: TestBackend;
afterEach(() => b?.cleanup());

const analyze = async (bytes: Buffer, kind: 'municipalities' | 'mentors' = 'municipalities', more: Record<string, unknown> = {}, fileName = 'fil.xlsx') =>
  b.registry.call('import.analyze', { uploadId: await upload(b, bytes, fileName), kind, ...more });

describe('CSV text', () => {
  it('decodes UTF-8 with and without BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFÆrø;Åse', 'utf8'))).toBe('Ærø;Åse');
    expect(decodeText(Buffer.from('Ærø;Åse', 'utf8'))).toBe('Ærø;Åse');
    expect(decodeText(Buffer.from([0xc6, 0x72, 0xf8, 0x3b, 0xc5, 0x73, 0x65, 0x20, 0x80]))).toBe('Ærø;Åse €');
  });

  it('detects ; even when Danish decimals put commas in the rows, and , in English files', () => {
    expect(detectDelimiter('Navn;Timer\nSøren;37,5\nÅse;20,25\n')).toBe(';');
    expect(detectDelimiter('Name,Hours\nSoren,37.5\nAase,20\n')).toBe(',');
  });

  it('reads quoted fields with delimiters, quotes and line breaks inside, and counts empty lines as rows', () => {
    const rows = [...parseCsv('a;"b;c"\r\n\r\n"say ""hi""";"two\nlines"\n', ';')];
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b;c'] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['say "hi"', 'two\nlines'] },
    ]);
  });
});

describe('cells', () => {
  it('a Date becomes its ISO day in any column, an Excel serial only in a date column', () => {
    const d = new Date(Date.UTC(2026, 1, 28));
    expect(cellInput(d, 'date')).toBe('2026-02-28');
    expect(cellInput(d, 'text')).toBe('2026-02-28');
    expect(cellInput(46081, 'date')).toBe('2026-02-28');
    expect(cellInput(46081, 'number')).toBe(46081);
  });
});

describe('files that are not what they seem', () => {
  it.each([
    ['tom.csv', /^Filen er tom\.$/],
    ['beskyttet.xlsx', /^Projektmappen er beskyttet med adgangskode/],
    ['billede.xlsx', /^Filen er ikke et regneark/],
  ])('%s is refused with a Danish message and nothing is written', async (name, message) => {
    b = makeBackend();
    const before = dumpDatabase(b);
    const bytes = fixture(name);
    // An empty file cannot even be announced (size ≥ 1), so it is uploaded as one byte short of nothing.
    if (bytes.length === 0) {
      const err = await caught(b.registry.call('import.begin', { fileName: name, size: 0 }));
      expect(err.fields?.size).toMatch(/Filstørrelse/);
      return;
    }
    const err = await caught(analyze(bytes, 'municipalities', {}, name));
    expect(err.message).toMatch(message);
    expect(err.fields?.uploadId).toBe(err.message);
    expect(dumpDatabase(b)).toEqual(before);
  });

  it('a zip that is not a workbook is not a spreadsheet', async () => {
    b = makeBackend();
    const zip = Buffer.from('504b0304' + '00'.repeat(60), 'hex');
    expect((await caught(analyze(zip))).message).toMatch(/^Filen er ikke et regneark/);
  });
});

describe('header and mapping', () => {
  it('finds the header below a title, skips the help row and empty rows, and lists the sheets', async () => {
    b = makeBackend();
    const bytes = await xlsxOf({
      Forside: [['Ikke her']],
      Kommuner: [['Kommuner 2026'], [], ['Kode', 'Kommunenavn', 'EAN nr'], ['Hjælp: tre cifre', 'navnet', ''], [461, 'Odense', '5798005770015'], [], [479, ' Svendborg  ', null]],
    });
    const a = await analyze(bytes, 'municipalities', { sheet: 'Kommuner' });
    expect(a.sheets).toEqual(['Forside', 'Kommuner']);
    expect(a.sheet).toBe('Kommuner');
    expect(a.headerRow).toBe(3);
    expect(a.mapping).toMatchObject({ code: 0, name: 1, ean: 2, address: null });
    expect(a.mappingSource).toBe('detected');
    expect(a.problems).toEqual([]);
    expect(a.totalRows).toBe(2);
    expect(a.preview).toEqual([
      { row: 5, action: 'create', summary: 'Odense (461)' },
      { row: 7, action: 'create', summary: 'Svendborg (479)' },
    ]);
  });

  it('a sheet without a recognisable header names the expected columns', async () => {
    b = makeBackend();
    const a = await analyze(await xlsxOf({ Ark1: [['Noget', 'Andet'], ['1', '2']] }));
    expect(a.headerRow).toBeNull();
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0].message).toMatch(/^Arket har ingen genkendelig overskriftsrække.*Kommunekode, Navn, EAN-nummer/);
  });

  it('an unknown sheet is refused, naming the sheets there are', async () => {
    b = makeBackend();
    const err = await caught(analyze(await xlsxOf({ Ark1: [['Kode', 'Navn']] }), 'municipalities', { sheet: 'Ark9' }));
    expect(err.fields?.sheet).toMatch(/«Ark9» findes ikke.*Ark1/);
  });

  it('a column mapped twice and a required column unmapped are problems naming them; commit is refused', async () => {
    b = makeBackend();
    const bytes = await xlsxOf({ Ark1: [['Kode', 'Navn'], [461, 'Odense']] });
    const uploadId = await upload(b, bytes);
    const a = await b.registry.call('import.analyze', { uploadId, kind: 'municipalities', mapping: { code: 0, name: 0 } });
    expect(a.mappingSource).toBe('given');
    expect(a.problems.map((p) => p.message)).toEqual(['Kolonnen «Kode» er valgt til både «Kommunekode» og «Navn». Vælg én kolonne til hver.']);
    const b2 = await b.registry.call('import.analyze', { uploadId, kind: 'municipalities', mapping: { code: 0, name: null } });
    expect(b2.problems[0]).toMatchObject({ column: 'Navn', message: expect.stringMatching(/^Kolonnen «Navn» skal vælges/) });
    const before = dumpDatabase(b);
    const err = await caught(b.registry.call('import.commit', { uploadId, kind: 'municipalities', sheet: null, mapping: { code: 0, name: 0 }, expected: { create: 0, update: 0 } }));
    expect(err.message).toMatch(/stadig 1 problem/);
    expect(dumpDatabase(b)).toEqual(before);
  });

  it('remembers the mapping of the last commit when those headers are there again', async () => {
    b = makeBackend();
    const bytes = await xlsxOf({ Ark1: [['Nr', 'Kommune', 'Bemærkning'], [461, 'Odense', 'x']] });
    let uploadId = await upload(b, bytes);
    // "Nr" is no known name: the coordinator maps it by hand.
    const mapping = { code: 0, name: 1 };
    await b.registry.call('import.commit', { uploadId, kind: 'municipalities', sheet: null, mapping, expected: { create: 1, update: 0 } });
    uploadId = await upload(b, await xlsxOf({ Ark1: [['Bemærkning', 'Kommune', 'Nr'], ['y', 'Odense', 461]] }));
    const a = await b.registry.call('import.analyze', { uploadId, kind: 'municipalities' });
    expect(a.mappingSource).toBe('remembered');
    expect(a.mapping).toMatchObject({ code: 2, name: 1 });
    expect(a.counts).toEqual({ create: 0, update: 0, unchanged: 1 });
  });

  it('reports progress while reading, yielding to the event loop', async () => {
    b = makeBackend();
    const rows = [['Kode', 'Navn'], ...Array.from({ length: 800 }, (_, i) => [101 + i, `Kommune ${i}`])];
    const uploadId = await upload(b, await xlsxOf({ Ark1: rows }));
    const seen: number[] = [];
    const running = b.registry.call('import.analyze', { uploadId, kind: 'municipalities' });
    let done = false;
    void running.then(() => (done = true));
    while (!done) {
      const p = await b.registry.call('import.progress', { uploadId });
      if (p.phase === 'reading') seen.push(p.done);
      await new Promise((r) => setImmediate(r));
    }
    const a = await running;
    expect(a.counts.create).toBe(800);
    expect(seen.some((n) => n > 0 && n < 800)).toBe(true);
  });
});
