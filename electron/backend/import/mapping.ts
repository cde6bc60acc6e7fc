// Which row is the header, and which sheet column feeds which import column: given by the coordinator,
// else remembered from the last import of this kind (when those headers are present), else detected.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportAnalysis, ImportProblem } from '../../../shared/api/import';
import type { CellValue } from '../../../shared/import/cells';
import { detectMapping, foldHeader, type ColumnMapping, type ImportColumn, type ImportKind } from '../../../shared/import/kinds';
import { getSetting, setSetting } from '../settings';

/** The header row is looked for among the first rows only. */
export const HEADER_SEARCH_ROWS = 20;
/** A template's help row starts so; the import skips it. */
export const HELP_PREFIX = 'Hjælp:';

export const isHelpRow = (cells: readonly CellValue[]) => typeof cells[0] === 'string' && cells[0].startsWith(HELP_PREFIX);

export const headerText = (cells: readonly CellValue[]): string[] => cells.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim()));

const settingKey = (kind: ImportKind) => `import_mapping_${kind}`;

/** Column key -> header text, as saved on commit. */
type Remembered = Record<string, string | null>;

export function rememberedMapping(db: Database.Database, kind: ImportKind): Remembered | null {
  const raw = getSetting(db, settingKey(kind));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Remembered) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(db: Database.Database, kind: ImportKind, headers: readonly string[], mapping: ColumnMapping): void {
  const byHeader: Remembered = {};
  for (const [key, index] of Object.entries(mapping)) byHeader[key] = index === null || index === undefined ? null : (headers[index] ?? null);
  setSetting(db, settingKey(kind), JSON.stringify(byHeader));
}

/** Folded names a header cell may carry for this kind: labels, keys, aliases and remembered header texts. */
export function headerNames(columns: readonly ImportColumn[], remembered: Remembered | null): Set<string> {
  const names = new Set<string>();
  for (const c of columns) for (const n of [c.label, c.key, ...c.aliases]) names.add(foldHeader(n));
  for (const h of Object.values(remembered ?? {})) if (h) names.add(foldHeader(h));
  names.delete('');
  return names;
}

/** Whether a row looks like the header: at least two cells are names of this kind's columns. */
export const isHeaderRow = (cells: readonly CellValue[], names: Set<string>) => headerText(cells).filter((h) => names.has(foldHeader(h))).length >= 2;

function fromRemembered(columns: readonly ImportColumn[], headers: readonly string[], remembered: Remembered | null): ColumnMapping | null {
  if (!remembered) return null;
  const folded = headers.map(foldHeader);
  const mapping: ColumnMapping = {};
  for (const c of columns) {
    const h = remembered[c.key];
    if (h === null || h === undefined) {
      mapping[c.key] = null;
      continue;
    }
    const index = folded.indexOf(foldHeader(h));
    if (index < 0) return null;
    mapping[c.key] = index;
  }
  return mapping;
}

export function chooseMapping(
  columns: readonly ImportColumn[],
  headers: readonly string[],
  given: ColumnMapping | undefined,
  remembered: Remembered | null,
): { mapping: ColumnMapping; source: ImportAnalysis['mappingSource'] } {
  if (given) return { mapping: Object.fromEntries(columns.map((c) => [c.key, given[c.key] ?? null])), source: 'given' };
  const fromMemory = fromRemembered(columns, headers, remembered);
  if (fromMemory) return { mapping: fromMemory, source: 'remembered' };
  return { mapping: detectMapping(columns, headers), source: 'detected' };
}

const problem = (column: string | null, message: string): ImportProblem => ({ row: null, column, value: null, message });

/** A sheet column chosen for two import columns, a required column not chosen, a column that is not there. */
export function mappingProblems(columns: readonly ImportColumn[], headers: readonly string[], mapping: ColumnMapping): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byIndex = new Map<number, ImportColumn[]>();
  for (const c of columns) {
    const index = mapping[c.key];
    if (index === null || index === undefined) {
      if (c.required) problems.push(problem(c.label, `Kolonnen «${c.label}» skal vælges: arket har ingen kolonne med navnet ${[c.label, ...c.aliases].map((n) => `«${n}»`).join(' eller ')}.`));
      continue;
    }
    if (index >= headers.length) {
      problems.push(problem(c.label, `Kolonnen valgt til «${c.label}» findes ikke i arket.`));
      continue;
    }
    byIndex.set(index, [...(byIndex.get(index) ?? []), c]);
  }
  for (const [index, cs] of byIndex) {
    if (cs.length < 2) continue;
    const header = headers[index] || `kolonne ${index + 1}`;
    problems.push(problem(header, `Kolonnen «${header}» er valgt til både ${cs.map((c) => `«${c.label}»`).join(' og ')}. Vælg én kolonne til hver.`));
  }
  return problems;
}

export function noHeaderProblem(columns: readonly ImportColumn[]): ImportProblem {
  return problem(
    null,
    `Arket har ingen genkendelig overskriftsrække i de første ${HEADER_SEARCH_ROWS} rækker. Giv kolonnerne overskrifter som: ${columns.map((c) => c.label).join(', ')}.`,
  );
}
