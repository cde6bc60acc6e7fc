// Import og eksport: bring the corps in from spreadsheets (upload, columns, dry run, import) and take it all out again.
import { useState } from 'react';
import { formatInteger } from '../../../../shared/format';
import { IMPORT_KIND_LABELS } from '../../../../shared/import/kinds';
import { href } from '../../../../shared/routes';
import { AnalysisView, type ImportDone } from './AnalysisView';
import { FullExport, Templates } from './ExportSection';
import { KIND_PAGES } from './importTexts';
import { RestoreSection } from './RestoreSection';
import { UploadForm, type UploadedFile } from './UploadForm';
import './import.css';

function Imported({ done }: { done: ImportDone }) {
  const page = KIND_PAGES[done.kind];
  return (
    <div className="alert alert--ok" role="status">
      <p>
        Importeret fra {done.fileName} ({IMPORT_KIND_LABELS[done.kind].toLowerCase()}): {formatInteger(done.created)} nye, {formatInteger(done.updated)}{' '}
        opdateret, {formatInteger(done.unchanged)} fandtes allerede.
      </p>
      <p>
        <a href={href(page.route)}>Se {page.label}</a>
      </p>
    </div>
  );
}

export function ImportPage() {
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  return (
    <div className="import-page">
      <header className="page-header">
        <h1>Import og eksport</h1>
      </header>
      <p>
        Hent kommuner, elevtal, mentorer, forløb og samtaler ind fra Excel eller CSV. Filen tjekkes først med de samme regler som formularerne, og intet gemmes,
        før du har set resultatet og bekræftet. Samme fil to gange ændrer intet anden gang.
      </p>
      {done ? <Imported done={done} /> : null}
      <UploadForm
        current={upload}
        onUploaded={(u) => {
          setDone(null);
          setUpload(u);
        }}
      />
      {upload ? (
        <AnalysisView
          key={`${upload.uploadId}:${upload.kind}`}
          upload={upload}
          onImported={(d) => {
            setUpload(null);
            setDone(d);
          }}
        />
      ) : null}
      <Templates />
      <FullExport />
      <RestoreSection />
    </div>
  );
}
