// The confirmation of an anonymisation run: exactly what happens, and the municipality's decision
// confirmed explicitly. The backend refuses a run whose count changed since the list was read.
import { useController } from 'react-hook-form';
import type { PrivacyRequest, RetentionDue } from '../../../../shared/api/privacy';
import { formatDate, formatInteger } from '../../../../shared/format';
import { CLEARED_FIELDS, KEPT_FIELDS } from '../../../../shared/privacy/anonymous';
import { BACKUP_MAX_AGE_DAYS } from '../../../../shared/privacy/retention';
import { retentionRunInput } from '../../../../shared/schemas/privacy';
import { useApiMutation } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

export function RetentionRunDialog({ due, onClose, onDone }: { due: RetentionDue; onClose: () => void; onDone: (r: PrivacyRequest) => void }) {
  const run = useApiMutation('privacy.runRetention', { onSuccess: onDone });
  const form = useApiForm(retentionRunInput, { expectedCount: due.total });
  const { field, fieldState } = useController({ control: form.control, name: 'confirm' });
  const persons = `${formatInteger(due.total)} ${due.total === 1 ? 'person' : 'personer'}`;

  return (
    <DialogForm
      title="Kør anonymisering"
      onClose={onClose}
      onSubmit={submitWith(form, (v) => run.mutateAsync(v))}
      busy={run.isPending}
      submitLabel={`Anonymisér ${persons}`}
      dirty={form.formState.isDirty}
      message={form.formState.errors.expectedCount?.message ?? formMessage(form)}
    >
      <p>
        <strong>
          {persons} og {formatInteger(due.courses)} forløb
        </strong>{' '}
        anonymiseres: alle, hvis seneste forløb blev afsluttet senest {formatDate(due.cutoff)} ({due.years} års opbevaring). Det kan ikke fortrydes.
      </p>
      <p>Disse oplysninger fjernes:</p>
      <ul>
        {CLEARED_FIELDS.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <p>Disse bevares som anonyme data, så statistik og evalueringer for alle år forbliver uændrede:</p>
      <ul>
        {KEPT_FIELDS.map((k) => (
          <li key={k.field}>{k.field}</li>
        ))}
      </ul>
      <p>
        Kørslen registreres med dato og antal. Sikkerhedskopier ældre end {BACKUP_MAX_AGE_DAYS} dage slettes automatisk, så personerne er væk fra alle kopier
        senest {BACKUP_MAX_AGE_DAYS} dage efter kørslen.
      </p>
      <div className={`field${fieldState.error ? ' field--error' : ''}`}>
        <label className="check">
          <input
            type="checkbox"
            checked={field.value === true}
            onChange={(e) => field.onChange(e.target.checked)}
            aria-invalid={fieldState.error ? true : undefined}
            aria-describedby={fieldState.error ? 'confirm-error' : undefined}
          />
          Kommunen har truffet beslutning om sletning
        </label>
        {fieldState.error ? (
          <small id="confirm-error" className="field__error" role="alert">
            {fieldState.error.message}
          </small>
        ) : null}
      </div>
    </DialogForm>
  );
}
