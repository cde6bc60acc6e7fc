// LibreOffice is not installed here (no soffice, and no sudo for apt-get), so its files are stood in for by a
// hand-made workbook with the part order LibreOffice and Excel write: workbook and shared strings before
// the sheets (exceljs writes them after, so its own files take the reader's other path).
import { zipSync, strToU8 } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { upload } from './importSupport';

let b: TestBackend;
afterEach(() => b?.cleanup());

const xml = (s: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function workbookInOfficeOrder(): Buffer {
  const strings = ['Kommunekode', 'Navn', 'Odense', 'Svendborg'];
  const sheet = (rows: string) => xml(`<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': xml(`<workbook ${NS}><sheets><sheet name="Noter" sheetId="1" r:id="rId1"/><sheet name="Kommuner" sheetId="2" r:id="rId2"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': xml(`<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    'xl/worksheets/sheet1.xml': sheet('<row r="1"><c r="A1" t="s"><v>2</v></c></row>'),
    'xl/worksheets/sheet2.xml': sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>461</v></c><c r="B2" t="s"><v>2</v></c></row><row r="4"><c r="A4"><v>479</v></c><c r="B4" t="s"><v>3</v></c></row>',
    ),
  };
  return Buffer.from(zipSync(files));
}

it('reads a workbook whose parts come in Office order, and the sheet asked for', async () => {
  b = makeBackend();
  const uploadId = await upload(b, workbookInOfficeOrder());
  const a = await b.registry.call('import.analyze', { uploadId, kind: 'municipalities', sheet: 'Kommuner' });
  expect(a.sheets).toEqual(['Noter', 'Kommuner']);
  expect(a.problems).toEqual([]);
  expect(a.preview.map((p) => [p.row, p.summary])).toEqual([
    [2, 'Odense (461)'],
    [4, 'Svendborg (479)'],
  ]);
});
