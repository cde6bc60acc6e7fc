// The yearly billing key: basis, key table, instalments, versions, statements and exports.
import { useState } from 'react';
import type { BillingVersion, BillingVersionSummary } from '../../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../../shared/format';
import { BudgetTable } from '../../print/StatementParts';
import { call, errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Modal } from '../../components/Modal';
import { downloadBase64, downloadText } from '../../lib/download';
import { useLoad } from '../../lib/useAsync';
import { navigate, useHashRoute } from '../../lib/legacyHashRoute';
import { BillingForm } from './BillingForm';
import { IssueDialog, NewVersionDialog, SettlementDialog } from './BillingDialogs';
import { keyCsv, keyCsvFileName } from './exportCsv';
import { KeyTable, keyCaption } from './KeyTable';
import { PdfExport } from './PdfExport';
import { billingRoute, printRoute, routeParam } from './routes';
import { SettlementTable } from './SettlementTable';

type Dialog = 'new' | 'edit' | 'issue' | 'newVersion' | 'settle' | null;

/** The version to show: the one in the address, else the newest version of the newest year. */
function chooseVersion(list: BillingVersionSummary[], wanted: number | null): BillingVersionSummary | null {
  if (wanted) {
    const found = list.find((v) => v.id === wanted);
    if (found) return found;
  }
  const newestYear = list[0]?.year;
  return list.filter((v) => v.year === newestYear).pop() ?? null;
}

export function BillingPage() {
  const route = useHashRoute();
  const wanted = Number(routeParam(route, 'id')) || null;
  const list = useLoad(() => call('billing.list'), []);
  const municipalities = useLoad(() => call('municipalities.list'), []);
  const info = useLoad(() => call('app.info'), []);
  const chosen = list.data ? chooseVersion(list.data, wanted) : null;
  const version = useLoad(() => (chosen ? call('billing.get', { id: chosen.id }) : Promise.resolve(null)), [chosen?.id, list.data]);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The draft the form edits: usually the shown version, or the copy a correction just made.
  const [draft, setDraft] = useState<BillingVersion | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const v = version.data;
  const years = [...new Set((list.data ?? []).map((s) => s.year))];
  const thisYear = Number((info.data?.today ?? '2026').slice(0, 4));
  const nextYear = years.length ? Math.max(years[0] + 1, thisYear) : thisYear;

  function show(saved: BillingVersion, message: string) {
    setDialog(null);
    setNotice(message);
    setError(null);
    list.reload();
    navigate(billingRoute(saved.id));
  }

  async function exportXlsx(id: number) {
    try {
      const file = await call('billing.exportXlsx', { id });
      downloadBase64(file.base64, file.fileName, file.mimeType);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <>
      <header className="page-header">
        <h1>Fordelingsnøgle</h1>
        <div className="page-header__actions">
          {years.length > 1 ? (
            <label className="inline-select">
              <span>År</span>
              <select
                value={v?.year ?? ''}
                onChange={(e) => {
                  const latest = (list.data ?? []).filter((s) => s.year === Number(e.target.value)).pop();
                  if (latest) navigate(billingRoute(latest.id));
                }}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" onClick={() => setDialog('new')} disabled={!municipalities.data?.length} title={municipalities.data?.length ? undefined : 'Opret først kommunerne'}>
            Nyt år
          </button>
        </div>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ?? list.error ?? version.error}</Alert>
      {list.data && list.data.length === 0 ? (
        <p className="empty">Der er ingen fordelingsnøgle endnu. Opret det første år med kommunernes elevtal og budgettet.</p>
      ) : null}

      {v ? (
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
                  <button
                    type="button"
                    onClick={() => {
                      setDraft(v);
                      setDialog('edit');
                    }}
                  >
                    Ret grundlag
                  </button>
                  <button type="button" className="primary" onClick={() => setDialog('issue')}>
                    Udsted opkrævninger
                  </button>
                </>
              ) : v.latest ? (
                <>
                  <button type="button" onClick={() => setDialog('newVersion')}>
                    Ny version (rettelse)
                  </button>
                  <button type="button" onClick={() => setDialog('settle')}>
                    {v.settlement ? 'Ret efterregulering' : 'Efterregulering'}
                  </button>
                </>
              ) : (
                <span className="muted">En nyere version findes; denne version er historik.</span>
              )}
            </div>
            {v.history.length > 1 ? (
              <nav aria-label="Versioner" className="billing-versions">
                <span>Versioner:</span>
                {v.history.map((h) => (
                  <a key={h.id} href={`#${billingRoute(h.id)}`} aria-current={h.id === v.id ? 'page' : undefined}>
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
              <a href={`#${printRoute('opkraevning', v.id, municipalityId)}`} aria-label={`Vis opkrævning til ${name}`}>
                Vis opkrævning
              </a>
            )}
          />
          <div className="toolbar billing-exports">
            <button type="button" onClick={() => void exportXlsx(v.id)}>
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
                <dd>{v.paymentTermsDays} dage</dd>
                <dt>Betalingsmodtager</dt>
                <dd>
                  {v.payeeName}, EAN {v.payeeEan}, reg.nr. {v.payeeRegNo} konto {v.payeeAccount}
                </dd>
                <dt>Kontakt</dt>
                <dd>{[v.contactName, v.contactEmail, v.contactPhone].filter(Boolean).join(', ')}</dd>
              </dl>
            </section>
          </div>

          <h2>Rater pr. kommune</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Rater pr. kommune">
            <table className="table key-table">
              <caption className="sr-only">Rater pr. kommune</caption>
              <thead>
                <tr>
                  <th scope="col">Kommune</th>
                  {v.instalmentDueDates.map((d, i) => (
                    <th key={d} scope="col" className="num">
                      Rate {i + 1} ({formatDate(d)})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {v.key.map((k) => (
                  <tr key={k.municipalityId}>
                    <th scope="row">{k.name}</th>
                    {k.instalmentsOere.map((a, i) => (
                      <td key={i} className="num">
                        {formatKroner(a)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <section className="billing-pdf" aria-label="Opkrævninger som PDF">
            <h2>Opkrævninger som PDF</h2>
            {v.lockedOn ? (
              <PdfExport key={`o${v.id}`} version={v} kind="opkraevning" buttonLabel="Gem alle opkrævninger som PDF" />
            ) : (
              <p className="muted">Udsted opkrævningerne først; så låses nøglen, og hver opkrævning viser versionsnummeret.</p>
            )}
          </section>

          {v.settlement ? (
            <section className="billing-pdf" aria-label="Efterregulering">
              <h2>Efterregulering {v.year}</h2>
              <p>
                Faktisk udgift {formatKroner(v.settlement.actualCostOere)} mod budget {formatKroner(v.budgetOere)}
                {v.settlement.note ? `. ${v.settlement.note}` : ''}.
              </p>
              <SettlementTable version={v} />
              <p>
                {v.key.map((k, i) => (
                  <span key={k.municipalityId}>
                    {i ? ' · ' : ''}
                    <a href={`#${printRoute('efterregulering', v.id, k.municipalityId)}`} aria-label={`Vis efterregulering for ${k.name}`}>
                      {k.name}
                    </a>
                  </span>
                ))}
              </p>
              <PdfExport key={`e${v.id}`} version={v} kind="efterregulering" buttonLabel="Gem alle efterreguleringer som PDF" />
            </section>
          ) : null}
        </>
      ) : null}

      {dialog === 'new' || dialog === 'edit' ? (
        <Modal title={dialog === 'edit' && draft ? `Ret fordelingsnøgle ${draft.year}, version ${draft.version}` : 'Ny fordelingsnøgle'} onClose={() => setDialog(null)}>
          <BillingForm
            base={dialog === 'edit' ? draft : v}
            editing={dialog === 'edit'}
            year={dialog === 'edit' && draft ? draft.year : nextYear}
            municipalities={municipalities.data ?? []}
            onCancel={() => setDialog(null)}
            onSaved={(saved) => show(saved, `Fordelingsnøglen for ${saved.year}, version ${saved.version}, er gemt.`)}
          />
        </Modal>
      ) : null}
      {v && dialog === 'issue' ? (
        <IssueDialog version={v} onClose={() => setDialog(null)} onDone={(s) => show(s, `Opkrævningerne for ${s.year} er udstedt; version ${s.version} er låst.`)} />
      ) : null}
      {v && dialog === 'newVersion' ? (
        <NewVersionDialog
          version={v}
          onClose={() => setDialog(null)}
          onDone={(s) => {
            show(s, `Version ${s.version} af ${s.year} er oprettet som kladde. Ret grundlaget, og udsted den.`);
            setDraft(s);
            setDialog('edit');
          }}
        />
      ) : null}
      {v && dialog === 'settle' ? (
        <SettlementDialog version={v} onClose={() => setDialog(null)} onDone={(s) => show(s, `Efterreguleringen for ${s.year} er beregnet.`)} />
      ) : null}
    </>
  );
}
