// One person's access answer (art. 15) in one click each: the letter as PDF and all data as a workbook.
// Both are logged by the backend as look-ups with the purpose "indsigtsanmodning". Placed by the course
// page and the Databeskyttelse page.
import { useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

export function AccessButtons({ menteeId }: { menteeId: number }) {
  const [done, setDone] = useState<string | null>(null);
  const saved = (file: ExportFile) => {
    downloadBase64(file.base64, file.fileName, file.mimeType);
    setDone(`${file.fileName} er gemt i overførsler.`);
  };
  const pdf = useApiMutation('access.exportPdf', { onSuccess: saved });
  const xlsx = useApiMutation('access.exportXlsx', { onSuccess: saved });
  const busy = pdf.isPending || xlsx.isPending;
  const failed = pdf.error ?? xlsx.error;
  const start = (run: () => void) => {
    setDone(null);
    pdf.reset();
    xlsx.reset();
    run();
  };

  return (
    <div className="access-buttons" role="group" aria-label="Indsigt">
      <button type="button" disabled={busy} onClick={() => start(() => pdf.mutate({ menteeId, lang: 'da' }))}>
        Indsigt: brev (PDF)
      </button>
      <button type="button" disabled={busy} onClick={() => start(() => pdf.mutate({ menteeId, lang: 'en' }))}>
        Indsigt: brev på engelsk (PDF)
      </button>
      <button type="button" disabled={busy} onClick={() => start(() => xlsx.mutate({ menteeId }))}>
        Indsigt: data (xlsx)
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label="Danner indsigt" /> Danner {pdf.isPending ? 'brevet' : 'filen'} …
        </p>
      ) : null}
      <Alert kind="ok">{done}</Alert>
      <Alert kind="error">{failed ? `Indsigten kunne ikke dannes: ${errorMessage(failed)}` : null}</Alert>
    </div>
  );
}
