// Files for the host municipality's finance system: the debtor file (xlsx or CSV) and Peppol invoices.
// The app sends nothing itself; the finance system or an access point sends the Peppol files over NemHandel.
import type { ExportFile } from '../../../../shared/api/evaluation';
import type { BillingVersion, StatementKind } from '../../../../shared/billing/types';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';
import { PdfExport } from './PdfExport';

const downloadFile = (file: ExportFile) => downloadBase64(file.base64, file.fileName, file.mimeType);

export function FinanceFiles({ version, kind }: { version: BillingVersion; kind: StatementKind }) {
  const debtor = useApiMutation('billing.debtorFile', { onSuccess: downloadFile });
  const what = kind === 'opkraevning' ? 'opkrævningerne' : 'efterreguleringen';
  return (
    <section className="billing-finance" aria-label={`Filer til økonomisystemet for ${what}`}>
      <h3>Til økonomiafdelingen</h3>
      <p className="muted">
        Debitorfilen har én linje pr. {kind === 'opkraevning' ? 'rate' : 'kommune'} til værtskommunens økonomisystem
        {version.version > 1 && kind === 'opkraevning' ? ` (forskellen fra den tidligere version)` : ''}. Peppol-fakturaerne er én XML-fil pr. kommune med
        dokumentet som PDF indeni; økonomisystemet eller et adgangspunkt sender dem over NemHandel – programmet sender ikke selv noget.
      </p>
      <div className="toolbar">
        <button type="button" disabled={debtor.isPending} onClick={() => debtor.mutate({ id: version.id, kind, format: 'xlsx' })}>
          Debitorfil (Excel)
        </button>
        <button type="button" disabled={debtor.isPending} onClick={() => debtor.mutate({ id: version.id, kind, format: 'csv' })}>
          Debitorfil (CSV)
        </button>
      </div>
      <Alert kind="ok">{debtor.data ? `${debtor.data.fileName} er hentet til overførsler.` : null}</Alert>
      <Alert kind="error">{debtor.error ? errorMessage(debtor.error) : null}</Alert>
      <PdfExport key={`p${kind}${version.id}`} version={version} kind={kind} method="billing.exportPeppol" buttonLabel="Peppol-fakturaer (XML)" />
    </section>
  );
}
