// Blocks every billing document shares: letterhead with the recipient, payment details, contact and method.
import { TIE_BREAK_RULE } from '../../../shared/billing/allocation';
import { COST_KINDS, type BillingKeyRow, type BillingVersion } from '../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../shared/format';

/** "Odense" -> "Odense Kommune"; a name that already says Kommune is left alone. */
export function municipalityTitle(name: string): string {
  return /kommune$/i.test(name) ? name : `${name} Kommune`;
}

export function Letterhead({ version: v, row, title }: { version: BillingVersion; row: BillingKeyRow; title: string }) {
  return (
    <header className="doc-head">
      <div>
        <p className="doc-head__corps">{v.corpsName}</p>
        <address className="doc-head__to">
          <strong>{municipalityTitle(row.name)}</strong>
          <br />
          Kommunekode {row.code}
          <br />
          EAN-nummer {row.ean ?? 'ikke oplyst'}
          {row.address ? (
            <>
              <br />
              {row.address}
            </>
          ) : null}
        </address>
      </div>
      <div className="doc-head__meta">
        <h1>{title}</h1>
        <p>
          Fordelingsnøgle {v.year}, version {v.version}
          <br />
          {v.lockedOn ? `Udstedt ${formatDate(v.lockedOn)}` : 'KLADDE – ikke udstedt'}
        </p>
      </div>
    </header>
  );
}

export function VersionNote({ version: v }: { version: BillingVersion }) {
  if (v.version === 1 || !v.reason) return null;
  return (
    <p className="doc-note">
      Denne opgørelse (version {v.version}) erstatter version {v.version - 1}. Årsag: {v.reason}
    </p>
  );
}

export function PaymentDetails({ version: v, reference }: { version: BillingVersion; reference: string }) {
  return (
    <section className="doc-block">
      <h2>Betaling</h2>
      <dl className="doc-dl">
        <dt>Modtager</dt>
        <dd>{v.payeeName}</dd>
        <dt>EAN</dt>
        <dd>{v.payeeEan}</dd>
        <dt>Bank</dt>
        <dd>
          Reg.nr. {v.payeeRegNo}, kontonr. {v.payeeAccount}
        </dd>
        <dt>Betingelser</dt>
        <dd>Netto {v.paymentTermsDays} dage efter forfaldsdato</dd>
        <dt>Angiv</dt>
        <dd>{reference}</dd>
      </dl>
    </section>
  );
}

export function ContactAndMethod({ version: v }: { version: BillingVersion }) {
  return (
    <footer className="doc-foot">
      <p>
        <strong>Kontakt:</strong> {v.contactName}
        {v.contactEmail ? `, ${v.contactEmail}` : ''}
        {v.contactPhone ? `, tlf. ${v.contactPhone}` : ''}
      </p>
      <p className="doc-small">
        Nøglen følger elevtallet i hver kommune; elevtal, tælledato og kilde fremgår af fordelingsnøglen. {TIE_BREAK_RULE}
      </p>
    </footer>
  );
}

/** The year's cost lines and their sum: on the billing page and on every statement. */
export function BudgetTable({ version: v, className }: { version: BillingVersion; className: string }) {
  return (
    <table className={className}>
      <caption className="sr-only">Budget {v.year}</caption>
      <tbody>
        {v.costLines.map((c, i) => (
          <tr key={i}>
            <td>
              {COST_KINDS[c.kind]}
              {c.description ? <span className="doc-small">: {c.description}</span> : null}
            </td>
            <td className="num">{formatKroner(c.amountOere)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Budget i alt</th>
          <td className="num">{formatKroner(v.budgetOere)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
