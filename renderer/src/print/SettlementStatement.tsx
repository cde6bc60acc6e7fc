// The year-end settlement (efterregulering) to one municipality: its share of the actual cost against what it paid on account.
import type { BillingKeyRow, BillingVersion } from '../../../shared/billing/types';
import { formatKroner } from '../../../shared/format';
import { SettlementTable } from '../pages/billing/SettlementTable';
import { ContactAndMethod, Letterhead, PaymentDetails, VersionNote } from './StatementParts';

export function SettlementStatement({ version: v, row }: { version: BillingVersion; row: BillingKeyRow }) {
  const s = v.settlement;
  const mine = s?.rows.find((r) => r.municipalityId === row.municipalityId);
  if (!s || !mine) return null;
  const diff = mine.differenceOere;
  return (
    <>
      <Letterhead version={v} row={row} title="Efterregulering" />
      <VersionNote version={v} />
      <p className="doc-text">
        Den faktiske udgift for {v.year} blev {formatKroner(s.actualCostOere)} mod et budget på {formatKroner(v.budgetOere)}. Udgiften fordeles efter
        samme nøgle som opkrævningen a conto.{s.note ? ` ${s.note}` : ''}
      </p>
      <table className="doc-table doc-table--summary">
        <tbody>
          <tr>
            <th scope="row">Andel af faktisk udgift</th>
            <td className="num">{formatKroner(mine.actualShareOere)}</td>
          </tr>
          <tr>
            <th scope="row">Opkrævet a conto</th>
            <td className="num">{formatKroner(mine.paidOere)}</td>
          </tr>
          <tr className="doc-table__result">
            <th scope="row">{diff > 0 ? 'Til betaling' : diff < 0 ? 'Tilbagebetales til kommunen' : 'Intet at regulere'}</th>
            <td className="num">{formatKroner(Math.abs(diff))}</td>
          </tr>
        </tbody>
      </table>
      <section className="doc-block">
        <h2>Efterregulering for alle kommuner</h2>
        <SettlementTable version={v} highlight={row.municipalityId} />
      </section>
      {diff > 0 ? <PaymentDetails version={v} reference={`Efterregulering mentorkorps ${v.year}, kommune ${row.code}`} /> : null}
      <ContactAndMethod version={v} />
    </>
  );
}
