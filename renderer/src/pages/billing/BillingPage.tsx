// The yearly billing key: basis, key table, instalments, versions, statements and exports.
import { useState } from 'react';
import type { BillingVersion, BillingVersionSummary } from '../../../../shared/billing/types';
import type { Route } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { navigate } from '../../lib/router';
import { BillingFormDialog } from './BillingForm';
import { NewVersionDialog, SettlementDialog } from './BillingDialogs';
import { IssueDialog } from './IssueDialog';
import { BillingVersionView, type VersionAction } from './BillingVersionView';
import { PaymentsSection } from './PaymentsSection';

type Dialog = 'new' | VersionAction | null;

/** The version to show: the one in the address, else the newest version of the newest year. */
function chooseVersion(list: BillingVersionSummary[], wanted: number | undefined): BillingVersionSummary | null {
  const found = wanted ? list.find((v) => v.id === wanted) : undefined;
  if (found) return found;
  const newestYear = list[0]?.year;
  return list.filter((v) => v.year === newestYear).pop() ?? null;
}

export function BillingPage({ route }: { route: Route }) {
  const list = useApiQuery('billing.list');
  const municipalities = useApiQuery('municipalities.list');
  const info = useApiQuery('app.info');
  const chosen = list.data ? chooseVersion(list.data, route.name === 'billing' ? route.versionId : undefined) : null;
  const version = useApiQuery('billing.get', { id: chosen?.id ?? 0 }, { enabled: chosen !== null });
  const [dialog, setDialog] = useState<Dialog>(null);
  // The draft the form edits: usually the shown version, or the copy a correction just made.
  const [draft, setDraft] = useState<BillingVersion | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const v = chosen ? (version.data ?? null) : null;
  const years = [...new Set((list.data ?? []).map((s) => s.year))];
  const thisYear = Number((info.data?.today ?? '2026').slice(0, 4));
  const nextYear = years.length ? Math.max(years[0] + 1, thisYear) : thisYear;
  const loadError = list.error ?? version.error;

  function show(saved: BillingVersion, message: string) {
    setDialog(null);
    setNotice(message);
    setError(null);
    navigate({ name: 'billing', versionId: saved.id });
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
                  if (latest) navigate({ name: 'billing', versionId: latest.id });
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
      <Alert kind="error">{error ?? (loadError ? errorMessage(loadError) : null)}</Alert>
      {list.data && list.data.length === 0 ? (
        <p className="empty">Der er ingen fordelingsnøgle endnu. Opret det første år med kommunernes elevtal og budgettet.</p>
      ) : null}

      {v ? (
        <BillingVersionView
          version={v}
          onError={(e) => setError(errorMessage(e))}
          onAction={(a) => {
            if (a === 'edit') setDraft(v);
            setDialog(a);
          }}
        />
      ) : null}
      {v ? <PaymentsSection year={v.year} /> : null}

      {dialog === 'new' || (dialog === 'edit' && draft) ? (
        <BillingFormDialog
          title={dialog === 'edit' && draft ? `Ret fordelingsnøgle ${draft.year}, version ${draft.version}` : 'Ny fordelingsnøgle'}
          base={dialog === 'edit' ? draft : v}
          editing={dialog === 'edit'}
          year={dialog === 'edit' && draft ? draft.year : nextYear}
          municipalities={municipalities.data ?? []}
          onClose={() => setDialog(null)}
          onSaved={(saved) => show(saved, `Fordelingsnøglen for ${saved.year}, version ${saved.version}, er gemt.`)}
        />
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
