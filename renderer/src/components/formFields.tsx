// The labelled fields bound to a react-hook-form form: each shows its own error (field or cross-field)
// next to it. Values are the API's input: numbers and dates may be Danish text ("37,5", "31.12.2026"),
// which the shared schema parses, so the form and the backend read them the same way. Each passes
// `field.ref` to its control (a group's first box), so a submit with errors focuses the first of them.
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { formatDate, isIsoDate } from '../../../shared/format';
import { CheckboxGroup, RadioGroup } from './CheckboxGroup';
import { DateField, SelectField, TextAreaField, TextField } from './fields';

interface Bound<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  hint?: string;
}

/** What a text box shows for a stored value: numbers with a decimal comma, ISO dates as 31.12.2026. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string' && isIsoDate(value)) return formatDate(value);
  return String(value);
}

export function FormText<T extends FieldValues>({ control, name, ...props }: Bound<T> & { type?: string; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text' }) {
  const { field, fieldState } = useController({ control, name });
  return <TextField {...props} ref={field.ref} value={displayValue(field.value)} onChange={field.onChange} error={fieldState.error?.message} />;
}

export function FormTextArea<T extends FieldValues>({ control, name, ...props }: Bound<T> & { rows?: number }) {
  const { field, fieldState } = useController({ control, name });
  return <TextAreaField {...props} ref={field.ref} value={displayValue(field.value)} onChange={field.onChange} error={fieldState.error?.message} />;
}

export function FormDate<T extends FieldValues>({ control, name, ...props }: Bound<T>) {
  const { field, fieldState } = useController({ control, name });
  return <DateField {...props} ref={field.ref} value={displayValue(field.value)} onChange={field.onChange} error={fieldState.error?.message} />;
}

/** A select over ids or keys; the empty choice (placeholder) is null. */
export function FormSelect<T extends FieldValues>({
  control,
  name,
  options,
  placeholder,
  ...props
}: Bound<T> & { options: ReadonlyArray<{ value: string | number; label: string }>; placeholder?: string }) {
  const { field, fieldState } = useController({ control, name });
  const choices = options.map((o) => ({ value: String(o.value), label: o.label }));
  return (
    <SelectField
      {...props}
      ref={field.ref}
      placeholder={placeholder}
      options={choices}
      value={field.value === null || field.value === undefined ? '' : String(field.value)}
      onChange={(text) => field.onChange(text === '' ? null : (options.find((o) => String(o.value) === text)?.value ?? text))}
      error={fieldState.error?.message}
    />
  );
}

export function FormCheckboxes<T extends FieldValues>({ control, name, label, options }: Bound<T> & { options: ReadonlyArray<{ value: number; label: string }> }) {
  const { field, fieldState } = useController({ control, name });
  return <CheckboxGroup ref={field.ref} legend={label} options={options} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />;
}

export function FormRadios<T extends FieldValues>({ control, name, label, options }: Bound<T> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const { field, fieldState } = useController({ control, name });
  return <RadioGroup ref={field.ref} legend={label} options={options} value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message} />;
}

/** One yes/no box (an explicit confirmation such as "Bekræft faktisk udgift på 0 kr."), its error next to it. */
export function FormCheckbox<T extends FieldValues>({ control, name, label }: Bound<T>) {
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error?.message;
  const errorId = `${String(name)}-error`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="check">
        <input ref={field.ref} type="checkbox" checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
        {label}
      </label>
      {error ? (
        <small id={errorId} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
