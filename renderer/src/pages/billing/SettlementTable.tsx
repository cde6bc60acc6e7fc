import { sum } from '../../../../shared/billing/key';
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatInteger, formatKroner } from '../../../../shared/format';

export function SettlementTable({ version: v, highlight }: { version: BillingVersion; highlight?: number }) {
  const s = v.settlement;
  if (!s) return null;
  const rows = s.rows;
  const total = (f: (r: (typeof rows)[number]) => number) => sum(rows.map(f));
  return (
    <table className="table key-table">
      <caption className="sr-only">Efterregulering {v.year}</caption>
      <thead>
        <tr>
          <th scope="col">Kommune</th>
          <th scope="col" className="num">
            Elevtal
          </th>
          <th scope="col" className="num">
            Andel af faktisk udgift
          </th>
          <th scope="col" className="num">
            Opkrævet a conto
          </th>
          <th scope="col" className="num">
            Efterregulering
          </th>
        </tr>
      </thead>
      <tbody>
        {s.rows.map((r) => (
          <tr key={r.municipalityId} className={r.municipalityId === highlight ? 'key-table__own' : undefined}>
            <th scope="row">{r.name}</th>
            <td className="num">{formatInteger(r.students)}</td>
            <td className="num">{formatKroner(r.actualShareOere)}</td>
            <td className="num">{formatKroner(r.paidOere)}</td>
            <td className="num">{formatKroner(r.differenceOere)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">I alt</th>
          <td className="num">{formatInteger(v.totalStudents)}</td>
          <td className="num">{formatKroner(total((r) => r.actualShareOere))}</td>
          <td className="num">{formatKroner(total((r) => r.paidOere))}</td>
          <td className="num">{formatKroner(total((r) => r.differenceOere))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
