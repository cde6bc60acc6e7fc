// The whole key, as shown on screen and on every statement: transparency is the point of a trust-based key.
import type { ReactNode } from 'react';
import type { BillingKeyRow, BillingVersion } from '../../../../shared/billing/types';
import { formatDate, formatInteger, formatKroner, formatPercent } from '../../../../shared/format';
import { MunicipalityTable, type Column } from './MunicipalityTable';

export function keyCaption(v: BillingVersion): string {
  return `Fordelingsnøgle ${v.year}, version ${v.version}`;
}

export function KeyTable({
  version: v,
  highlight,
  details,
  actions,
}: {
  version: BillingVersion;
  highlight?: number;
  details?: boolean;
  actions?: (municipalityId: number, name: string) => ReactNode;
}) {
  const columns: Column<BillingKeyRow>[] = [
    { header: 'Kode', num: true, cell: (k) => k.code },
    { header: 'Elevtal', num: true, cell: (k) => formatInteger(k.students), total: formatInteger(v.totalStudents) },
    ...(details
      ? [
          { header: 'Tælledato', cell: (k: BillingKeyRow) => formatDate(k.countDate) },
          { header: 'Kilde', cell: (k: BillingKeyRow) => k.source },
        ]
      : []),
    { header: 'Andel', num: true, cell: (k) => formatPercent(k.shareBasisPoints / 10_000, 2), total: formatPercent(1, 2) },
    { header: 'Beløb', num: true, cell: (k) => formatKroner(k.amountOere), total: formatKroner(v.budgetOere) },
    ...(actions ? [{ header: <span className="sr-only">Handlinger</span>, className: 'actions', cell: (k: BillingKeyRow) => actions(k.municipalityId, k.name) }] : []),
  ];
  return <MunicipalityTable caption={keyCaption(v)} rows={v.key} columns={columns} highlight={highlight} />;
}
