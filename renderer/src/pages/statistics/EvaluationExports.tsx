// The annual evaluation for the chosen year (always the whole year, without the dashboard's filters):
// one click each for the PDF report, the workbook and the CSV file.
import { useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';
import { useSubmit } from '../../lib/useSubmit';

type Kind = 'pdf' | 'xlsx' | 'csv';
const LABEL: Record<Kind, string> = { pdf: 'PDF-rapport', xlsx: 'Excel-projektmappe', csv: 'CSV-fil' };

export function EvaluationExports({ year }: { year: number }) {
  // The export last asked for: names the progress and the error.
  const [kind, setKind] = useState<Kind>('pdf');
  const [done, setDone] = useState<string | null>(null);
  // The kind travels with the result, since onDone belongs to the render that started the export.
  const submit = useSubmit<{ kind: Kind; file: ExportFile }>(({ kind: k, file }) => {
    downloadBase64(file.base64, file.fileName, file.mimeType);
    setDone(`${LABEL[k]} ${file.fileName} er gemt i overførsler.`);
  });

  function run(k: Kind) {
    setKind(k);
    setDone(null);
    void submit.run(async () => ({
      kind: k,
      file: k === 'pdf' ? await call('evaluation.exportPdf', { year }) : k === 'xlsx' ? await call('evaluation.exportXlsx', { year }) : await call('evaluation.exportCsv', { year }),
    }));
  }

  return (
    <section className="evaluation-exports" aria-label={`Årsevaluering ${year}`}>
      <p>
        <strong>Årsevaluering {year}</strong> for hele året, uden filtre:
      </p>
      <div className="evaluation-exports__buttons">
        <button type="button" className="primary" disabled={submit.busy} onClick={() => run('pdf')}>
          Gem evaluering som PDF
        </button>
        <button type="button" disabled={submit.busy} onClick={() => run('xlsx')}>
          Gem som Excel (.xlsx)
        </button>
        <button type="button" disabled={submit.busy} onClick={() => run('csv')}>
          Gem som CSV
        </button>
        <a className="button-link" href={`#/print/evaluering?aar=${year}`}>
          Vis rapporten
        </a>
      </div>
      {submit.busy ? (
        <p className="evaluation-exports__progress" role="status">
          <progress aria-label={`Danner ${LABEL[kind]}`} /> Danner {LABEL[kind].toLowerCase()} …
        </p>
      ) : null}
      <Alert kind="ok">{done}</Alert>
      <Alert kind="error">{submit.message ? `${LABEL[kind]} kunne ikke dannes: ${submit.message}` : null}</Alert>
    </section>
  );
}
