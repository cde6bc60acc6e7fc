// One version of the key: its status and actions, the key, budget, payment, instalments, statements and exports.
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { useApiMutation } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { downloadBase64, downloadText } from '../../lib/download';
import { BudgetTable } from '../../print/StatementParts';
import { keyCsv, keyCsvFileName } from './exportCsv';
import { FinanceFiles } from './FinanceFiles';
import { KeyTable, keyCaption } from './KeyTable';
import { PdfExport } from './PdfExport';
import { SettlementSection } from './SettlementSection';

export type VersionAction = 'edit' | 'issue' | 'newVersion' | 'settle';

export function BillingVersionView({ version: v, onAction, onError }: { version: BillingVersion; onAction: (a: VersionAction) => void; onError: (e: Error) => void }) {
  const xlsx = useApiMutation('billing.exportXlsx', { onSuccess: (file) => downloadBase64(file.base64, file.fileName, file.mimeType) });
  return (
    <>
      <section className="billing-status" aria-label="Status">
        <p>
          <strong>
            {v.year}, version {v.version}:
          </strong>{' '}
          {v.lockedOn ? `Udstedt ${formatDate(v.lockedOn)} – låst.` : 'Kladde – kan rettes, indtil opkrævningerne udstedes.'}
          {v.reason ? ` Årsag til denne version: ${v.reason}` : ''}
        </p>
        <div className="billing-status__actions">
          {!v.lockedOn ? (
            <>
              <button type="button" onClick={() => onAction('edit')}>
                Ret grundlag
              </button>
              <button type="button" className="primary" onClick={() => onAction('issue')}>
                Udsted opkrævninger
              </button>
            </>
          ) : v.latest ? (
            <>
              <button type="button" onClick={() => onAction('newVersion')}>
                Ny version (rettelse)
              </button>
              {v.settlement?.issuedOn ? null : (
                <button type="button" onClick={() => onAction('settle')}>
                  {v.settlement ? 'Ret efterregulering' : 'Efterregulering'}
                </button>
              )}
            </>
          ) : (
            <span className="muted">En nyere version findes; denne version er historik.</span>
          )}
        </div>
        {v.history.length > 1 ? (
          <nav aria-label="Versioner" className="billing-versions">
            <span>Versioner:</span>
            {v.history.map((h) => (
              <a key={h.id} href={href({ name: 'billing', versionId: h.id })} aria-current={h.id === v.id ? 'page' : undefined}>
                Version {h.version} ({h.lockedOn ? `udstedt ${formatDate(h.lockedOn)}` : 'kladde'}
                {h.reason ? `: ${h.reason}` : ''})
              </a>
            ))}
          </nav>
        ) : null}
      </section>

      <h2>{keyCaption(v)}</h2>
      <KeyTable
        version={v}
        details
        actions={(municipalityId, name) => (
          <a href={href({ name: 'statement', kind: 'opkraevning', versionId: v.id, municipalityId })} aria-label={`Vis opkrævning til ${name}`}>
            Vis opkrævning
          </a>
        )}
      />
      <div className="toolbar billing-exports">
        <button type="button" onClick={() => xlsx.mutate({ id: v.id }, { onError })}>
          Hent som Excel (.xlsx)
        </button>
        <button type="button" onClick={() => downloadText(keyCsv(v), keyCsvFileName(v), 'text/csv;charset=utf-8')}>
          Hent som CSV
        </button>
      </div>

      <div className="billing-columns">
        <section>
          <h2>Budget {v.year}</h2>
          <BudgetTable version={v} className="table key-table" />
        </section>
        <section>
          <h2>Betaling</h2>
          <dl className="billing-dl">
            <dt>Rater</dt>
            <dd>{v.instalmentDueDates.map(formatDate).join(', ')}</dd>
            <dt>Betalingsfrist</dt>
            <dd>{v.paymentTermsDays} dage (en kommunes egen betalingsfrist går forud)</dd>
            <dt>Betalingsmodtager</dt>
            <dd>
              {v.payeeName}
              {v.payeeCvr ? `, CVR ${v.payeeCvr}` : ''}
              {v.payeeAddress ? `, ${v.payeeAddress}` : ''}, EAN {v.payeeEan}, reg.nr. {v.payeeRegNo} konto {v.payeeAccount}
            </dd>
            <dt>Kontakt</dt>
            <dd>{[v.contactName, v.contactEmail, v.contactPhone].filter(Boolean).join(', ')}</dd>
          </dl>
        </section>
      </div>

      <h2>Rater pr. kommune</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Rater pr. kommune">
        <DataTable
          caption="Rater pr. kommune"
          className="table key-table"
          rows={v.key}
          rowKey={(k) => k.municipalityId}
          columns={[
            { key: 'name', header: 'Kommune', rowHeader: true, cell: (k) => k.name },
            ...(v.key.some((k) => k.statementNumber) ? [{ key: 'number', header: 'Fakturanr.', cell: (k: (typeof v.key)[number]) => k.statementNumber ?? '' }] : []),
            ...v.instalmentDueDates.map((d, i) => ({ key: d, header: `Rate ${i + 1} (${formatDate(d)})`, numeric: true, cell: (k: (typeof v.key)[number]) => formatKroner(k.instalmentsOere[i]) })),
          ]}
        />
      </div>

      <section className="billing-pdf" aria-label="Opkrævninger som PDF">
        <h2>Opkrævninger som PDF</h2>
        {v.lockedOn ? (
          <>
            <PdfExport key={`o${v.id}`} version={v} kind="opkraevning" buttonLabel="Gem alle opkrævninger som PDF" />
            <FinanceFiles version={v} kind="opkraevning" />
          </>
        ) : (
          <p className="muted">Udsted opkrævningerne først; så låses nøglen, og hver opkrævning viser versionsnummeret.</p>
        )}
      </section>

      <SettlementSection version={v} />
    </>
  );
}
