// The whole key, as shown on screen and on every statement: transparency is the point of a trust-based key.
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatDate, formatInteger, formatKroner, formatPercent } from '../../../../shared/format';

export function keyCaption(v: BillingVersion): string {
  return `Fordelingsnøgle ${v.year}, version ${v.version}`;
}

export function KeyTable({ version: v, highlight, details, actions }: { version: BillingVersion; highlight?: number; details?: boolean; actions?: (municipalityId: number, name: string) => React.ReactNode }) {
  return (
    <table className="table key-table">
      <caption className="sr-only">{keyCaption(v)}</caption>
      <thead>
        <tr>
          <th scope="col">Kommune</th>
          <th scope="col" className="num">
            Kode
          </th>
          <th scope="col" className="num">
            Elevtal
          </th>
          {details ? (
            <>
              <th scope="col">Tælledato</th>
              <th scope="col">Kilde</th>
            </>
          ) : null}
          <th scope="col" className="num">
            Andel
          </th>
          <th scope="col" className="num">
            Beløb
          </th>
          {actions ? (
            <th scope="col">
              <span className="sr-only">Handlinger</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {v.key.map((k) => (
          <tr key={k.municipalityId} className={k.municipalityId === highlight ? 'key-table__own' : undefined}>
            <th scope="row">{k.name}</th>
            <td className="num">{k.code}</td>
            <td className="num">{formatInteger(k.students)}</td>
            {details ? (
              <>
                <td>{formatDate(k.countDate)}</td>
                <td>{k.source}</td>
              </>
            ) : null}
            <td className="num">{formatPercent(k.shareBasisPoints / 10_000, 2)}</td>
            <td className="num">{formatKroner(k.amountOere)}</td>
            {actions ? <td className="actions">{actions(k.municipalityId, k.name)}</td> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">I alt</th>
          <td />
          <td className="num">{formatInteger(v.totalStudents)}</td>
          {details ? (
            <>
              <td />
              <td />
            </>
          ) : null}
          <td className="num">{formatPercent(1, 2)}</td>
          <td className="num">{formatKroner(v.budgetOere)}</td>
          {actions ? <td /> : null}
        </tr>
      </tfoot>
    </table>
  );
}
