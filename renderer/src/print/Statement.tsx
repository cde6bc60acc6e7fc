// The billing statement (opkrævning) to one municipality.
import type { BillingKeyRow, BillingVersion } from '../../../shared/billing/types';
import { formatDate, formatKroner, formatPercent } from '../../../shared/format';
import { KeyTable } from '../pages/billing/KeyTable';
import { BudgetTable, ContactAndMethod, Letterhead, municipalityTitle, PaymentDetails, termsDays, VersionNote } from './StatementParts';

export function Statement({ version: v, row }: { version: BillingVersion; row: BillingKeyRow }) {
  return (
    <>
      <Letterhead version={v} row={row} title="Opkrævning" />
      <VersionNote version={v} />
      {v.statementText ? <p className="doc-text">{v.statementText}</p> : null}
      <p className="doc-amount">
        {municipalityTitle(row.name)}s andel for {v.year}: <strong>{formatKroner(row.amountOere)}</strong>
        <span className="doc-amount__basis">
          {' '}
          ({formatPercent(row.shareBasisPoints / 10_000, 2)} af budgettet på {formatKroner(v.budgetOere)})
        </span>
      </p>
      <Change version={v} row={row} />
      {/* Instalments beside payment, budget beside contact: a corps of up to 12 municipalities fits one A4 page. */}
      <div className="doc-columns">
        <section className="doc-block">
          <h2>Rater</h2>
          <InstalmentTable version={v} row={row} />
        </section>
        <PaymentDetails
          version={v}
          reference={row.statementNumber ? `Fakturanr. ${row.statementNumber}` : `Mentorkorps ${v.year} v${v.version}, kommune ${row.code}`}
          terms={`Hver rate betales senest på sin forfaldsdato. Betalingsfrist ${termsDays(v, row)} dage.`}
        />
      </div>
      <section className="doc-block doc-block--key">
        <h2>Fordelingsnøglen for alle kommuner</h2>
        <KeyTable version={v} highlight={row.municipalityId} details />
      </section>
      <div className="doc-columns doc-columns--end">
        <section className="doc-block">
          <h2>Budget {v.year}</h2>
          <BudgetTable version={v} className="doc-table" />
        </section>
        <ContactAndMethod version={v} />
      </div>
    </>
  );
}

function InstalmentTable({ version: v, row }: { version: BillingVersion; row: BillingKeyRow }) {
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th scope="col">Rate</th>
          <th scope="col">Forfaldsdato</th>
          <th scope="col" className="num">
            Beløb
          </th>
        </tr>
      </thead>
      <tbody>
        {v.instalmentDueDates.map((due, i) => (
          <tr key={due}>
            <td>
              {i + 1} af {v.instalmentDueDates.length}
            </td>
            <td>{formatDate(due)}</td>
            <td className="num">{formatKroner(row.instalmentsOere[i])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            I alt
          </th>
          <td className="num">{formatKroner(row.amountOere)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A correction (version 2+): what was billed before, the new share, the difference, and what is paid already. */
function Change({ version: v, row }: { version: BillingVersion; row: BillingKeyRow }) {
  if (row.previousAmountOere === null) return null;
  const difference = row.amountOere - row.previousAmountOere;
  const paid = row.paidAtIssueOere;
  return (
    <table className="doc-table doc-table--change">
      <caption className="sr-only">Ændring i forhold til version {v.version - 1}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Tidligere opkrævet
          </th>
          <th scope="col" className="num">
            Ny andel
          </th>
          <th scope="col" className="num">
            Forskel
          </th>
          {paid !== null ? (
            <>
              <th scope="col" className="num">
                Betalt indtil {formatDate(v.lockedOn)}
              </th>
              <th scope="col" className="num">
                Rest at betale
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="num">{formatKroner(row.previousAmountOere)}</td>
          <td className="num">{formatKroner(row.amountOere)}</td>
          <td className="num">
            {difference > 0 ? '+' : ''}
            {formatKroner(difference)}
          </td>
          {paid !== null ? (
            <>
              <td className="num">{formatKroner(paid)}</td>
              <td className="num">{formatKroner(row.amountOere - paid)}</td>
            </>
          ) : null}
        </tr>
      </tbody>
    </table>
  );
}
