// Small dialogs of the billing page: new version with a reason, year-end settlement (issuing: IssueDialog.tsx).
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { billingNewVersion, billingSettle, oereAsKronerText } from '../../../../shared/schemas/billing';
import { useApiMutation } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { FormText, FormTextArea } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

interface DialogProps {
  version: BillingVersion;
  onClose: () => void;
  onDone: (v: BillingVersion) => void;
}

export function NewVersionDialog({ version: v, onClose, onDone }: DialogProps) {
  const form = useApiForm(billingNewVersion, { id: v.id, reason: '' });
  const create = useApiMutation('billing.newVersion', { onSuccess: onDone });
  return (
    <DialogForm
      title={`Ny version af ${v.year}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => create.mutateAsync(values))}
      busy={create.isPending}
      submitLabel={`Opret version ${v.version + 1}`}
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p>Version {v.version} forbliver uændret i historikken. Den nye version starter som en kopi, som du retter og udsteder.</p>
      <FormTextArea control={form.control} name="reason" label="Årsag til ny version" required hint="F.eks. rettet elevtal for en kommune" />
    </DialogForm>
  );
}

export function SettlementDialog({ version: v, onClose, onDone }: DialogProps) {
  const form = useApiForm(billingSettle, { id: v.id, actualCostOere: oereAsKronerText(v.settlement?.actualCostOere ?? v.budgetOere), note: v.settlement?.note ?? '' });
  const settle = useApiMutation('billing.settle', { onSuccess: onDone });
  return (
    <DialogForm
      title={`Efterregulering ${v.year}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => settle.mutateAsync(values))}
      busy={settle.isPending}
      submitLabel="Beregn efterregulering"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p>
        Den faktiske udgift fordeles efter samme nøgle (version {v.version}) og holdes op mod de {formatKroner(v.budgetOere)}, der er opkrævet a conto.
      </p>
      <FormText control={form.control} name="actualCostOere" label="Faktisk udgift (kr.)" required inputMode="decimal" />
      <FormTextArea control={form.control} name="note" label="Bemærkning" hint="Vises på efterreguleringen" />
    </DialogForm>
  );
}
