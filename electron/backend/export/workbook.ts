// The full export as one workbook: first the five sheets that import back as they are (Kommuner,
// Elevtal, Mentorer, Mentees og forløb, Samtaler), then the archive's other sheets, last a sheet
// that says what the file is and what each sheet holds.
import { excel } from './excel';
import { IMPORT_KINDS } from '../../../shared/import/kinds';
import { formatDateTime } from '../../../shared/format';
import { addArchiveSheets } from './archiveSheets';
import { IMPORT_SHEET_NAMES, importColumns, importSheetRows } from './importSheets';
import { addTable } from './sheet';
import type { ExportDocument } from './types';

const ABOUT: readonly [string, string][] = [
  ['Kommuner, Elevtal, Mentorer, Mentees og forløb, Samtaler', 'Kan importeres igen ark for ark (Import-siden), i den rækkefølge.'],
  ['Elevtal', 'Fordelingsnøglens elevtal for hvert år i den version, der gælder: den nyeste udstedte, ellers det nyeste udkast. Alle versioner står på Nøglegrundlag.'],
  ['Mentees og forløb', 'Én række pr. forløb. Mentee-id er programmets nummer; anonymiserede personer står uden navn og fødselsår.'],
  ['Samtaler', 'Deltagere som "Navn (fødselsår)", adskilt af semikolon. Anonymiserede deltagere som "Anonymiseret person (nr. …)".'],
  ['Temaer … Sletninger', 'Arkivets øvrige oplysninger; de importeres ikke. Et forløb findes ved Forløb-id eller Mentee-id og henvisningsdato.'],
  ['Udstedte opkrævninger', 'Hver opkrævning og efterregulering, som den blev udstedt (JSON). Et dokument, der er længere end en celle rummer, står i flere rækker (Del 1, 2, …), der sættes sammen i rækkefølge.'],
  ['Beløb', 'I kroner med to decimaler. Datoer er rigtige datoer (dd.mm.åååå); tidspunkter er tekst i UTC (ISO 8601).'],
  ['JSON', 'Samme indhold i den dokumenterede JSON-fil (øre, ISO-datoer, programmets egne id-numre).'],
];

export async function exportWorkbook(doc: ExportDocument): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const rows = importSheetRows(doc);
  for (const kind of IMPORT_KINDS) addTable(wb, IMPORT_SHEET_NAMES[kind], importColumns(kind), rows[kind]);
  addArchiveSheets(wb, doc);
  const about = addTable(wb, 'Om eksporten', [{ header: 'Ark', kind: 'text', width: 48 }, { header: 'Indhold', kind: 'text', width: 110 }], ABOUT.map((r) => [...r]));
  about.spliceRows(1, 0, [`${doc.corps.name ?? 'Mentorkorpset'}: fuld eksport ${formatDateTime(doc.exportedAt)}`], []);
  about.getRow(1).font = { bold: true, size: 13 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
