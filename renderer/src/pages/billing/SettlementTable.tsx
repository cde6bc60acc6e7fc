// The year-end settlement per municipality: its share of the actual cost against what it paid on account.
import { sum } from '../../../../shared/billing/key';
import type { BillingVersion, BillingSettlementRow } from '../../../../shared/billing/types';
import { formatInteger, formatKroner } from '../../../../shared/format';
import { MunicipalityTable } from './MunicipalityTable';

export function SettlementTable({ version: v, highlight }: { version: BillingVersion; highlight?: number }) {
  const s = v.settlement;
  if (!s) return null;
  const kroner = (header: string, f: (r: BillingSettlementRow) => number) => ({
    header,
    num: true,
    cell: (r: BillingSettlementRow) => formatKroner(f(r)),
    total: formatKroner(sum(s.rows.map(f))),
  });
  return (
    <MunicipalityTable
      caption={`Efterregulering ${v.year}`}
      rows={s.rows}
      highlight={highlight}
      columns={[
        { header: 'Elevtal', num: true, cell: (r) => formatInteger(r.students), total: formatInteger(v.totalStudents) },
        kroner('Andel af faktisk udgift', (r) => r.actualShareOere),
        kroner('Opkrævet a conto', (r) => r.paidOere),
        kroner('Efterregulering', (r) => r.differenceOere),
      ]}
    />
  );
}
