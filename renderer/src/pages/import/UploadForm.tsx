// Step 1: what to import and the file. The file's name and size are checked by import.begin's own
// schema as soon as the file is chosen (so a file of 50 MB or more is refused at once), then sent in pieces.
import { useEffect, useRef, useState } from 'react';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from '../../../../shared/import/kinds';
import { importAnalyze, importBegin } from '../../../../shared/schemas/import';
import { Alert } from '../../components/Alert';
import { FileField } from '../../components/fields';
import { FormSelect } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { UploadProgress } from './ProgressLine';
import { useChunkedUpload } from './useChunkedUpload';

const uploadFields = importBegin.extend({ kind: importAnalyze.shape.kind });
const KIND_OPTIONS = IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k] }));

/** A file on the backend, ready to be analyzed as one kind. */
export interface UploadedFile {
  uploadId: string;
  kind: ImportKind;
  file: File;
}

export function UploadForm({ current, onUploaded }: { current: UploadedFile | null; onUploaded: (u: UploadedFile) => void }) {
  const form = useApiForm(uploadFields, { kind: undefined, fileName: '', size: 0 });
  const [file, setFile] = useState<File | null>(null);
  const { upload, progress } = useChunkedUpload();
  const input = useRef<HTMLInputElement>(null);
  const { errors } = form.formState;
  const fileError = errors.size?.message ?? errors.fileName?.message;

  // After an import the file is used up: the field is emptied so the next file (or the same one again) is chosen anew.
  useEffect(() => {
    if (current) return;
    setFile(null);
    if (input.current) input.current.value = '';
    form.resetField('fileName');
    form.resetField('size');
  }, [current, form]);

  function choose(chosen: File | null) {
    setFile(chosen);
    form.setValue('fileName', chosen?.name ?? '', { shouldValidate: true });
    form.setValue('size', chosen?.size ?? 0, { shouldValidate: true });
  }

  const send = submitWith(form, async ({ kind }) => {
    if (!file) return;
    // The same file under another kind is analyzed without sending it again; the same kind means "check it again".
    const uploadId = current && current.file === file && current.kind !== kind ? current.uploadId : await upload(file);
    // Emptied, so choosing the corrected file (same name, same folder) again counts as a choice.
    if (input.current) input.current.value = '';
    onUploaded({ uploadId, kind, file });
  });

  return (
    <form className="card import-upload" noValidate onSubmit={send} aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">1. Vælg hvad og hvilken fil</h2>
      <div className="form__grid">
        <FormSelect control={form.control} name="kind" label="Hvad importeres" required options={KIND_OPTIONS} placeholder="Vælg …" />
        <FileField
          ref={input}
          label="Fil (.xlsx eller .csv)"
          required
          accept=".xlsx,.csv"
          onFile={choose}
          error={fileError ? (file ? fileError : 'Vælg filen, der skal importeres.') : undefined}
          hint={
            current && current.file === file
              ? `Tjekket: ${file.name}. Har du rettet filen, så vælg den igen.`
              : 'Under 50 MB. CSV med semikolon eller komma; Excel-ark vælges i næste trin.'
          }
        />
      </div>
      <Alert kind="error">{formMessage(form)}</Alert>
      {progress ? <UploadProgress state={progress} /> : null}
      <div className="form__actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          Tjek filen
        </button>
      </div>
    </form>
  );
}
