// The key's budget: cost lines in kroner as typed, and their sum as the coordinator types.
import { useController, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { COST_KINDS, COST_KIND_KEYS } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { kronerToOere } from '../../../../shared/schemas/billing';
import { DataTable, type Column } from '../../components/DataTable';
import { FormCell } from './CellInput';
import { listError, type KeyForm, type KeyValues } from './keyForm';

export function KeyCosts({ form }: { form: KeyForm }) {
  const { control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'costLines' });
  const lines = useWatch({ control, name: 'costLines' });
  const budgetPreview = lines.reduce((s, c) => {
    const v = kronerToOere(c.amountOere);
    return typeof v === 'number' && Number.isInteger(v) ? s + v : s;
  }, 0);
  const problem = listError(form.formState.errors.costLines);
  const row = (f: (typeof fields)[number]) => fields.indexOf(f);
  const columns: Column<(typeof fields)[number]>[] = [
    { key: 'kind', header: 'Udgift', cell: (f) => <KindSelect control={control} index={row(f)} /> },
    { key: 'description', header: 'Beskrivelse', cell: (f) => <FormCell control={control} name={`costLines.${row(f)}.description`} label={`Beskrivelse, linje ${row(f) + 1}`} /> },
    {
      key: 'amount',
      header: 'Beløb (kr.)',
      cell: (f) => <FormCell control={control} name={`costLines.${row(f)}.amountOere`} label={`Beløb, linje ${row(f) + 1}`} numeric />,
      numeric: true,
      total: <span aria-live="polite">{formatKroner(budgetPreview)}</span>,
    },
    {
      key: 'actions',
      header: <span className="sr-only">Handlinger</span>,
      className: 'actions',
      cell: (f) => (
        <button type="button" aria-label={`Fjern linje ${row(f) + 1}`} disabled={fields.length === 1} onClick={() => remove(row(f))}>
          Fjern
        </button>
      ),
    },
  ];
  return (
    <fieldset className="billing-form__section">
      <legend>Budget (udgifter der fordeles)</legend>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <DataTable caption="Budget" className="table billing-form__rows" columns={columns} rows={fields} rowKey={(f) => f.id} totalLabel="Budget i alt" />
      <button type="button" onClick={() => append({ kind: 'andet', description: '', amountOere: '' }, { shouldFocus: false })}>
        Tilføj udgiftslinje
      </button>
      <ZeroBudgetConfirm control={control} show={budgetPreview === 0 && lines.every((c) => kronerToOere(c.amountOere) === 0)} />
    </fieldset>
  );
}

function KindSelect({ control, index }: { control: Control<KeyValues>; index: number }) {
  const { field } = useController({ control, name: `costLines.${index}.kind` });
  return (
    <select aria-label={`Udgift, linje ${index + 1}`} ref={field.ref} value={field.value} onChange={(e) => field.onChange(e.target.value)} onBlur={field.onBlur}>
      {COST_KIND_KEYS.map((k) => (
        <option key={k} value={k}>
          {COST_KINDS[k]}
        </option>
      ))}
    </select>
  );
}

/** A budget of 0 kr. bills nobody: the coordinator says so explicitly (the schema refuses it otherwise). */
function ZeroBudgetConfirm({ control, show }: { control: Control<KeyValues>; show: boolean }) {
  const { field, fieldState } = useController({ control, name: 'confirmZeroBudget' });
  if (!show && !fieldState.error) return null;
  return (
    <div className="confirm-box" role="group" aria-label="Budget på 0 kr.">
      {fieldState.error ? <p className="field__error">{fieldState.error.message}</p> : <p>Budgettet er 0 kr., så ingen kommune bliver opkrævet noget.</p>}
      <label className="check">
        <input type="checkbox" ref={field.ref} checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
        Bekræft budget på 0 kr.
      </label>
    </div>
  );
}
