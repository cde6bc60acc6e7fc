// A workbook the way many coordinators make one: typed into LibreOffice Calc (here: a Danish CSV opened
// and saved as .xlsx by LibreOffice headless: numbers become numbers, "1-9-2025" and "2025-01-15" real date cells, "01.08.2024" stays text).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase, makeBackend, type TestBackend } from '../helpers/backend';
import { soffice } from '../helpers/spreadsheet';
import { fixture, upload } from './importSupport';

let b: TestBackend;
afterEach(() => b?.cleanup());

/** The Windows-1252 fixture opened in Calc (separator ;, Windows-1252, Danish locale) and saved as .xlsx. */
function libreOfficeXlsx(): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-lo-'));
  try {
    fs.writeFileSync(path.join(dir, 'mentorer.csv'), fixture('mentorer-windows1252.csv'));
    // Tokens: separator 59 (;), quote 34 ("), charset 1 (Windows-1252), from line 1, …, language 1030 (da-DK).
    const filter = 'CSV:59,34,1,1,,1030';
    execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', `--infilter=${filter}`, '--convert-to', 'xlsx', '--outdir', dir, path.join(dir, 'mentorer.csv')], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    return fs.readFileSync(path.join(dir, 'mentorer.xlsx'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!soffice)('import of an .xlsx written by LibreOffice', () => {
  it('reads its dates and numbers, imports the mentors, and a second run changes nothing', async () => {
    b = makeBackend();
    await b.registry.call('municipalities.addFunen');
    const bytes = libreOfficeXlsx();
    const run = async () => {
      const uploadId = await upload(b, bytes, 'mentorer.xlsx');
      const a = await b.registry.call('import.analyze', { uploadId, kind: 'mentors' });
      return { uploadId, a };
    };
    const first = await run();
    expect(first.a.problems).toEqual([]);
    expect(first.a.counts).toEqual({ create: 3, update: 0, unchanged: 0 });
    await b.registry.call('import.commit', { uploadId: first.uploadId, kind: 'mentors', sheet: first.a.sheet, mapping: first.a.mapping, expected: { create: 3, update: 0 } });
    const mentors = await b.registry.call('mentors.list', { includeInactive: true });
    expect(mentors.map((m) => [m.name, m.hoursPerWeek, m.activeFrom])).toEqual([
      ['Jørgen "Jønne" Øster', 12, '2025-01-15'],
      ['Søren Holm', 37.5, '2024-08-01'],
      ['Åse Ærø', 20, '2025-09-01'],
    ]);
    const before = dumpDatabase(b);
    const second = await run();
    expect(second.a.counts).toEqual({ create: 0, update: 0, unchanged: 3 });
    expect(dumpDatabase(b)).toEqual(before);
  });
});
