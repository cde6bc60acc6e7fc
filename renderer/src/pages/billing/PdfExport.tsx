// Saves statements as PDFs into a folder the coordinator chooses, showing honest progress from the backend job.
import { useEffect, useState } from 'react';
import type { BillingVersion, PdfJobStatus, StatementKind } from '../../../../shared/billing/types';
import { call, errorMessage, fieldErrors } from '../../api/client';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';

const POLL_MS = 250;

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
  const [folder, setFolder] = useState(version.defaultExportFolder[kind]);
  const [job, setJob] = useState<PdfJobStatus | null>(null);
  const [folderError, setFolderError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      call('billing.pdfJob', { jobId: job.jobId }).then(setJob, (e: unknown) => {
        // E.g. the program restarted and forgot the job: say so and let the coordinator start again.
        setJob(null);
        setError(errorMessage(e));
      });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  async function start() {
    setError(null);
    setFolderError(undefined);
    setJob(null);
    try {
      setJob(await call('billing.exportPdfs', { id: version.id, kind, folder, municipalityIds }));
    } catch (err) {
      const fields = fieldErrors(err);
      if (fields.folder) setFolderError(fields.folder);
      else setError(errorMessage(err));
    }
  }

  const running = job?.state === 'running';
  const what = kind === 'opkraevning' ? 'opkrævning' : 'efterregulering';
  return (
    <div className="pdf-export">
      <form
        className="pdf-export__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <TextField label="Mappe til PDF-filer" value={folder} onChange={setFolder} error={folderError} hint="Mappen oprettes, hvis den ikke findes" />
        <button type="submit" className="primary" disabled={running}>
          {buttonLabel}
        </button>
      </form>
      {running && job ? (
        <div className="pdf-export__progress" role="status">
          <progress value={job.completed} max={job.total} aria-label="Fremdrift" />
          <span>
            Gemmer {Math.min(job.completed + 1, job.total)} af {job.total}
            {job.current ? `: ${job.current}` : ''} …
          </span>
        </div>
      ) : null}
      <Alert kind="ok">
        {job?.state === 'done'
          ? job.files.length === 1
            ? `PDF-filen er gemt: ${job.files[0]}`
            : `${job.files.length} PDF-filer (${what}er) er gemt i ${job.folder}.`
          : null}
      </Alert>
      <Alert kind="error">{job?.state === 'failed' ? job.error : error}</Alert>
      {job?.state === 'done' && job.files.length > 1 ? (
        <details className="pdf-export__files">
          <summary>Vis filerne</summary>
          <ul>
            {job.files.map((f) => (
              <li key={f} className="mono">
                {f.split(/[\\/]/).pop()}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
