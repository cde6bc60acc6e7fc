// Templates to fill in, one per kind, and the full export of the corps (personal data: logged, to be kept safe).
import type { ExportFile } from '../../../../shared/api/evaluation';
import { IMPORT_KIND_LABELS, IMPORT_KINDS } from '../../../../shared/import/kinds';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { downloadBase64 } from '../../lib/download';

const download = (file: ExportFile) => downloadBase64(file.base64, file.fileName, file.mimeType);

export function Templates() {
  const template = useApiMutation('import.template', { onSuccess: download });
  return (
    <section className="card" aria-labelledby="import-templates">
      <h2 id="import-templates">Skabeloner</h2>
      <p>Et Excel-ark pr. slags med kolonnerne, en hjælperække og et eksempel. Slet hjælperækken og eksemplet, og udfyld med jeres egne rækker.</p>
      <ul className="import-templates">
        {IMPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span>{IMPORT_KIND_LABELS[kind]}</span>
            <button type="button" aria-label={`Hent skabelon: ${IMPORT_KIND_LABELS[kind]}`} disabled={template.isPending} onClick={() => template.mutate({ kind })}>
              Hent skabelon
            </button>
          </li>
        ))}
      </ul>
      <Alert kind="error">{template.error ? errorMessage(template.error) : null}</Alert>
    </section>
  );
}

export function FullExport() {
  const xlsx = useApiMutation('export.fullXlsx', { onSuccess: download });
  const json = useApiMutation('export.fullJson', { onSuccess: download });
  const busy = xlsx.isPending || json.isPending;
  const error = xlsx.error ?? json.error;
  return (
    <section className="card" aria-labelledby="full-export">
      <h2 id="full-export">Eksportér alt</h2>
      <p>
        Hele korpset i én fil: et Excel-ark pr. slags data, eller en dokumenteret JSON-fil — til at flytte data til et andet program eller aflevere dem til
        arkiv. Excel-filen kan importeres igen her.
      </p>
      <p className="alert alert--error">
        Filen indeholder personoplysninger om de unge. Gem den et sikkert sted (ikke på et USB-stik eller i en mail), og slet den, når den ikke skal bruges
        mere. Eksporten skrives i loggen.
      </p>
      <div className="form__actions">
        <button type="button" disabled={busy} onClick={() => xlsx.mutate(undefined)}>
          Eksportér alt (Excel)
        </button>
        <button type="button" disabled={busy} onClick={() => json.mutate(undefined)}>
          Eksportér alt (JSON)
        </button>
        {busy ? <progress aria-label="Danner eksporten" /> : null}
      </div>
      <Alert kind="error">{error ? errorMessage(error) : null}</Alert>
    </section>
  );
}
