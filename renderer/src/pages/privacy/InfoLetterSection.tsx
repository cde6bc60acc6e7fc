// The information letter (art. 13) for the young person at the first conversation: shown on screen,
// or saved as PDF, in Danish or English. It names nobody, so it is not logged.
import { useState } from 'react';
import type { ExportFile } from '../../../../shared/api/evaluation';
import { href } from '../../../../shared/routes';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

export function InfoLetterSection() {
  const [done, setDone] = useState<string | null>(null);
  const settings = useApiQuery('privacy.retentionSettings');
  const pdf = useApiMutation('access.infoLetterPdf', {
    onSuccess: (file: ExportFile) => {
      downloadBase64(file.base64, file.fileName, file.mimeType);
      setDone(`${file.fileName} er gemt i overførsler.`);
    },
  });
  return (
    <section className="settings-section privacy-section" aria-labelledby="info-letter-h">
      <h2 id="info-letter-h">Oplysningsbrev til den unge</h2>
      <p>Gives ved første samtale: hvem korpset er, hvad der registreres og hvorfor, hvor længe, og den unges rettigheder.</p>
      {settings.data && !settings.data.dpoContact ? (
        <Alert kind="error">Databeskyttelsesrådgiverens kontakt er ikke udfyldt (se Opbevaring nedenfor); brevet henviser så til kommunen.</Alert>
      ) : null}
      <div className="access-buttons" role="group" aria-label="Oplysningsbrev">
        <a className="button-link" href={href({ name: 'infoLetter', lang: 'da' })}>
          Vis brevet
        </a>
        <a className="button-link" href={href({ name: 'infoLetter', lang: 'en' })}>
          Vis brevet på engelsk
        </a>
        <button type="button" disabled={pdf.isPending} onClick={() => pdf.mutate({ lang: 'da' })}>
          Gem som PDF
        </button>
        <button type="button" disabled={pdf.isPending} onClick={() => pdf.mutate({ lang: 'en' })}>
          Gem som PDF på engelsk
        </button>
      </div>
      <Alert kind="ok">{done}</Alert>
      <Alert kind="error">{pdf.error ? `Brevet kunne ikke dannes: ${errorMessage(pdf.error)}` : null}</Alert>
    </section>
  );
}
