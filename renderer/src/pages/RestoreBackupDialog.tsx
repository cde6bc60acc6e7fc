// "Gendan sikkerhedskopi": a copy taken under another passphrase (before a change, or on another PC)
// asks for that day's passphrase; any other refusal closes the dialog and is shown on the page.
import { useState } from 'react';
import { backupMethods, type BackupInfo, type BackupResults } from '../../../shared/api/backup';
import { ApiError } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useApiMutation } from '../api/queries';
import { DialogForm } from '../components/DialogForm';
import { FormText } from '../components/formFields';
import { formMessage, submitWith, useApiForm } from '../lib/useApiForm';

export function RestoreBackupDialog({
  backup,
  onClose,
  onRestored,
  onFailed,
}: {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (r: BackupResults['backup.restore']) => void;
  onFailed: (err: unknown) => void;
}) {
  const form = useApiForm(backupMethods['backup.restore'].input, { name: backup.name });
  const restore = useApiMutation('backup.restore', { onSuccess: onRestored });
  const [asksPassphrase, setAsksPassphrase] = useState(false);

  const send = async (values: Parameters<typeof restore.mutateAsync>[0]) => {
    try {
      await restore.mutateAsync(values);
    } catch (err) {
      if (err instanceof ApiError && err.fields.passphrase) {
        setAsksPassphrase(true);
        throw err; // shown at the passphrase field
      }
      onFailed(err);
    }
  };

  return (
    <DialogForm
      title="Gendan sikkerhedskopi"
      onClose={onClose}
      onSubmit={submitWith(form, send)}
      busy={form.formState.isSubmitting}
      submitLabel="Gendan"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p>
        Data erstattes med kopien fra <strong>{formatDateTime(backup.createdAt)}</strong>. Ændringer gjort siden da forsvinder fra programmet, men de
        nuværende data gemmes først som en sikkerhedskopi, så intet går tabt.
      </p>
      {backup.beforeErasure ? (
        <p className="confirm-box" role="note">
          <strong>Kopien er fra før en sletning eller anonymisering.</strong> Gendannes den, kommer de slettede personer tilbage, og sletningen
          skal gøres igen.
        </p>
      ) : null}
      {asksPassphrase ? <FormText control={form.control} name="passphrase" label="Adgangskode da kopien blev taget" type="password" autoComplete="current-password" /> : null}
    </DialogForm>
  );
}
