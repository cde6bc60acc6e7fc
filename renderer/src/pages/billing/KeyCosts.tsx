// The key's budget: cost lines in kroner as typed, and their sum as the coordinator types.
import { useController, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { COST_KINDS, COST_KIND_KEYS } from '../../../../shared/billing/types';
import { formatKroner } from '../../../../shared/format';
import { kronerToOere } from '../../../../shared/schemas/billing';
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
  return (
    <fieldset className="billing-form__section">
      <legend>Budget (udgifter der fordeles)</legend>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <table className="table billing-form__rows">
        <thead>
          <tr>
            <th scope="col">Udgift</th>
            <th scope="col">Beskrivelse</th>
            <th scope="col">Beløb (kr.)</th>
            <th scope="col">
              <span className="sr-only">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <KindSelect control={control} index={i} />
              </td>
              <td>
                <FormCell control={control} name={`costLines.${i}.description`} label={`Beskrivelse, linje ${i + 1}`} />
              </td>
              <td>
                <FormCell control={control} name={`costLines.${i}.amountOere`} label={`Beløb, linje ${i + 1}`} numeric />
              </td>
              <td className="actions">
                <button type="button" aria-label={`Fjern linje ${i + 1}`} disabled={fields.length === 1} onClick={() => remove(i)}>
                  Fjern
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Budget i alt
            </th>
            <td className="num" aria-live="polite">
              {formatKroner(budgetPreview)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <button type="button" onClick={() => append({ kind: 'andet', description: '', amountOere: '' }, { shouldFocus: false })}>
        Tilføj udgiftslinje
      </button>
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
