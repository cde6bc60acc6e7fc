// The year-end settlement on the billing page: figures against what was paid, links to each statement,
// issuing (freezes it and numbers the statements) and the PDFs.
import { useState } from 'react';
import type { BillingVersion } from '../../../../shared/billing/types';
import { formatDate, formatKroner } from '../../../../shared/format';
import { href } from '../../../../shared/routes';
import { billingIssueSettlement } from '../../../../shared/schemas/billing';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { PdfExport } from './PdfExport';
import { FinanceFiles } from './FinanceFiles';
import { SettlementTable } from './SettlementTable';

export function SettlementSection({ version: v }: { version: BillingVersion }) {
  const [issuing, setIssuing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const s = v.settlement;
  if (!s) return null;
  const numbers = s.rows.map((r) => r.statementNumber).filter((n): n is string => n !== null);
  return (
    <section className="billing-pdf" aria-label="Efterregulering">
      <h2>Efterregulering {v.year}</h2>
      <Alert kind="ok">{notice}</Alert>
      <p>
        Faktisk udgift {formatKroner(s.actualCostOere)} mod budget {formatKroner(v.budgetOere)}
        {s.note ? `. ${s.note}` : ''}. Forfaldsdato {s.dueDate ? formatDate(s.dueDate) : 'ikke angivet'}.{' '}
        {s.issuedOn
          ? `Udstedt ${formatDate(s.issuedOn)}${numbers.length ? `, fakturanr. ${numbers[0]}–${numbers[numbers.length - 1]}` : ''}; ændres ikke af senere indbetalinger.`
          : 'Kladde: beregnet mod de indbetalinger, der er registreret nu.'}
      </p>
      <SettlementTable version={v} />
      <p>
        {v.key.map((k, i) => (
          <span key={k.municipalityId}>
            {i ? ' · ' : ''}
            <a href={href({ name: 'statement', kind: 'efterregulering', versionId: v.id, municipalityId: k.municipalityId })} aria-label={`Vis efterregulering for ${k.name}`}>
              {k.name}
            </a>
          </span>
        ))}
      </p>
      {!s.issuedOn && v.latest ? (
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setIssuing(true)}>
            Udsted efterregulering
          </button>
        </div>
      ) : null}
      <PdfExport key={`e${v.id}`} version={v} kind="efterregulering" buttonLabel="Gem alle efterreguleringer som PDF" />
      {s.issuedOn ? <FinanceFiles version={v} kind="efterregulering" /> : null}
      {issuing ? (
        <IssueSettlementDialog
          version={v}
          onClose={() => setIssuing(false)}
          onDone={(issued) => {
            setIssuing(false);
            const n = (issued.settlement?.rows ?? []).map((r) => r.statementNumber);
            setNotice(`Efterreguleringen for ${issued.year} er udstedt med fakturanr. ${n[0] ?? ''}–${n[n.length - 1] ?? ''}.`);
          }}
        />
      ) : null}
    </section>
  );
}

function IssueSettlementDialog({ version: v, onClose, onDone }: { version: BillingVersion; onClose: () => void; onDone: (v: BillingVersion) => void }) {
  const form = useApiForm(billingIssueSettlement, { id: v.id, firstSequence: '' });
  const issue = useApiMutation('billing.issueSettlement', { onSuccess: onDone });
  return (
    <DialogForm
      title={`Udsted efterregulering ${v.year}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => issue.mutateAsync(values))}
      busy={issue.isPending}
      submitLabel="Udsted efterregulering"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p>
        Efterreguleringen fryses, som den står nu (indbetalinger registreret til i dag), og hver kommune får et fakturanummer. Den kan derefter ikke
        ændres; senere indbetalinger ændrer ikke de udstedte efterreguleringer.
      </p>
      <FormText
        control={form.control}
        name="firstSequence"
        label="Første fakturanummer"
        inputMode="numeric"
        hint={`Løbenummeret i ${v.year} (f.eks. 42 giver ${v.year}-0042). Tomt: næste ledige nummer.`}
      />
    </DialogForm>
  );
}
