// Saves statements as PDFs (or as Peppol XML with the PDF inside), showing honest progress from the backend job. The renderer never names a path:
// on the desktop the backend asks for a folder with the native dialog; in the browser the batch arrives
// as one ZIP download (one statement as the PDF itself).
import { useEffect, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import type { BillingVersion, PdfJobStatus, StatementKind } from '../../../../shared/billing/types';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

const POLL_MS = 250;

const downloadFile = (file: ExportFile) => downloadBase64(file.base64, file.fileName, file.mimeType);

export function PdfExport({
  version,
  kind,
  municipalityIds,
  buttonLabel,
  method = 'billing.exportPdfs',
}: {
  version: BillingVersion;
  kind: StatementKind;
  municipalityIds?: number[];
  buttonLabel: string;
  /** The job that prints the statements: PDFs, or Peppol invoices with the PDFs embedded. */
  method?: 'billing.exportPdfs' | 'billing.exportPeppol';
}) {
  const fileKind = method === 'billing.exportPeppol' ? 'XML' : 'PDF';
  // The job as the backend started it; its progress is then the job's own query.
  const [started, setStarted] = useState<PdfJobStatus | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const start = useApiMutation(method, {
    onSuccess: (result) => {
      setCancelled(result.cancelled);
      setStarted(result.cancelled ? null : result.job);
    },
  });
  const [jobRunning, setJobRunning] = useState(false);
  const progress = useApiQuery('billing.pdfJob', { jobId: started?.jobId ?? '' }, { enabled: jobRunning, refetchInterval: jobRunning ? POLL_MS : false });
  // E.g. the program restarted and forgot the job: say so, and the button works again.
  const job = progress.isError ? null : (progress.data ?? started);
  useEffect(() => setJobRunning(job?.state === 'running'), [job?.state]);

  // Web mode: the bytes come once, by their own call, so no poll ever carries them; kept to fetch again.
  const fetchFile = useApiMutation('billing.pdfJobFile', { onSuccess: downloadFile });
  const { mutate: takeFile, reset: forgetFile } = fetchFile;
  const downloadName = job?.state === 'done' ? job.downloadName : null;
  const doneJobId = downloadName ? job?.jobId : undefined;
  useEffect(() => {
    if (doneJobId) takeFile({ jobId: doneJobId });
  }, [doneJobId, takeFile]);
  const file = fetchFile.data ?? null;

  function run() {
    setStarted(null);
    setCancelled(false);
    forgetFile();
    start.mutate({ id: version.id, kind, municipalityIds });
  }

  const running = job?.state === 'running';
  const desktop = Boolean(window.mentorkorps);
  const batch = !municipalityIds || municipalityIds.length > 1;
  const what = kind === 'opkraevning' ? 'opkrævning' : 'efterregulering';
  const hint = desktop ? 'Du vælger mappen i næste trin.' : batch ? `Alle ${fileKind}-filer samles i én ZIP-fil, som browseren henter.` : null;
  const error = start.error ?? progress.error ?? fetchFile.error;
  return (
    <div className="pdf-export">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <button type="submit" className="primary" disabled={running || start.isPending}>
          {buttonLabel}
        </button>
        {hint ? <span className="muted"> {hint}</span> : null}
      </form>
      {running && job ? (
        <div className="pdf-export__progress" role="status">
          <progress value={job.completed} max={job.total} aria-label="Fremdrift" />
          <span>
            {job.completed < job.total
              ? `Gemmer ${job.completed + 1} af ${job.total}${job.current ? `: ${job.current}` : ''} …`
              : desktop
                ? 'Gemmer filerne …'
                : 'Samler filerne til download …'}
          </span>
        </div>
      ) : null}
      <Alert kind="ok">{doneMessage(job, file, what, fileKind) ?? (cancelled ? 'Ingen mappe valgt – intet er gemt.' : null)}</Alert>
      <Alert kind="error">{job?.state === 'failed' ? job.error : error ? errorMessage(error) : null}</Alert>
      {file ? (
        <p>
          <button type="button" onClick={() => downloadFile(file)}>
            {file.mimeType === 'application/zip' ? 'Hent ZIP-filen igen' : `Hent ${fileKind}-filen igen`}
          </button>
        </p>
      ) : null}
      {job?.state === 'done' && job.notes.length ? (
        <div className="pdf-export__notes">
          <p>Ikke med i denne kørsel:</p>
          <ul>
            {job.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {job?.state === 'done' && job.files.length > 1 ? (
        <details className="pdf-export__files">
          <summary>Vis filerne</summary>
          <ul>
            {job.files.map((f) => (
              <li key={f} className="mono">
                {f}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function doneMessage(job: PdfJobStatus | null, file: ExportFile | null, what: string, fileKind: string): string | null {
  if (job?.state !== 'done') return null;
  const n = job.files.length;
  if (job.folder) return n === 1 ? `${fileKind}-filen ${job.files[0]} er gemt i ${job.folder}.` : `${n} ${fileKind}-filer (${what}er) er gemt i ${job.folder}.`;
  if (!file) return null;
  return n === 1 ? `${fileKind}-filen ${file.fileName} er hentet til overførsler.` : `${n} ${fileKind}-filer (${what}er) er samlet i ${file.fileName} og hentet til overførsler.`;
}
