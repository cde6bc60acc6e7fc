// Issuing: the warnings (no EAN, 0 kr., no reference) and the first statement number before the key locks.
import { useController } from 'react-hook-form';
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { billingIssue } from '../../../../shared/schemas/billing';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm, type SchemaForm } from '../../lib/useApiForm';

interface Props {
  version: BillingVersion;
  onClose: () => void;
  onDone: (v: BillingVersion) => void;
}

/** "2026-0007" -> "7": the part the coordinator may change. */
const sequenceOf = (number: string) => String(Number(number.split('-')[1]));

export function IssueDialog({ version: v, onClose, onDone }: Props) {
  const check = useApiQuery('billing.issueCheck', { id: v.id });
  const issue = useApiMutation('billing.issue', { onSuccess: onDone });
  const form = useApiForm(billingIssue, { id: v.id, firstSequence: '', acceptWarnings: false });
  const warnings = check.data?.warnings ?? [];
  return (
    <DialogForm
      title={`Udsted opkrævninger for ${v.year}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => issue.mutateAsync(values))}
      busy={issue.isPending || check.isPending}
      submitLabel={`Udsted og lås version ${v.version}`}
      dirty={form.formState.isDirty}
      message={formMessage(form) ?? (check.error ? errorMessage(check.error) : null)}
    >
      <p>
        Når opkrævningerne udstedes, låses version {v.version} af nøglen og gemmes præcis som udskrevet. Beløbene kan derefter kun rettes ved at oprette en ny
        version med en årsag.
      </p>
      <p>
        Budget {formatKroner(v.budgetOere)} fordelt på {v.key.length} kommuner i {v.instalmentDueDates.length} rater.
        {check.data ? ` Opkrævningerne får numrene ${check.data.firstNumber} og frem i kommunernes navneorden.` : ''}
      </p>
      <FormText
        control={form.control}
        name="firstSequence"
        label={`Første fakturanummer (${v.year}-…)`}
        inputMode="numeric"
        hint={check.data ? `Tom: næste ledige, ${sequenceOf(check.data.firstNumber)}. Angiv et andet for at fortsætte værtskommunens nummerserie.` : undefined}
      />
      {warnings.length ? (
        <div className="confirm-box" role="group" aria-label="Advarsler">
          <p>
            <strong>{warnings.length === 1 ? '1 advarsel' : `${warnings.length} advarsler`}:</strong>
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.kind}-${w.municipalityId}`}>{w.message}</li>
            ))}
          </ul>
          <AcceptWarnings form={form} />
        </div>
      ) : null}
    </DialogForm>
  );
}

function AcceptWarnings({ form }: { form: SchemaForm<typeof billingIssue> }) {
  const { field, fieldState } = useController({ control: form.control, name: 'acceptWarnings' });
  return (
    <>
      {fieldState.error ? <p className="field__error">{fieldState.error.message}</p> : null}
      <label className="check">
        <input type="checkbox" ref={field.ref} checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
        Udsted alligevel
      </label>
    </>
  );
}
