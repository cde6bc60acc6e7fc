// Saves statements as PDFs, showing honest progress from the backend job. The renderer never names a path:
// on the desktop the backend asks for a folder with the native dialog; in the browser the batch arrives
// as one ZIP download (one statement as the PDF itself).
import { useEffect, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import type { BillingVersion, PdfJobStatus, StatementKind } from '../../../../shared/billing/types';
import { call, errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

const POLL_MS = 250;

const downloadFile = (file: ExportFile) => downloadBase64(file.base64, file.fileName, file.mimeType);

export function PdfExport({
  version,
  kind,
  municipalityIds,
  buttonLabel,
}: {
  version: BillingVersion;
  kind: StatementKind;
  municipalityIds?: number[];
  buttonLabel: string;
}) {
  const [starting, setStarting] = useState(false);
  const [job, setJob] = useState<PdfJobStatus | null>(null);
  // Web mode: the finished download, kept so it can be fetched again if the browser held it back.
  const [file, setFile] = useState<ExportFile | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const desktop = Boolean(window.mentorkorps);
  const batch = !municipalityIds || municipalityIds.length > 1;

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      call('billing.pdfJob', { jobId: job.jobId })
        .then(async (status) => {
          // The bytes come once, by their own call, so no poll ever carries them.
          if (status.state === 'done' && status.downloadName) {
            const done = await call('billing.pdfJobFile', { jobId: status.jobId });
            downloadFile(done);
            setFile(done);
          }
          setJob(status);
        })
        .catch((e: unknown) => {
          // E.g. the program restarted and forgot the job: say so and let the coordinator start again.
          setJob(null);
          setError(errorMessage(e));
        });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  async function start() {
    setError(null);
    setJob(null);
    setFile(null);
    setCancelled(false);
    setStarting(true);
    try {
      const started = await call('billing.exportPdfs', { id: version.id, kind, municipalityIds });
      if (started.cancelled) setCancelled(true);
      else setJob(started.job);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setStarting(false);
    }
  }

  const running = job?.state === 'running';
  const what = kind === 'opkraevning' ? 'opkrævning' : 'efterregulering';
  const hint = desktop ? 'Du vælger mappen i næste trin.' : batch ? 'Alle PDF-filer samles i én ZIP-fil, som browseren henter.' : null;
  return (
    <div className="pdf-export">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <button type="submit" className="primary" disabled={running || starting}>
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
      <Alert kind="ok">{doneMessage(job, file, what) ?? (cancelled ? 'Ingen mappe valgt – intet er gemt.' : null)}</Alert>
      <Alert kind="error">{job?.state === 'failed' ? job.error : error}</Alert>
      {file ? (
        <p>
          <button type="button" onClick={() => downloadFile(file)}>
            {file.mimeType === 'application/zip' ? 'Hent ZIP-filen igen' : 'Hent PDF-filen igen'}
          </button>
        </p>
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

function doneMessage(job: PdfJobStatus | null, file: ExportFile | null, what: string): string | null {
  if (job?.state !== 'done') return null;
  const n = job.files.length;
  if (job.folder) return n === 1 ? `PDF-filen ${job.files[0]} er gemt i ${job.folder}.` : `${n} PDF-filer (${what}er) er gemt i ${job.folder}.`;
  if (!file) return null;
  return n === 1 ? `PDF-filen ${file.fileName} er hentet til overførsler.` : `${n} PDF-filer (${what}er) er samlet i ${file.fileName} og hentet til overførsler.`;
}
