// The year-end settlement per municipality: its share of the actual cost, what it was billed a conto,
// what it actually paid, and the difference (share − paid).
import { sum } from '../../../../shared/billing/key';
import type { BillingVersion, BillingSettlementRow } from '../../../../shared/billing/types';
import { formatInteger, formatKroner } from '../../../../shared/format';
import type { Column } from '../../components/DataTable';
import { MunicipalityRows } from './KeyTable';

export function SettlementTable({ version: v, highlight }: { version: BillingVersion; highlight?: number }) {
  const s = v.settlement;
  if (!s) return null;
  const kroner = (key: string, header: string, f: (r: BillingSettlementRow) => number): Column<BillingSettlementRow> => ({
    key,
    header,
    numeric: true,
    cell: (r) => formatKroner(f(r)),
    total: formatKroner(sum(s.rows.map(f))),
  });
  return (
    <MunicipalityRows
      caption={`Efterregulering ${v.year}`}
      rows={s.rows}
      highlight={highlight}
      columns={[
        { key: 'students', header: 'Elevtal', numeric: true, cell: (r) => formatInteger(r.students), total: formatInteger(v.totalStudents) },
        kroner('share', 'Andel af faktisk udgift', (r) => r.actualShareOere),
        kroner('billed', 'Opkrævet a conto', (r) => r.billedOere),
        kroner('paid', 'Indbetalt', (r) => r.paidOere),
        kroner('difference', 'Efterregulering', (r) => r.differenceOere),
      ]}
    />
  );
}
