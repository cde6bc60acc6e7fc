// Print routes ("#/print/<kind>?id=…&kommune=…"): one A4 document without the app's navigation.
// Tells the PDF printer when it may print: body[data-print-ready] = "true", or "error" with the message.
import { useEffect, useState } from 'react';
import type { BillingVersion, StatementKind } from '../../../shared/billing/types';
import { call, errorMessage } from '../api/client';
import { billingRoute } from '../pages/billing/routes';
import { PrintToolbar } from './PrintToolbar';
import { SettlementStatement } from './SettlementStatement';
import { Statement } from './Statement';

function parse(route: string): { kind: StatementKind | null; id: number; municipalityId: number } {
  const [pathPart, query = ''] = route.split('?');
  const params = new URLSearchParams(query);
  const kind = pathPart.replace('/print/', '');
  return {
    kind: kind === 'opkraevning' || kind === 'efterregulering' ? kind : null,
    id: Number(params.get('id')),
    municipalityId: Number(params.get('kommune')),
  };
}

export function PrintRoute({ route }: { route: string }) {
  const { kind, id, municipalityId } = parse(route);
  const [version, setVersion] = useState<BillingVersion | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setVersion(null);
    setError(null);
    if (!kind) {
      setError('Ukendt dokument.');
      return;
    }
    call('billing.get', { id }).then(
      (v) => live && setVersion(v),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);

  const row = version?.key.find((k) => k.municipalityId === municipalityId);
  const problem =
    error ??
    (version && !row ? 'Kommunen er ikke med i denne fordelingsnøgle.' : null) ??
    (version && kind === 'efterregulering' && !version.settlement ? 'Der er ingen efterregulering for dette år.' : null);

  // Signal the printer only after React has put the finished document on the page.
  useEffect(() => {
    const body = document.body.dataset;
    if (problem) {
      body.printError = problem;
      body.printReady = 'error';
    } else if (version && row) body.printReady = 'true';
    return () => {
      delete body.printReady;
      delete body.printError;
    };
  }, [problem, version, row]);

  if (problem) {
    return (
      <p className="alert alert--error" role="alert">
        {problem}
      </p>
    );
  }
  if (!version || !row || !kind) return <p className="loading">Indlæser …</p>;
  return (
    <div className="print-view">
      <PrintToolbar version={version} kind={kind} municipalityId={municipalityId} backRoute={billingRoute(version.id)} />
      <article className="sheet" aria-label={kind === 'opkraevning' ? `Opkrævning til ${row.name}` : `Efterregulering for ${row.name}`}>
        {kind === 'opkraevning' ? <Statement version={version} row={row} /> : <SettlementStatement version={version} row={row} />}
      </article>
    </div>
  );
}
