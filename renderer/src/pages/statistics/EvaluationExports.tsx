// The annual evaluation for the chosen year (always the whole year, without the dashboard's filters):
// one click each for the PDF report, the workbook and the CSV file. A file is a read of the year's
// figures, so each export is a query fetched on demand (a click), never in the background.
import { useState } from 'react';
import { href } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

type Kind = 'pdf' | 'xlsx' | 'csv';
const LABEL: Record<Kind, string> = { pdf: 'PDF-rapport', xlsx: 'Excel-projektmappe', csv: 'CSV-fil' };

export function EvaluationExports({ year }: { year: number }) {
  const onDemand = { enabled: false };
  const files = {
    pdf: useApiQuery('evaluation.exportPdf', { year }, onDemand),
    xlsx: useApiQuery('evaluation.exportXlsx', { year }, onDemand),
    csv: useApiQuery('evaluation.exportCsv', { year }, onDemand),
  };
  // The export last asked for: names the progress and the error.
  const [kind, setKind] = useState<Kind>('pdf');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = files.pdf.isFetching || files.xlsx.isFetching || files.csv.isFetching;

  async function run(k: Kind) {
    setKind(k);
    setDone(null);
    setFailure(null);
    const result = await files[k].refetch();
    // After a refusal the query may still hold an earlier file: the refusal wins.
    if (result.isError || !result.data) {
      setFailure(`${LABEL[k]} kunne ikke dannes: ${errorMessage(result.error)}`);
      return;
    }
    const file = result.data;
    downloadBase64(file.base64, file.fileName, file.mimeType);
    setDone(`${LABEL[k]} ${file.fileName} er gemt i overførsler.`);
  }

  return (
    <section className="evaluation-exports" aria-label={`Årsevaluering ${year}`}>
      <p>
        <strong>Årsevaluering {year}</strong> for hele året, uden filtre:
      </p>
      <div className="evaluation-exports__buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('pdf')}>
          Gem evaluering som PDF
        </button>
        <button type="button" disabled={busy} onClick={() => void run('xlsx')}>
          Gem som Excel (.xlsx)
        </button>
        <button type="button" disabled={busy} onClick={() => void run('csv')}>
          Gem som CSV
        </button>
        <a className="button-link" href={href({ name: 'evaluation', year })}>
          Vis rapporten
        </a>
      </div>
      {busy ? (
        <p className="evaluation-exports__progress" role="status">
          <progress aria-label={`Danner ${LABEL[kind]}`} /> Danner {LABEL[kind].toLowerCase()} …
        </p>
      ) : null}
      <Alert kind="ok">{done}</Alert>
      <Alert kind="error">{failure}</Alert>
    </section>
  );
}
