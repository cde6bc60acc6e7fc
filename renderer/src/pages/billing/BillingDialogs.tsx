// Small dialogs of the billing page: issue (lock), new version with a reason, year-end settlement.
import { useState } from 'react';
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { TextAreaField, TextField } from '../../components/fields';
import { kronerInput, kronerText } from '../../lib/money';
import { useSubmit } from '../../lib/useSubmit';

interface DialogProps {
  version: BillingVersion;
  onClose: () => void;
  onDone: (v: BillingVersion) => void;
}

export function IssueDialog({ version: v, onClose, onDone }: DialogProps) {
  const { message, busy, run } = useSubmit<BillingVersion>(onDone);
  return (
    <DialogForm
      title={`Udsted opkrævninger for ${v.year}`}
      onClose={onClose}
      onSubmit={() => run(() => call('billing.issue', { id: v.id }))}
      busy={busy}
      submitLabel={`Udsted og lås version ${v.version}`}
    >
      <p>
        Når opkrævningerne udstedes, låses version {v.version} af nøglen. Beløbene kan derefter kun rettes ved at oprette en ny version med en årsag,
        og opkrævningerne viser, hvilken version de bygger på.
      </p>
      <p>
        Budget {formatKroner(v.budgetOere)} fordelt på {v.key.length} kommuner i {v.instalmentDueDates.length} rater.
      </p>
      <Alert kind="error">{message}</Alert>
    </DialogForm>
  );
}

export function NewVersionDialog({ version: v, onClose, onDone }: DialogProps) {
  const [reason, setReason] = useState('');
  const { errors, message, busy, run } = useSubmit<BillingVersion>(onDone);
  return (
    <DialogForm
      title={`Ny version af ${v.year}`}
      onClose={onClose}
      onSubmit={() => run(() => call('billing.newVersion', { id: v.id, reason }))}
      busy={busy}
      submitLabel={`Opret version ${v.version + 1}`}
    >
      <p>Version {v.version} forbliver uændret i historikken. Den nye version starter som en kopi, som du retter og udsteder.</p>
      <TextAreaField label="Årsag til ny version" required value={reason} onChange={setReason} error={errors.reason} hint="F.eks. rettet elevtal for en kommune" />
      <Alert kind="error">{errors.reason ? null : message}</Alert>
    </DialogForm>
  );
}

export function SettlementDialog({ version: v, onClose, onDone }: DialogProps) {
  const [actual, setActual] = useState(kronerText(v.settlement?.actualCostOere ?? v.budgetOere));
  const [note, setNote] = useState(v.settlement?.note ?? '');
  const { errors, message, busy, run } = useSubmit<BillingVersion>(onDone);
  return (
    <DialogForm title={`Efterregulering ${v.year}`} onClose={onClose} onSubmit={() => run(() => call('billing.settle', { id: v.id, actualCostOere: kronerInput(actual) as number, note }))} busy={busy} submitLabel="Beregn efterregulering">
      <p>
        Den faktiske udgift fordeles efter samme nøgle (version {v.version}) og holdes op mod de {formatKroner(v.budgetOere)}, der er opkrævet a conto.
      </p>
      <TextField label="Faktisk udgift (kr.)" required inputMode="decimal" value={actual} onChange={setActual} error={errors.actualCostOere} />
      <TextAreaField label="Bemærkning" value={note} onChange={setNote} error={errors.note} hint="Vises på efterreguleringen" />
      <Alert kind="error">{Object.keys(errors).length ? null : message}</Alert>
    </DialogForm>
  );
}
