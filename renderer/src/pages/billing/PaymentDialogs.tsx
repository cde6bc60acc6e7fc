// Record a payment received, and delete one (a mistyped payment) after a confirmation.
import type { Payment, PaymentsOverview } from '../../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../../shared/format';
import { paymentFields } from '../../../../shared/schemas/billing';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { FormDate, FormSelect, FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

export function AddPaymentDialog({ overview: o, onClose, onDone }: { overview: PaymentsOverview; onClose: () => void; onDone: (p: Payment) => void }) {
  const form = useApiForm(paymentFields, { year: o.year, instalment: null, paidOn: '', amountOere: '', note: '' });
  const add = useApiMutation('billing.addPayment', { onSuccess: onDone });
  const instalments = o.rows[0]?.instalments ?? [];
  return (
    <DialogForm
      title={`Registrér indbetaling for ${o.year}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => add.mutateAsync(values))}
      busy={add.isPending}
      submitLabel="Registrér indbetaling"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <FormSelect
        control={form.control}
        name="municipalityId"
        label="Kommune"
        required
        placeholder="Vælg kommune"
        options={o.rows.filter((r) => r.billedOere > 0).map((r) => ({ value: r.municipalityId, label: r.name }))}
      />
      <FormDate control={form.control} name="paidOn" label="Betalt den" required />
      <FormText control={form.control} name="amountOere" label="Beløb (kr.)" required inputMode="decimal" hint="F.eks. 1.234,56" />
      <FormSelect
        control={form.control}
        name="instalment"
        label="Rate"
        placeholder="Ikke knyttet til en rate (fylder den ældste rate op)"
        options={instalments.map((s) => ({ value: s.number, label: `Rate ${s.number} (forfald ${formatDate(s.dueDate)})` }))}
      />
      <FormText control={form.control} name="note" label="Bemærkning" hint="F.eks. bilagsnummer fra kontoudtoget" />
    </DialogForm>
  );
}

export function DeletePaymentDialog({ payment: p, onClose, onDone }: { payment: Payment; onClose: () => void; onDone: () => void }) {
  const remove = useApiMutation('billing.deletePayment', { onSuccess: onDone });
  return (
    <DialogForm
      title="Slet indbetaling"
      onClose={onClose}
      onSubmit={() => remove.mutate({ id: p.id })}
      busy={remove.isPending}
      submitLabel="Slet indbetaling"
      message={remove.error ? errorMessage(remove.error) : null}
    >
      <p>
        Slet indbetalingen fra {p.name} på {formatKroner(p.amountOere)}, betalt {formatDate(p.paidOn)}
        {p.instalment ? ` (rate ${p.instalment})` : ''}? En udstedt efterregulering ændres ikke.
      </p>
    </DialogForm>
  );
}
