// Creating or editing a draft of a year's key: participants and their student counts, budget lines,
// instalments, payment details. The shared schema checks every rule at once; errors appear next to the field.
import type { BillingVersion } from '../../../../shared/billing/types';
import { billingFields } from '../../../../shared/schemas/billing';
import type { Municipality } from '../../../../shared/types';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/DialogForm';
import { Modal } from '../../components/Modal';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { KeyCosts } from './KeyCosts';
import { keyDefaults } from './keyForm';
import { KeyParticipants } from './KeyParticipants';
import { KeyPayment, YearField } from './KeyPayment';

interface Props {
  title: string;
  /** The draft being edited, or for a new year the version to start from (last year's), if any. */
  base: BillingVersion | null;
  editing: boolean;
  year: number;
  municipalities: readonly Municipality[];
  onSaved: (v: BillingVersion) => void;
  onClose: () => void;
}

export function BillingFormDialog({ title, base, editing, year, municipalities, onSaved, onClose }: Props) {
  const form = useApiForm(billingFields, keyDefaults(base, editing, year, municipalities));
  const create = useApiMutation('billing.create', { onSuccess: onSaved });
  const update = useApiMutation('billing.update', { onSuccess: onSaved });
  const submit = submitWith(form, (values) => (editing && base ? update.mutateAsync({ id: base.id, data: values }) : create.mutateAsync(values)));
  const { errors, isSubmitted, isSubmitting, isDirty } = form.formState;
  const failed = formMessage(form) ?? (isSubmitted && Object.keys(errors).length ? 'Fordelingsnøglen blev ikke gemt. Ret de markerede felter.' : null);
  return (
    <Modal title={title} onClose={onClose} dirty={isDirty}>
      <form className="form billing-form" noValidate onSubmit={(e) => void submit(e)}>
        <Alert kind="error">{failed}</Alert>
        <div className="form__grid">{editing ? null : <YearField form={form} />}</div>
        <KeyParticipants form={form} municipalities={municipalities} />
        <KeyCosts form={form} />
        <KeyPayment form={form} fallbackYear={year} />
        <FormActions busy={isSubmitting || create.isPending || update.isPending} label={editing ? 'Gem ændringer' : 'Opret fordelingsnøgle'} />
      </form>
    </Modal>
  );
}
