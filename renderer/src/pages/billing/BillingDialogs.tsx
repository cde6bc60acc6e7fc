// Small dialogs of the billing page: new version with a reason, year-end settlement (issuing: IssueDialog.tsx).
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { billingNewVersion, billingSettle, kronerToOere, oereAsKronerText } from '../../../../shared/schemas/billing';
import { useApiMutation } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { FormCheckbox, FormDate, FormText, FormTextArea } from '../../components/formFields';
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
  const form = useApiForm(billingSettle, {
    id: v.id,
    actualCostOere: oereAsKronerText(v.settlement?.actualCostOere ?? v.budgetOere),
    dueDate: v.settlement?.dueDate ?? '',
    note: v.settlement?.note ?? '',
    confirmZeroCost: false,
  });
  const settle = useApiMutation('billing.settle', { onSuccess: onDone });
  // The 0 kr. confirmation is asked only when the cost typed is 0 (or the refusal asks for it).
  const typed = kronerToOere(String(form.watch('actualCostOere') ?? ''));
  const zero = typed === 0 || Boolean(form.formState.errors.confirmZeroCost);
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
        Den faktiske udgift fordeles efter samme nøgle (version {v.version}) og holdes op mod det, hver kommune faktisk har indbetalt for {v.year} (opkrævet a conto:{' '}
        {formatKroner(v.budgetOere)}).
      </p>
      <FormText control={form.control} name="actualCostOere" label="Faktisk udgift (kr.)" required inputMode="decimal" />
      {zero ? <FormCheckbox control={form.control} name="confirmZeroCost" label="Bekræft faktisk udgift på 0 kr." /> : null}
      <FormDate control={form.control} name="dueDate" label="Forfaldsdato for efterreguleringen" required hint={`Efter udgangen af ${v.year}, f.eks. 01.03.${v.year + 1}`} />
      <FormTextArea control={form.control} name="note" label="Bemærkning" hint="Vises på efterreguleringen" />
    </DialogForm>
  );
}
