// The three simple kinds end to end through the registry: dry run, refused commit, commit, second run.
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/backend/backup';
import { dumpDatabase, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput } from '../helpers/billingData';
import { caught, fixture, rowsOf, upload, xlsxOf, type Cell } from './importSupport';

let b: TestBackend;
afterEach(() => b?.cleanup());

type Kind = 'municipalities' | 'studentCounts' | 'mentors';

async function dryRun(kind: Kind, bytes: Buffer, fileName = 'fil.xlsx') {
  const uploadId = await upload(b, bytes, fileName);
  return { uploadId, analysis: await b.registry.call('import.analyze', { uploadId, kind }) };
}

async function commit(kind: Kind, run: Awaited<ReturnType<typeof dryRun>>) {
  const { uploadId, analysis: a } = run;
  return b.registry.call('import.commit', { uploadId, kind, sheet: a.sheet, mapping: a.mapping, expected: { create: a.counts.create, update: a.counts.update } });
}

/** Imports the same bytes again: everything 'unchanged', and the data file exactly as before. */
async function expectSecondRunChangesNothing(kind: Kind, bytes: Buffer) {
  const before = dumpDatabase(b);
  const again = await dryRun(kind, bytes);
  expect(again.analysis.counts).toMatchObject({ create: 0, update: 0 });
  expect(await commit(kind, again)).toMatchObject({ created: 0, updated: 0 });
  expect(dumpDatabase(b)).toEqual(before);
}

const MENTOR_HEADER: Cell[] = ['Navn', 'Faggruppe', 'Ansættende kommune', 'Timer pr. uge', 'Aktiv fra', 'Aktiv til', 'Skoler'];
const good1: Cell[] = ['Søren Holm', 'Socialrådgiver', 'Odense', 37, '01.08.2024', null, 'Tietgen; SDE'];
const good2: Cell[] = ['Mette Lund', 'laerer', '479', '22,5', new Date(Date.UTC(2025, 0, 6)), null, null];
const BAD: Cell[][] = [
  ['Kaj Dato', 'Lærer', 'Odense', 10, '30.02.2026', null, null],
  ['Ida Sted', 'Lærer', 'Atlantis', 10, '01.01.2025', null, null],
  ['Bo Fag', 'Astronaut', 'Odense', 10, '01.01.2025', null, null],
  ['Per Timer', 'Lærer', 'Odense', 'mange', '01.01.2025', null, null],
  [null, 'Lærer', 'Odense', 10, '01.01.2025', null, null],
  ['Lis Periode', 'Lærer', 'Odense', 10, '01.01.2025', '31.12.2024', null],
  ['SØREN  HOLM', 'Lærer', 'Odense', 10, '01.01.2025', null, null],
];

describe('mentors', () => {
  it('reads a Windows-1252 CSV with semicolons, a title above the header, Danish dates and numbers', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const run = await dryRun('mentors', fixture('mentorer-windows1252.csv'), 'mentorer.csv');
    expect(run.analysis.problems).toEqual([]);
    expect(run.analysis.headerRow).toBe(3);
    expect(run.analysis.counts).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(await commit('mentors', run)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const mentors = await b.registry.call('mentors.list', { includeInactive: true });
    expect(mentors.map((m) => [m.name, m.profession, m.employerMunicipalityName, m.hoursPerWeek, m.activeFrom, m.schools, m.email])).toEqual([
      ['Jørgen "Jønne" Øster', 'specialpaedagog', 'Nyborg', 12, '2025-01-15', [], null],
      ['Søren Holm', 'socialraadgiver', 'Odense', 37.5, '2024-08-01', ['Tietgen', 'SDE'], 'sh@mentor.dk'],
      ['Åse Ærø', 'ergoterapeut', 'Svendborg', 20, '2025-09-01', ['Svendborg Erhvervsskole', 'SIMAC'], null],
    ]);
    // One audit line naming the kind and the file, and a copy taken before.
    const log = b.ctx.db.prepare("SELECT kind, fields FROM audit_log WHERE method = 'import.commit'").all();
    expect(log).toEqual([{ kind: 'write', fields: JSON.stringify(['mentors', 'mentorer.csv']) }]);
    expect(listBackups(b.dataFile).some((x) => x.kind === 'change')).toBe(true);
    await expectSecondRunChangesNothing('mentors', fixture('mentorer-windows1252.csv'));
  });

  it('a sheet with every kind of bad row: the dry run names exactly those rows, commit is refused, the fixed file imports the good ones', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const bad = await xlsxOf({ Mentorer: [MENTOR_HEADER, good1, ...BAD, good2] });
    const run = await dryRun('mentors', bad);
    const byRow = Object.fromEntries(run.analysis.problems.map((p) => [p.row, `${p.column}: ${p.message} [${p.value}]`]));
    expect(byRow).toEqual({
      3: 'Aktiv fra: Aktiv fra er ikke en gyldig dato. [30.02.2026]',
      4: 'Ansættende kommune: Kommunen «Atlantis» findes ikke. Opret den under Kommuner, eller ret navnet eller koden. [Atlantis]',
      5: expect.stringMatching(/^Faggruppe: Faggruppe «Astronaut» kendes ikke\. Brug en af: Socialrådgiver, Ergoterapeut/),
      6: 'Timer pr. uge: Timer pr. uge skal være et tal. [mange]',
      7: 'Navn: Navn skal udfyldes. [null]',
      8: 'Aktiv til: Aktiv til må ikke ligge før aktiv fra. [31.12.2024]',
      9: 'Navn: Samme mentor og ansættende kommune står også i række 2. En mentor kan kun stå én gang. [SØREN  HOLM]',
    });
    expect(run.analysis.problems).toHaveLength(7);
    expect(run.analysis.counts).toEqual({ create: 2, update: 0, unchanged: 0 });

    const before = dumpDatabase(b);
    const err = await caught(commit('mentors', run));
    expect(err.message).toMatch(/^Filen har stadig 7 problemer/);
    expect(dumpDatabase(b)).toEqual(before);

    const fixedBytes = await xlsxOf({ Mentorer: [MENTOR_HEADER, good1, good2] });
    expect(await commit('mentors', await dryRun('mentors', fixedBytes))).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect((await b.registry.call('mentors.list', { includeInactive: true })).map((m) => m.name)).toEqual(['Mette Lund', 'Søren Holm']);
    await expectSecondRunChangesNothing('mentors', fixedBytes);

    // A corrected file updates what it matches (name folded + employer); columns left out keep their value.
    const corrected = await xlsxOf({ Mentorer: [['Navn', 'Ansættende kommune', 'Faggruppe', 'Timer', 'Aktiv fra'], ['søren holm', 461, 'ergoterapeut', 30, '01.08.2024']] });
    const c = await dryRun('mentors', corrected);
    expect(c.analysis.counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    expect(c.analysis.preview[0].summary).toMatch(/findes allerede/);
    await commit('mentors', c);
    const soeren = (await b.registry.call('mentors.list', { includeInactive: true })).find((m) => m.name === 'søren holm')!;
    expect([soeren.profession, soeren.hoursPerWeek, soeren.schools]).toEqual(['ergoterapeut', 30, ['Tietgen', 'SDE']]);
  });

  it('refuses a commit whose counts differ from the dry run', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const run = await dryRun('mentors', await xlsxOf({ Mentorer: [MENTOR_HEADER, good1] }));
    const before = dumpDatabase(b);
    const err = await caught(
      b.registry.call('import.commit', { uploadId: run.uploadId, kind: 'mentors', sheet: null, mapping: run.analysis.mapping, expected: { create: 0, update: 1 } }),
    );
    expect(err.fields?.expected).toMatch(/ændret siden prøvekørslen: nu 1 ny og 0 ændrede/);
    expect(dumpDatabase(b)).toEqual(before);
  });
});

describe('municipalities', () => {
  it('matches by code: updates the named columns, keeps the others, creates new codes', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const bytes = await xlsxOf({ Ark1: [['Kommunekode', 'Navn', 'EAN'], [461, 'Odense Kommune', '5798 0057 7001 5'], [101, 'København', null], [479, 'Svendborg', null]] });
    const run = await dryRun('municipalities', bytes);
    expect(run.analysis.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(await commit('municipalities', run)).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const list = await b.registry.call('municipalities.list');
    expect(list.find((m) => m.code === 461)).toMatchObject({ name: 'Odense Kommune', ean: '5798005770015' });
    expect(list).toHaveLength(11);
    await expectSecondRunChangesNothing('municipalities', bytes);
  });

  it('takes the finance references (Danish or English headers) and keeps them when a later sheet leaves them out', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const bytes = await xlsxOf({
      Ark1: [
        ['Kode', 'Navn', 'Bruger-id', 'Order number', 'Kontostreng', 'Betalingsfrist'],
        [461, 'Odense', 'OKO1234', '4500012345', '3.30.46.1', 14],
        [492, 'Ærø', null, 'PO-7', null, '45'],
      ],
    });
    const bad = await dryRun('municipalities', bytes);
    expect(bad.analysis.problems).toEqual([expect.objectContaining({ row: 3, column: 'Betalingsfrist (dage)' })]);
    const good = await xlsxOf({ Ark1: [['Kode', 'Navn', 'Bruger-id', 'Order number', 'Kontostreng', 'Betalingsfrist'], [461, 'Odense', 'OKO1234', '4500012345', '3.30.46.1', 14]] });
    expect(await commit('municipalities', await dryRun('municipalities', good))).toMatchObject({ updated: 1 });
    const odense = () => b.registry.call('municipalities.list').then((l) => l.find((m) => m.code === 461));
    expect(await odense()).toMatchObject({ financeReference: 'OKO1234', orderNumber: '4500012345', accountString: '3.30.46.1', paymentTermsDays: 14 });
    await commit('municipalities', await dryRun('municipalities', await xlsxOf({ Ark1: [['Kode', 'Navn'], [461, 'Odense C']] })));
    expect(await odense()).toMatchObject({ name: 'Odense C', financeReference: 'OKO1234', paymentTermsDays: 14 });
  });

  it('a code twice in the file is a problem at the second row', async () => {
    b = makeBackend();
    const run = await dryRun('municipalities', await xlsxOf({ Ark1: [['Kode', 'Navn'], [461, 'Odense'], [461, 'Odense igen']] }));
    expect(run.analysis.problems).toEqual([{ row: 3, column: 'Kommunekode', value: '461', message: 'Kommunekode 461 står også i række 2. En kommune kan kun stå én gang.' }]);
  });
});

describe('student counts', () => {
  const sheet = (rows: Cell[][]) => xlsxOf({ Elevtal: [['År', 'Kommune', 'Elevtal', 'Tælledato', 'Kilde'], ...rows] });

  it('needs the year as a draft key; fills the draft; never changes an issued version', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const rows: Cell[][] = [
      [2027, 'Odense', '1.234', '05.09.2026', 'Skoleregistret'],
      [2027, '479', 80, '05.09.2026', 'Skoleregistret'],
      [2027, 'Ærø', 25, '2026-09-05', 'SOSU Fyn'],
    ];
    const noKey = await dryRun('studentCounts', await sheet(rows));
    expect(noKey.analysis.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'År', 'Opret fordelingsnøglen for 2027 som kladde først.'],
      [3, 'År', 'Opret fordelingsnøglen for 2027 som kladde først.'],
      [4, 'År', 'Opret fordelingsnøglen for 2027 som kladde først.'],
    ]);

    const version = await b.registry.call('billing.create', await billingYearInput(b.registry));
    const run = await dryRun('studentCounts', await sheet(rows));
    expect(run.analysis.problems).toEqual([]);
    expect(run.analysis.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    await commit('studentCounts', run);
    const key = await b.registry.call('billing.get', { id: version.id });
    const students = Object.fromEntries(key.participants.map((p) => [p.name, [p.students, p.countDate, p.source]]));
    expect(students).toMatchObject({ Odense: [1234, '2026-09-05', 'Skoleregistret'], Svendborg: [80, '2026-09-05', 'Skoleregistret'], Ærø: [25, '2026-09-05', 'SOSU Fyn'] });
    await expectSecondRunChangesNothing('studentCounts', await sheet(rows));

    await b.registry.call('billing.issue', { id: version.id, acceptWarnings: true });
    const before = dumpDatabase(b);
    const issued = await dryRun('studentCounts', await sheet([[2027, 'Odense', 999, '05.09.2026', 'Ny kilde']]));
    expect(issued.analysis.problems[0].message).toMatch(/^Opret fordelingsnøglen for 2027 som kladde først: version 1 er udstedt/);
    await expect(commit('studentCounts', issued)).rejects.toThrow(/stadig 1 problem/);
    expect(dumpDatabase(b)).toEqual(before);
  });
});

describe('workbooks', () => {
  it('the problems workbook lists row, column, the one value and the problem, and nothing else from the row', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const uploadId = await upload(b, await xlsxOf({ Mentorer: [MENTOR_HEADER, ['Hemmelig Person', 'Lærer', 'Odense', 10, '30.02.2026', null, 'Privat Skole']] }));
    const file = await b.registry.call('import.problemsXlsx', { uploadId, kind: 'mentors' });
    expect(file.fileName).toBe('Problemer-data.xlsx');
    const rows = await rowsOf(file.base64);
    expect(rows).toEqual([
      ['Række', 'Kolonne', 'Værdi', 'Problem'],
      [2, 'Aktiv fra', '30.02.2026', 'Aktiv fra er ikke en gyldig dato.'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Hemmelig|Privat/);
  });

  it.each(['municipalities', 'mentors', 'studentCounts'] as const)('the %s template has labels, a help row the import skips, and an example that imports', async (kind) => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    if (kind === 'studentCounts') await b.registry.call('billing.create', await billingYearInput(b.registry, { year: 2026, instalmentDueDates: ['2026-01-01'] }));
    const file = await b.registry.call('import.template', { kind });
    const rows = await rowsOf(file.base64);
    const columns = (await b.registry.call('import.columns'))[kind];
    expect(rows[0]).toEqual(columns.map((c) => c.label));
    expect(String(rows[1][0])).toMatch(/^Hjælp: /);
    const run = await dryRun(kind, Buffer.from(file.base64, 'base64'));
    expect(run.analysis.problems).toEqual([]);
    expect(run.analysis.totalRows).toBe(1);
    expect(run.analysis.counts.create + run.analysis.counts.update).toBe(1);
  });
});
