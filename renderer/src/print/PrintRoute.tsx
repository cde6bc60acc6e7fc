// Print routes (statements, see shared/routes.ts): one A4 document without the app's navigation.
// Tells the PDF printer when it may print (usePrintReady).
import type { StatementKind } from '../../../shared/billing/types';
import { buildRoute, type Route } from '../../../shared/routes';
import { errorMessage } from '../api/client';
import { useApiQuery } from '../api/queries';
import { PrintToolbar } from './PrintToolbar';
import { SettlementStatement } from './SettlementStatement';
import { Statement } from './Statement';
import { usePrintReady } from './usePrintReady';

function parse(route: Route): { kind: StatementKind | null; id: number; municipalityId: number } {
  return route.name === 'statement' ? { kind: route.kind, id: route.versionId, municipalityId: route.municipalityId } : { kind: null, id: 0, municipalityId: 0 };
}

export function PrintRoute({ route }: { route: Route }) {
  // A fresh document per route: no data or error of the previous document is shown or signalled.
  return <PrintDocument key={buildRoute(route)} route={route} />;
}

function PrintDocument({ route: parsed }: { route: Route }) {
  const route = buildRoute(parsed);
  const { kind, id, municipalityId } = parse(parsed);
  const query = useApiQuery('billing.get', { id }, { enabled: kind !== null });
  const version = kind ? query.data : undefined;
  const error = query.error ? errorMessage(query.error) : null;

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
      <PrintToolbar version={version} kind={kind} municipalityId={municipalityId} backRoute={{ name: 'billing', versionId: version.id }} />
      <article className="sheet statement" aria-label={kind === 'opkraevning' ? `Opkrævning til ${row.name}` : `Efterregulering for ${row.name}`}>
        {kind === 'opkraevning' ? <Statement version={version} row={row} /> : <SettlementStatement version={version} row={row} />}
      </article>
    </div>
  );
}
