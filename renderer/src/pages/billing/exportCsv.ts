// The key table as CSV for Danish Excel (written by the app's one CSV writer, shared/csv.ts).
import { oereToKroner, sum } from '../../../../shared/billing/key';
import { toCsv, type CsvCell } from '../../../../shared/csv';
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatDate } from '../../../../shared/format';

export function keyCsv(v: BillingVersion): string {
  const rows: CsvCell[][] = [
    ['Kommune', 'Kommunekode', 'Elevtal', 'Tælledato', 'Kilde', 'Andel (%)', 'Beløb (kr.)', ...v.instalmentDueDates.map((d, i) => `Rate ${i + 1} ${formatDate(d)} (kr.)`)],
    ...v.key.map((k) => [
      k.name,
      k.code,
      k.students,
      formatDate(k.countDate),
      k.source,
      k.shareBasisPoints / 100,
      oereToKroner(k.amountOere),
      ...k.instalmentsOere.map(oereToKroner),
    ]),
    [
      'I alt',
      null,
      v.totalStudents,
      null,
      null,
      100,
      oereToKroner(v.budgetOere),
      ...v.instalmentDueDates.map((_, i) => oereToKroner(sum(v.key.map((k) => k.instalmentsOere[i])))),
    ],
  ];
  return toCsv(rows);
}

export function keyCsvFileName(v: BillingVersion): string {
  return `Fordelingsnoegle-${v.year}-v${v.version}.csv`;
}
