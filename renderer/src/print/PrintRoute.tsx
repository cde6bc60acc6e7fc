// Print routes ("#/print/<kind>?id=…&kommune=…"): one A4 document without the app's navigation.
// Tells the PDF printer when it may print (usePrintReady).
import type { StatementKind } from '../../../shared/billing/types';
import { call } from '../api/client';
import { useLoad } from '../lib/useAsync';
import { billingRoute } from '../pages/billing/routes';
import { PrintToolbar } from './PrintToolbar';
import { SettlementStatement } from './SettlementStatement';
import { Statement } from './Statement';
import { usePrintReady } from './usePrintReady';

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
  // A fresh document per route: no data or error of the previous document is shown or signalled.
  return <PrintDocument key={route} route={route} />;
}

function PrintDocument({ route }: { route: string }) {
  const { kind, id, municipalityId } = parse(route);
  const { data: version, error } = useLoad(() => (kind ? call('billing.get', { id }) : Promise.resolve(null)), [kind, id]);

  const row = version?.key.find((k) => k.municipalityId === municipalityId);
  const problem =
    (kind ? null : 'Ukendt dokument.') ??
    error ??
    (version && !row ? 'Kommunen er ikke med i denne fordelingsnøgle.' : null) ??
    (version && kind === 'efterregulering' && !version.settlement ? 'Der er ingen efterregulering for dette år.' : null);

  usePrintReady(route, { ready: Boolean(version && row), error: problem });

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
