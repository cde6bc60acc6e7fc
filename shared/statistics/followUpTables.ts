// The follow-up figure as statistics tables (dashboard, report, workbook, CSV), its cells published
// through the small-number rule.
import { formatInteger } from '../format';
import { followUpRule, type FollowUpFigure } from './definitions';
import { SMALL_NUMBERS_RULE, publishedCount, publishedShare } from './smallNumbers';
import type { Cell, Column, StatTable } from './tables';
import type { YearStatistics } from './types';

/** The figure's columns after `first` label columns; the share is computed from known and positive. */
const columns = (first: number): Column[] => [
  { label: 'Forfaldne (n)', format: 'int', kind: 'persons' },
  { label: 'Nået', format: 'int', kind: 'persons' },
  { label: 'Kendt status', format: 'int', kind: 'persons' },
  { label: 'I uddannelse eller arbejde', format: 'int', kind: 'persons' },
  { label: 'Andel i uddannelse eller arbejde', format: 'percent', from: [first + 2, first + 3] },
];

/** One figure's published cells, in the order of `columns`. */
export function followUpCells(f: FollowUpFigure): Cell[] {
  return [publishedCount(f.due), publishedCount(f.reached), publishedCount(f.known), publishedCount(f.positive), publishedShare(f.positive, f.known, f.share)];
}

const monthsLabel = (months: number) => `${formatInteger(months)} mdr. efter afslutning`;

export function followUpTables(s: YearStatistics): StatTable[] {
  const { months, figures, trend } = s.followUp;
  if (!months.length) return [];
  const note = `${months.map(followUpRule).join(' ')} ${SMALL_NUMBERS_RULE}`;
  return [
    {
      id: 'opfoelgning',
      title: `Hvor er de efter afslutning? Opfølgning i ${s.year}`,
      sheetName: 'Opfølgning efter afslutning',
      columns: [{ label: 'Opfølgning', format: 'text' }, ...columns(1)],
      rows: figures.map((f) => [monthsLabel(f.months), ...followUpCells(f)]),
      total: null,
      note,
    },
    {
      id: 'opfoelgning_udvikling',
      title: 'Opfølgning efter afslutning: udvikling over årene',
      sheetName: 'Opfølgning over årene',
      columns: [{ label: 'År', format: 'text' }, { label: 'Opfølgning', format: 'text' }, ...columns(2)],
      rows: trend.map((f) => [String(f.year), monthsLabel(f.months), ...followUpCells(f)]),
      total: null,
      note: 'Året er det år, opfølgningen faldt i. ' + SMALL_NUMBERS_RULE,
    },
  ];
}
