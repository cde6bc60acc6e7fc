// The year-end settlement (efterregulering) to one municipality: its share of the actual cost against what
// it actually paid, with the settlement's own number and due date.
import type { BillingKeyRow, BillingSettlement, BillingSettlementRow, BillingVersion } from '../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../shared/format';
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
      <p className="doc-note">
        {mine.statementNumber ? `Fakturanummer ${mine.statementNumber}. ` : ''}
        {s.issuedOn ? `Efterreguleringen er udstedt ${formatDate(s.issuedOn)}.` : 'KLADDE – efterreguleringen er ikke udstedt.'}
      </p>
      <VersionNote version={v} />
      <p className="doc-text">
        Den faktiske udgift for {v.year} blev {formatKroner(s.actualCostOere)} (budget: {formatKroner(v.budgetOere)}). Udgiften fordeles efter
        samme nøgle som opkrævningen a conto og holdes op mod det, kommunen faktisk har indbetalt.{s.note ? ` ${s.note}` : ''}
      </p>
      <table className="doc-table doc-table--summary">
        <caption className="sr-only">Efterregulering for {row.name}</caption>
        <tbody>
          <tr>
            <th scope="row">Andel af faktisk udgift</th>
            <td className="num">{formatKroner(mine.actualShareOere)}</td>
          </tr>
          <tr>
            <th scope="row">Opkrævet a conto</th>
            <td className="num">{formatKroner(mine.billedOere)}</td>
          </tr>
          <tr>
            <th scope="row">Indbetalt</th>
            <td className="num">{formatKroner(mine.paidOere)}</td>
          </tr>
          <tr className="doc-table__result">
            <th scope="row">{diff > 0 ? 'Til betaling' : diff < 0 ? 'Tilbagebetales til kommunen' : 'Intet at regulere'}</th>
            <td className="num">{formatKroner(Math.abs(diff))}</td>
          </tr>
        </tbody>
      </table>
      {diff !== 0 ? <SettlementPayment version={v} settlement={s} row={mine} /> : null}
      <section className="doc-block">
        <h2>Efterregulering for alle kommuner</h2>
        <SettlementTable version={v} highlight={row.municipalityId} />
      </section>
      <ContactAndMethod version={v} />
    </>
  );
}

/** The settlement's own due date; the terms say nothing else (no "days after the due date" beside a date). */
function SettlementPayment({ version: v, settlement: s, row }: { version: BillingVersion; settlement: BillingSettlement; row: BillingSettlementRow }) {
  const due = s.dueDate ? formatDate(s.dueDate) : null;
  const reference = row.statementNumber ? `Fakturanummer ${row.statementNumber}` : `Efterregulering mentorkorps ${v.year}, kommune ${row.code}`;
  if (row.differenceOere < 0) {
    return (
      <section className="doc-block">
        <h2>Tilbagebetaling</h2>
        <p>
          {v.payeeName} betaler {formatKroner(-row.differenceOere)} tilbage til kommunen{due ? ` senest ${due}` : ''}. Reference: {reference}.
        </p>
      </section>
    );
  }
  // The settlement's own due date is its terms: one payment block for every billing document.
  return <PaymentDetails version={v} reference={reference} terms={due ? `Betales senest ${due}` : 'Forfaldsdato er ikke angivet'} />;
}
