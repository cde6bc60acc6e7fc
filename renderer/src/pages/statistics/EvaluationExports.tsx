// The annual evaluation for the chosen year (always the whole year, without the dashboard's filters):
// one click each for the PDF report, the workbook and the CSV file.
import { useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import { call, errorMessage } from '../../api/client';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

type Kind = 'pdf' | 'xlsx' | 'csv';
const LABEL: Record<Kind, string> = { pdf: 'PDF-rapport', xlsx: 'Excel-projektmappe', csv: 'CSV-fil' };

export function EvaluationExports({ year }: { year: number }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Kind) {
    setBusy(kind);
    setDone(null);
    setError(null);
    try {
      const file: ExportFile =
        kind === 'pdf'
          ? await call('evaluation.exportPdf', { year })
          : kind === 'xlsx'
            ? await call('evaluation.exportXlsx', { year })
            : await call('evaluation.exportCsv', { year });
      downloadBase64(file.base64, file.fileName, file.mimeType);
      setDone(`${LABEL[kind]} ${file.fileName} er gemt i overførsler.`);
    } catch (err) {
      setError(`${LABEL[kind]} kunne ikke dannes: ${errorMessage(err)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="evaluation-exports" aria-label={`Årsevaluering ${year}`}>
      <p>
        <strong>Årsevaluering {year}</strong> for hele året, uden filtre:
      </p>
      <div className="evaluation-exports__buttons">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('pdf')}>
          Gem evaluering som PDF
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
          Gem som Excel (.xlsx)
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('csv')}>
          Gem som CSV
        </button>
        <a className="button-link" href={`#/print/evaluering?aar=${year}`}>
          Vis rapporten
        </a>
      </div>
      {busy ? (
        <p className="evaluation-exports__progress" role="status">
          <progress aria-label={`Danner ${LABEL[busy]}`} /> Danner {LABEL[busy].toLowerCase()} …
        </p>
      ) : null}
      <Alert kind="ok">{done}</Alert>
      <Alert kind="error">{error}</Alert>
    </section>
  );
}
