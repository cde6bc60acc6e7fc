// Step 4: the import itself, only after a dry run without problems, and only after the coordinator confirms
// the counts. The backend re-checks the file and refuses if the counts changed; all rows or none are saved.
import { useState } from 'react';
import type { ImportAnalysis } from '../../../../shared/api/import';
import { formatInteger } from '../../../../shared/format';
import { Modal } from '../../components/Modal';

export function CommitStep({ analysis, busy, onConfirm }: { analysis: ImportAnalysis; busy: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const { create, update } = analysis.counts;
  const question = `Importér ${formatInteger(create)} nye og opdatér ${formatInteger(update)} — alt eller intet`;
  if (analysis.problems.length) return null;
  return (
    <section className="card" aria-labelledby="import-commit">
      <h2 id="import-commit">4. Importér</h2>
      {create + update === 0 ? (
        <p>Der er intet at importere: alle rækker findes allerede, som de står i filen.</p>
      ) : (
        <>
          <p>Prøvekørslen fandt ingen problemer. Importen gemmer alle rækkerne på én gang — eller ingen, hvis noget er ændret siden.</p>
          <div className="form__actions">
            <button type="button" className="primary" disabled={busy} onClick={() => setAsking(true)}>
              Importér …
            </button>
          </div>
        </>
      )}
      {asking ? (
        <Modal title={`Importér ${analysis.fileName}`} onClose={() => setAsking(false)}>
          <div className="form">
            <p>{question}.</p>
            <p className="muted">Filen tjekkes igen først. Er noget ændret siden prøvekørslen, gemmes intet. Importen skrives i loggen med filens navn.</p>
            <div className="form__actions">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  setAsking(false);
                  onConfirm();
                }}
              >
                Importér
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                Annuller
              </button>
            </div>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
