// The year's statistics as plain tables: the dashboard's "Vis som tabel", the CSV files, the
// workbook's sheets and the print report's tables are all built from these, so they show the
// same numbers.
import { CONTACT_TYPES, EDUCATIONS, OFFERS, OUTCOMES, PHASES, PHASE_KEYS } from '../caseload';
import { oereToKroner, sum } from '../billing/key';
import { neutraliseFormula, toCsv, type CsvCell } from '../csv';
import { formatDate, formatDecimal, formatInteger, formatKroner, formatPercent } from '../format';
import { CONTRACT_HOURS_RULE, COUNTED_CONTACT_TYPE_KEYS, NO_PHASE_REACH, PHASE_REACH_RULE, PERSON_PHASE_RULE, PERSON_REACHED_RULE, RETAINED_OUTCOMES, RETENTION_RULE, UNKNOWN_OUTCOME, periodText } from './definitions';
import { publishedCount } from './smallNumbers';
import { SURVEY_ANSWERS, SURVEY_ANSWER_KEYS, SURVEY_RULES } from './survey';
import type { YearStatistics } from './types';
import { followUpTables } from './followUpTables';

/** int: whole number; decimal: one decimal; percent: a fraction shown as %; keyShare: a billing-key
 * share, % with two decimals as on the statements; oere: money in øre. */
export type CellFormat = 'text' | 'int' | 'decimal' | 'percent' | 'keyShare' | 'oere';
export type CellValue = string | number | null;
/** A cell whose format differs from its column's (the key-figure table mixes formats). */
export interface FormattedCell {
  value: number | null;
  format: CellFormat;
  /** Small-number protection (publish.ts): this figure counts persons. */
  kind?: 'persons';
  /** The person counts this figure (a share, a ratio) was computed from: withheld when any is 1–2. */
  basis?: number[];
}
export type Cell = CellValue | FormattedCell;

export interface Column {
  label: string;
  format: CellFormat;
  /** Small-number protection (publish.ts): the column counts persons (a course, a referral or an answer
   * is one person's). Without it the column counts other things: contacts, heads, hours, money, students. */
  kind?: 'persons';
  /** A share or index computed from these columns of the same row: withheld when any of them is. */
  from?: number[];
  /** The row total of these person columns. */
  sumOf?: number[];
  /** Columns with the same key in other tables hold the same figure for the row with the same label,
   * so a cell withheld in one is withheld in all. */
  same?: string;
}

export type TableId =
  | 'noegletal'
  | 'samtaler_type'
  | 'samtaler_maaned'
  | 'personer_kommune'
  | 'personer_fase'
  | 'personer_uddannelse'
  | 'mentorer'
  | 'temaer'
  | 'henvisninger'
  | 'udfald'
  | 'vaerdi'
  | 'noegle'
  | 'survey'
  | 'opfoelgning'
  | 'opfoelgning_udvikling';

export interface StatTable {
  id: TableId;
  title: string;
  /** Excel allows at most 31 characters and no : \ / ? * [ ]. */
  sheetName: string;
  columns: Column[];
  rows: Cell[][];
  total: Cell[] | null;
  note: string | null;
  /** Further published sums of one column over some rows (e.g. the municipalities in the key), which
   * small-number protection must guard like a total. `via` is the total-row column that publishes the sum
   * (e.g. the total reach, from which persons in the key follow): withheld when nothing else can protect. */
  sums?: { column: number; rows: number[]; via?: number }[];
}

/** A count in a sentence, as published ("<3" for 1–2). */
const countText = (n: number) => {
  const shown = publishedCount(n);
  return typeof shown === 'number' ? formatInteger(shown) : String(shown);
};

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
export const monthName = (month: number) => MONTHS[month - 1];

const cellOf = (value: number | null, format: CellFormat): FormattedCell => ({ value, format });
const personsCell = (value: number | null): FormattedCell => ({ value, format: 'int', kind: 'persons' });
/** A share or ratio of person counts (computed from `basis`). */
const derivedCell = (value: number | null, format: CellFormat, basis: number[]): FormattedCell => ({ value, format, basis });
const PERSONS = 'persons' as const;

export function cellParts(cell: Cell, column: Column): { value: CellValue; format: CellFormat } {
  if (cell !== null && typeof cell === 'object') return { value: cell.value, format: cell.format };
  return { value: cell, format: column.format };
}

/** Danish display text; a missing value (no denominator, no data) is a dash. */
export function formatCell(cell: Cell, column: Column): string {
  const { value, format } = cellParts(cell, column);
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'int':
      return formatInteger(value);
    case 'decimal':
      return formatDecimal(value, 1);
    case 'percent':
      return formatPercent(value);
    case 'keyShare':
      return formatPercent(value, 2);
    case 'oere':
      return formatKroner(value);
    default:
      return String(value);
  }
}

/** Numbers as numbers for CSV: percentages in points (key shares with two decimals), money in kroner. */
function csvValue(cell: Cell, column: Column): CsvCell {
  const { value, format } = cellParts(cell, column);
  if (typeof value !== 'number') return value;
  if (format === 'percent') return Math.round(value * 1000) / 10;
  if (format === 'keyShare') return Math.round(value * 10_000) / 100;
  if (format === 'oere') return oereToKroner(value);
  if (format === 'decimal') return Math.round(value * 10) / 10;
  return value;
}

const csvHeader = (c: Column) => (c.format === 'percent' || c.format === 'keyShare' ? `${c.label} (%)` : c.format === 'oere' ? `${c.label} (kr.)` : c.label);

function csvRows(t: StatTable): CsvCell[][] {
  const rows: CsvCell[][] = [t.columns.map(csvHeader)];
  for (const r of t.rows) rows.push(r.map((c, i) => csvValue(c, t.columns[i])));
  if (t.total) rows.push(t.total.map((c, i) => csvValue(c, t.columns[i])));
  return rows;
}

/** What the dashboard shows: the year and its filter (YearStatistics fits). */
export interface TableScope {
  year: number;
  filterLabel: string | null;
}

/** The title line of one table saved or copied on its own, so the file says which year and filter it shows. */
export function tableHeading(t: StatTable, scope: TableScope): string {
  return `${t.title} – ${scope.year} – ${scope.filterLabel ? `filter: ${scope.filterLabel}` : 'uden filter'}`;
}

/** "Statistik-2026-Odense-samtaler_type.csv": the filter in the name, so two filtered files never look alike. */
export function tableFileName(t: StatTable, scope: TableScope, extension: string): string {
  const filter = (scope.filterLabel ?? '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${['Statistik', String(scope.year), filter, t.id].filter(Boolean).join('-')}.${extension}`;
}

/** One table as CSV; with a heading, a title line and an empty line come first, as in tablesCsv. */
export function tableCsv(t: StatTable, heading?: string): string {
  return toCsv(heading ? [[heading], [], ...csvRows(t)] : csvRows(t));
}

/** All tables in one CSV file: a title line before each table and an empty line after it. */
export function tablesCsv(heading: string, tables: readonly StatTable[]): string {
  const rows: CsvCell[][] = [[heading], []];
  for (const t of tables) rows.push([t.title], ...csvRows(t), []);
  return toCsv(rows);
}

/** Tab-separated Danish text for the clipboard (pastes into Excel as cells); the heading, if any, on top.
 * A spreadsheet evaluates pasted text as it does a CSV's, so names are neutralised like the CSV writer's. */
export function tableClipboard(t: StatTable, heading?: string): string {
  const text = (c: Cell, i: number) => (typeof cellParts(c, t.columns[i]).value === 'string' ? neutraliseFormula(formatCell(c, t.columns[i])) : formatCell(c, t.columns[i]));
  const lines = [...(heading ? [[neutraliseFormula(heading)], []] : []), t.columns.map((c) => neutraliseFormula(c.label)), ...t.rows.map((r) => r.map(text))];
  if (t.total) lines.push(t.total.map((c, i) => (c === null ? '' : text(c, i))));
  return lines.map((l) => l.join('\t')).join('\n');
}

/** A sentence or two describing the table, for a chart's text alternative. */
export function tableSummary(t: StatTable): string {
  const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
  if (t.rows.length === 0) return `${t.title}: ingen data.`;
  const describe = (row: Cell[], from: number) =>
    row
      .map((c, i) => ({ c, i }))
      .slice(from)
      .filter(({ c }) => c !== null || from === 0)
      .map(({ c, i }) => (i === 0 ? formatCell(c, t.columns[0]) : `${t.columns[i].label.toLowerCase()} ${formatCell(c, t.columns[i])}`))
      .join(', ');
  const shown = t.rows.slice(0, 14).map((r) => describe(r, 0));
  const more = t.rows.length > 14 ? ` og ${t.rows.length - 14} rækker mere` : '';
  const total = t.total ? ` I alt: ${sentence(describe(t.total, 1))}` : '';
  return `${sentence(`${t.title}: ${shown.join('; ')}${more}`)}${total}`;
}

function keyFigures(s: YearStatistics, contractHoursTotal: number): StatTable {
  const rows: Cell[][] = [
    ['Samtaler i alt', cellOf(s.contacts.total, 'int')],
    ['Unikke personer', personsCell(s.persons.total)],
    ['Samtaler pr. person', derivedCell(s.persons.contactsPerPerson, 'decimal', [s.persons.total])],
    ['Elever ved klasseoplæg (hoveder)', cellOf(s.contacts.classSessionHeads, 'int')],
    ['Elevtal i fordelingsnøglen', cellOf(s.reach?.students ?? null, 'int')],
    ['Rækkevidde (personer ÷ elever)', derivedCell(s.reach?.rate ?? null, 'percent', s.reach ? [s.reach.persons] : [])],
    ['Afsluttede forløb', personsCell(s.outcomes.closed)],
    ['Fastholdelse', derivedCell(s.outcomes.retentionRate, 'percent', [s.outcomes.retained, s.outcomes.known])],
    ['Mentorer', cellOf(s.mentors.length, 'int')],
    ['Samtaletimer', cellOf(s.contacts.hours, 'decimal')],
    ['Ansættelsestimer', cellOf(contractHoursTotal, 'decimal')],
  ];
  if (s.survey) {
    const sv = s.survey;
    rows.push(['Spørgeskema: besvarelser (n)', personsCell(sv.respondents)], ['Spørgeskema: svarprocent', derivedCell(sv.responseRate, 'percent', [sv.respondents, sv.invitations])]);
    const first = sv.questions[0];
    if (first) rows.push(['Spørgeskema: andel enige (første spørgsmål)', derivedCell(first.shareAgreeing, 'percent', [first.counts.enig, first.n])]);
  }
  return {
    id: 'noegletal',
    title: `Nøgletal ${s.year}`,
    sheetName: 'Nøgletal',
    columns: [
      { label: 'Nøgletal', format: 'text' },
      { label: 'Værdi', format: 'int' },
    ],
    rows,
    total: null,
    note: `${PERSON_REACHED_RULE} ${RETENTION_RULE}`,
  };
}

/** Persons by phase; with reach by phase when the year's key has student counts per phase. */
function phaseTable(s: YearStatistics): StatTable {
  const p = s.persons;
  const base = { id: 'personer_fase' as const, sheetName: 'Personer efter fase' };
  if (!s.phaseReach) {
    const hasCounts = s.billing?.rows.some((r) => Object.keys(r.phaseStudents).length > 0) ?? false;
    return {
      ...base,
      title: 'Personer efter fase ved start',
      columns: [
        { label: 'Fase', format: 'text' },
        { label: 'Personer', format: 'int', kind: PERSONS },
      ],
      rows: p.byPhase.map((r) => [PHASES[r.phase], r.persons]),
      total: ['I alt', p.total],
      note: `${PERSON_PHASE_RULE} ${hasCounts ? 'Rækkevidde pr. fase vises kun uden mentor- og uddannelsesfilter.' : NO_PHASE_REACH}`,
    };
  }
  const reach = new Map(s.phaseReach.map((r) => [r.phase, r]));
  const phases = PHASE_KEYS.filter((ph) => reach.has(ph) || p.byPhase.some((r) => r.phase === ph));
  return {
    ...base,
    title: 'Personer og rækkevidde efter fase ved start',
    columns: [
      { label: 'Fase', format: 'text' },
      { label: 'Personer', format: 'int', kind: PERSONS },
      { label: 'Heraf med elevtal', format: 'int', kind: PERSONS },
      { label: 'Elevtal', format: 'int' },
      { label: 'Rækkevidde', format: 'percent', from: [2] },
    ],
    rows: phases.map((ph) => {
      const r = reach.get(ph);
      return [PHASES[ph], p.byPhase.find((x) => x.phase === ph)?.persons ?? 0, r?.persons ?? null, r?.students ?? null, r?.rate ?? null];
    }),
    total: ['I alt', p.total, null, null, null],
    note: `${PERSON_PHASE_RULE} ${PHASE_REACH_RULE}`,
  };
}

export function statisticsTables(s: YearStatistics): StatTable[] {
  const c = s.contacts;
  const p = s.persons;
  const contractHoursTotal = Math.round(sum(s.mentors.map((m) => m.contractHours)) * 10) / 10;
  const tables: StatTable[] = [
    keyFigures(s, contractHoursTotal),
    {
      id: 'samtaler_type',
      title: 'Samtaler efter type',
      sheetName: 'Samtaler efter type',
      columns: [
        { label: 'Type', format: 'text' },
        { label: 'Samtaler', format: 'int' },
      ],
      rows: c.byType.map((t) => [CONTACT_TYPES[t.type], t.count]),
      total: ['I alt', c.total],
      note: 'En gruppesamtale tæller som én samtale.',
    },
    {
      id: 'samtaler_maaned',
      title: 'Samtaler pr. måned efter type',
      sheetName: 'Samtaler pr. måned',
      columns: [{ label: 'Måned', format: 'text' }, ...COUNTED_CONTACT_TYPE_KEYS.map((k) => ({ label: CONTACT_TYPES[k], format: 'int' as const })), { label: 'I alt', format: 'int' }],
      rows: c.byMonth.map((m) => [monthName(m.month), ...COUNTED_CONTACT_TYPE_KEYS.map((k) => m.byType[k]), m.total]),
      total: ['I alt', ...COUNTED_CONTACT_TYPE_KEYS.map((k) => sum(c.byMonth.map((m) => m.byType[k]))), c.total],
      note: null,
    },
    {
      id: 'personer_kommune',
      title: 'Personer nået og rækkevidde pr. kommune',
      sheetName: 'Personer pr. kommune',
      columns: [
        { label: 'Kommune', format: 'text' },
        { label: 'Kommunekode', format: 'text' },
        { label: 'Personer', format: 'int', kind: PERSONS, same: 'personer_kommune' },
        { label: 'Elevtal', format: 'int' },
        { label: 'Rækkevidde', format: 'percent', from: [2] },
      ],
      rows: p.byMunicipality.map((m) => [m.name, String(m.code), m.persons, m.students, m.reach]),
      total: ['I alt', null, p.total, s.reach?.students ?? null, s.reach?.rate ?? null],
      // The total reach gives the persons from the municipalities in the key.
      sums: s.reach ? [{ column: 2, rows: p.byMunicipality.flatMap((m, i) => (m.students !== null ? [i] : [])), via: 4 }] : [],
      note: 'Rækkevidde = personer ÷ elevtal i årets fordelingsnøgle; i alt-rækken tæller kun personer fra kommuner i nøglen. Personen hører til sin bopælskommune.',
    },
    phaseTable(s),
    {
      id: 'personer_uddannelse',
      title: 'Personer efter uddannelse',
      sheetName: 'Personer efter uddannelse',
      columns: [
        { label: 'Uddannelse', format: 'text' },
        { label: 'Personer', format: 'int', kind: PERSONS },
      ],
      rows: p.byEducation.map((r) => [EDUCATIONS[r.education], r.persons]),
      total: ['I alt', p.total],
      note: null,
    },
    {
      id: 'mentorer',
      title: `Mentorer: sagsbelastning ${formatDate(s.caseloadDate)} og timer`,
      sheetName: 'Mentorer',
      columns: [
        { label: 'Mentor', format: 'text' },
        { label: 'Kapacitet', format: 'int' },
        { label: 'Åbne forløb', format: 'int', kind: PERSONS },
        { label: 'Personer', format: 'int', kind: PERSONS },
        { label: 'Samtaler', format: 'int' },
        { label: 'Samtaletimer', format: 'decimal' },
        { label: 'Timer pr. uge', format: 'decimal' },
        { label: 'Ansættelsestimer', format: 'decimal' },
      ],
      rows: s.mentors.map((m) => [m.name, m.capacity, m.openCourses, m.persons, m.contacts, m.contactHours, m.hoursPerWeek, m.contractHours]),
      total: [
        'I alt',
        sum(s.mentors.map((m) => m.capacity)),
        sum(s.mentors.map((m) => m.openCourses)),
        null,
        sum(s.mentors.map((m) => m.contacts)),
        c.hours,
        sum(s.mentors.map((m) => m.hoursPerWeek)),
        contractHoursTotal,
      ],
      note: `${periodText(s.period)}. ${CONTRACT_HOURS_RULE} Personer tælles pr. mentor; en person kan have mødt flere mentorer, så kolonnen summeres ikke.`,
    },
    {
      id: 'temaer',
      title: 'Temaer berørt i samtalerne',
      sheetName: 'Temaer',
      columns: [
        { label: 'Tema', format: 'text' },
        { label: 'Samtaler', format: 'int' },
        { label: 'Personer', format: 'int', kind: PERSONS },
      ],
      rows: s.themes.map((t) => [t.label, t.contacts, t.persons]),
      total: null,
      note: 'En samtale kan berøre flere temaer, så tallene summeres ikke.',
    },
    {
      id: 'henvisninger',
      title: 'Henvisninger til andre tilbud',
      sheetName: 'Henvisninger',
      columns: [
        { label: 'Tilbud', format: 'text' },
        { label: 'Henvisninger', format: 'int', kind: PERSONS },
      ],
      rows: s.referrals.map((r) => [OFFERS[r.offer], r.count]),
      total: ['I alt', sum(s.referrals.map((r) => r.count))],
      note: null,
    },
    {
      id: 'udfald',
      title: 'Udfald af afsluttede forløb',
      sheetName: 'Udfald',
      columns: [
        { label: 'Udfald', format: 'text' },
        { label: 'Forløb', format: 'int', kind: PERSONS },
      ],
      rows: [
        ...s.outcomes.byOutcome.map((o): Cell[] => [OUTCOMES[o.outcome], o.count]),
        ['Fastholdelse', derivedCell(s.outcomes.retentionRate, 'percent', [s.outcomes.retained, s.outcomes.known])],
      ],
      total: ['Afsluttede forløb i alt', s.outcomes.closed],
      // The note gives retained and known: sums over those outcome rows.
      sums: [
        { column: 1, rows: s.outcomes.byOutcome.flatMap((o, i) => (RETAINED_OUTCOMES.includes(o.outcome) ? [i] : [])) },
        { column: 1, rows: s.outcomes.byOutcome.flatMap((o, i) => (o.outcome !== UNKNOWN_OUTCOME ? [i] : [])) },
      ],
      note: `${RETENTION_RULE} Her: ${countText(s.outcomes.retained)} ÷ ${countText(s.outcomes.known)}.`,
    },
  ];
  if (s.valueForMoney) {
    tables.push({
      id: 'vaerdi',
      title: 'Værdi for pengene: andel af udgiften mod andel af personerne',
      sheetName: 'Værdi for pengene',
      columns: [
        { label: 'Kommune', format: 'text' },
        { label: 'Beløb', format: 'oere' },
        { label: 'Andel af udgiften', format: 'percent' },
        { label: 'Personer', format: 'int', kind: PERSONS, same: 'personer_kommune' },
        { label: 'Andel af personerne', format: 'percent', from: [3] },
        { label: 'Indeks', format: 'decimal', from: [3] },
      ],
      rows: s.valueForMoney.map((v) => [v.name, v.amountOere, v.costShare, v.persons, v.personsShare, v.index]),
      total: ['I alt', sum(s.valueForMoney.map((v) => v.amountOere)), 1, sum(s.valueForMoney.map((v) => v.persons)), 1, null],
      note: 'Indeks = andel af personerne ÷ andel af udgiften; over 1 betyder flere personer, end kommunen betalte for.',
    });
  }
  if (s.billing) {
    const b = s.billing;
    tables.push({
      id: 'noegle',
      title: `Fordelingsnøgle ${s.year}, version ${b.version}${b.locked ? '' : ' (kladde)'}`,
      sheetName: 'Fordelingsnøgle',
      columns: [
        { label: 'Kommune', format: 'text' },
        { label: 'Kommunekode', format: 'text' },
        { label: 'Elevtal', format: 'int' },
        { label: 'Andel', format: 'keyShare' },
        { label: 'Beløb', format: 'oere' },
      ],
      rows: b.rows.map((r) => [r.name, String(r.code), r.students, r.shareBasisPoints / 10_000, r.amountOere]),
      total: ['I alt', null, b.totalStudents, 1, b.budgetOere],
      note: null,
    });
  }
  if (s.survey) {
    const sv = s.survey;
    const answerColumn = (k: (typeof SURVEY_ANSWER_KEYS)[number]) => 1 + SURVEY_ANSWER_KEYS.indexOf(k);
    const answerColumns = SURVEY_ANSWER_KEYS.map(answerColumn);
    const nColumn = 1 + SURVEY_ANSWER_KEYS.length;
    tables.push({
      id: 'survey',
      title: `Spørgeskema ${sv.year}: ${formatInteger(sv.respondents)} besvarelser af ${formatInteger(sv.invitations)} inviterede`,
      sheetName: 'Spørgeskema',
      columns: [
        { label: 'Spørgsmål', format: 'text' },
        ...SURVEY_ANSWER_KEYS.map((k) => ({ label: SURVEY_ANSWERS[k], format: 'int' as const, kind: PERSONS })),
        { label: 'Svar (n)', format: 'int', kind: PERSONS, sumOf: answerColumns },
        { label: 'Andel enige', format: 'percent', from: [answerColumn('enig'), nColumn] },
        { label: 'Enige eller delvis enige', format: 'percent', from: [answerColumn('enig'), answerColumn('delvis'), nColumn] },
      ],
      rows: sv.questions.map((q) => [q.text, ...SURVEY_ANSWER_KEYS.map((k) => q.counts[k]), q.n, q.shareAgreeing, q.shareAgreeingAtLeastPartly]),
      total: null,
      note: `${SURVEY_RULES} Svarprocent: ${formatPercent(sv.responseRate)}.`,
    });
  }
  tables.push(...followUpTables(s));
  return tables;
}
