// The recorded decisions: erasures, refused erasures (with the reason) and anonymisation runs.
import type { PrivacyRequest } from '../../../../shared/api/privacy';
import { formatDateTime, formatInteger } from '../../../../shared/format';
import { PRIVACY_KINDS } from '../../../../shared/privacy/anonymous';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';

const COLUMNS: Column<PrivacyRequest>[] = [
  { key: 'at', header: 'Afgjort', cell: (r) => formatDateTime(r.decidedAt), rowHeader: true },
  { key: 'kind', header: 'Afgørelse', cell: (r) => PRIVACY_KINDS[r.kind] },
  { key: 'person', header: 'Person', cell: (r) => (r.menteeId === null ? 'Alle med udløbet opbevaring' : `Personnr. ${r.menteeId}`) },
  { key: 'persons', header: 'Personer', cell: (r) => formatInteger(r.persons), numeric: true },
  { key: 'courses', header: 'Forløb', cell: (r) => formatInteger(r.courses), numeric: true },
  { key: 'reason', header: 'Årsag', cell: (r) => r.reason ?? '–' },
];

export function PrivacyRequests() {
  const requests = useApiQuery('privacy.requests');
  return (
    <section className="settings-section privacy-section" aria-labelledby="requests-heading">
      <h2 id="requests-heading">Registrerede afgørelser</h2>
      <Alert kind="error">{requests.error ? errorMessage(requests.error) : null}</Alert>
      {requests.data ? (
        <DataTable caption="Registrerede afgørelser" columns={COLUMNS} rows={requests.data} rowKey={(r) => r.id} empty="Ingen afgørelser er registreret endnu." />
      ) : requests.error ? null : (
        <p className="loading">Indlæser …</p>
      )}
    </section>
  );
}
