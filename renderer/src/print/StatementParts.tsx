// Blocks every billing document shares: letterhead with the recipient, payment details, contact and method.
import { TIE_BREAK_RULE } from '../../../shared/billing/allocation';
import { COST_KINDS, type BillingKeyRow, type BillingVersion, type MunicipalityReference } from '../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../shared/format';

/** "Odense" -> "Odense Kommune"; a name that already says Kommune is left alone. */
export function municipalityTitle(name: string): string {
  return /kommune$/i.test(name) ? name : `${name} Kommune`;
}

/** The statement number: the row's own for an opkrævning; a settlement passes its own. */
export function Letterhead({ version: v, row, title, number = row.statementNumber }: { version: BillingVersion; row: BillingKeyRow; title: string; number?: string | null }) {
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
          {number ? (
            <>
              Fakturanr. <strong>{number}</strong>
              <br />
            </>
          ) : null}
          Fordelingsnøgle {v.year}, version {v.version}
          <br />
          {v.lockedOn ? `Udstedt ${formatDate(v.lockedOn)}` : 'KLADDE – ikke udstedt'}
        </p>
        <References reference={row.reference} />
      </div>
    </header>
  );
}

/** The municipality's own references for its finance system, as the register held them at issue. */
function References({ reference: r }: { reference: MunicipalityReference }) {
  const lines = [
    r.financeReference ? `Deres ref. (kontaktperson/bruger-id): ${r.financeReference}` : null,
    r.orderNumber ? `Ordrenr.: ${r.orderNumber}` : null,
    r.accountString ? `Kontostreng: ${r.accountString}` : null,
  ].filter((x): x is string => x !== null);
  if (!lines.length) return null;
  return (
    <p className="doc-head__refs">
      {lines.map((l, i) => (
        <span key={l}>
          {i ? <br /> : null}
          {l}
        </span>
      ))}
    </p>
  );
}

/** The betalingsfrist: the municipality's own (at most 30 days), else the version's. */
export function termsDays(v: BillingVersion, row: BillingKeyRow): number {
  return row.reference.paymentTermsDays ?? v.paymentTermsDays;
}

export function VersionNote({ version: v }: { version: BillingVersion }) {
  if (v.version === 1 || !v.reason) return null;
  return (
    <p className="doc-note">
      Denne opgørelse (version {v.version}) erstatter version {v.version - 1}. Årsag: {v.reason}
    </p>
  );
}

/**
 * Who is paid and how. `terms` says when: on a statement each instalment is paid by its due date; the
 * betalingsfrist (at most 30 days) is the time the municipality has from receiving the statement.
 */
export function PaymentDetails({ version: v, reference, terms }: { version: BillingVersion; reference: string; terms?: string }) {
  return (
    <section className="doc-block">
      <h2>Betaling</h2>
      <dl className="doc-dl">
        <dt>Modtager</dt>
        <dd>
          {v.payeeName}
          {v.payeeCvr ? `, CVR ${v.payeeCvr}` : ''}
          {v.payeeAddress ? (
            <>
              <br />
              {v.payeeAddress}
            </>
          ) : null}
        </dd>
        <dt>EAN</dt>
        <dd>{v.payeeEan}</dd>
        <dt>Bank</dt>
        <dd>
          Reg.nr. {v.payeeRegNo}, kontonr. {v.payeeAccount}
        </dd>
        <dt>Betingelser</dt>
        <dd>{terms ?? `Betalingsfrist ${v.paymentTermsDays} dage`}</dd>
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
