// The whole key, as shown on screen and on every statement: transparency is the point of a trust-based key.
import type { ReactNode } from 'react';
import type { BillingKeyRow, BillingVersion } from '../../../../shared/billing/types';
import { formatDate, formatInteger, formatKroner, formatPercent } from '../../../../shared/format';
import { DataTable, type Column } from '../../components/DataTable';

export function keyCaption(v: BillingVersion): string {
  return `Fordelingsnøgle ${v.year}, version ${v.version}`;
}

/** One row per municipality, its own row highlighted on a statement, and an "I alt" row: the key and the settlement alike. */
export function MunicipalityRows<R extends { municipalityId: number; name: string }>({
  caption,
  rows,
  columns,
  highlight,
}: {
  caption: string;
  rows: readonly R[];
  columns: ReadonlyArray<Column<R>>;
  highlight?: number;
}) {
  return (
    <DataTable
      caption={caption}
      className="table key-table"
      columns={[{ key: 'name', header: 'Kommune', rowHeader: true, cell: (r: R) => r.name }, ...columns]}
      rows={rows}
      rowKey={(r) => r.municipalityId}
      rowClassName={(r) => (r.municipalityId === highlight ? 'key-table__own' : undefined)}
      totalLabel="I alt"
    />
  );
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
    { key: 'code', header: 'Kode', numeric: true, cell: (k) => k.code },
    { key: 'students', header: 'Elevtal', numeric: true, cell: (k) => formatInteger(k.students), total: formatInteger(v.totalStudents) },
    ...(details
      ? [
          { key: 'countDate', header: 'Tælledato', cell: (k: BillingKeyRow) => formatDate(k.countDate) },
          { key: 'source', header: 'Kilde', className: 'key-table__source', cell: (k: BillingKeyRow) => k.source },
        ]
      : []),
    { key: 'share', header: 'Andel', numeric: true, cell: (k) => formatPercent(k.shareBasisPoints / 10_000, 2), total: formatPercent(1, 2) },
    { key: 'amount', header: 'Beløb', numeric: true, cell: (k) => formatKroner(k.amountOere), total: formatKroner(v.budgetOere) },
    ...(actions
      ? [{ key: 'actions', header: <span className="sr-only">Handlinger</span>, className: 'actions', cell: (k: BillingKeyRow) => actions(k.municipalityId, k.name) }]
      : []),
  ];
  return <MunicipalityRows caption={keyCaption(v)} rows={v.key} columns={columns} highlight={highlight} />;
}
