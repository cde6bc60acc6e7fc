// Brings a full JSON export back into an empty corps: choose the file, send it in pieces, restore. Used on the
// import page and on the welcome screen (before the corps is set up). The backend refuses a corps that has data.
import { useState } from 'react';
import type { RestoreResult } from '../../../../shared/api/import';
import { ApiError } from '../../../../shared/errors';
import { importBegin } from '../../../../shared/schemas/import';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { FileField } from '../../components/fields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { UploadProgress } from './ProgressLine';
import { useChunkedUpload } from './useChunkedUpload';
import './import.css';

/** The backend names the upload (`uploadId`); the coordinator sees its message at the file field. */
const atFileField = (err: unknown) => (err instanceof ApiError && err.fields.uploadId ? new ApiError(err.code, err.message, { fileName: err.fields.uploadId }) : err);

export function RestoreForm({ disabled = false, onRestored }: { disabled?: boolean; onRestored: (result: RestoreResult) => void }) {
  const form = useApiForm(importBegin, { fileName: '', size: 0 });
  const [file, setFile] = useState<File | null>(null);
  const { upload, progress } = useChunkedUpload();
  const restore = useApiMutation('import.restoreFull', { onSuccess: onRestored });
  const { errors } = form.formState;
  const fileError = errors.size?.message ?? errors.fileName?.message;

  function choose(chosen: File | null) {
    setFile(chosen);
    form.setValue('fileName', chosen?.name ?? '', { shouldValidate: true });
    form.setValue('size', chosen?.size ?? 0, { shouldValidate: true });
  }

  const send = submitWith(form, async () => {
    if (!file) return;
    const uploadId = await upload(file);
    try {
      await restore.mutateAsync({ uploadId });
    } catch (err) {
      throw atFileField(err);
    }
  });

  const busy = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={send} aria-label="Indlæs en fuld eksport">
      <FileField
        label="Eksportfil (.json)"
        required
        accept=".json,application/json"
        disabled={disabled}
        onFile={choose}
        error={fileError ? (file ? fileError : 'Vælg JSON-filen fra "Eksportér alt (JSON)".') : undefined}
        hint='Filen fra "Eksportér alt (JSON)". Alt indlæses på én gang, eller intet.'
      />
      <Alert kind="error">{formMessage(form)}</Alert>
      {progress ? <UploadProgress state={progress} /> : null}
      {restore.isPending ? <progress aria-label="Indlæser eksporten" /> : null}
      <div className="form__actions">
        <button type="submit" className="primary" disabled={disabled || busy}>
          Indlæs eksporten
        </button>
      </div>
    </form>
  );
}
