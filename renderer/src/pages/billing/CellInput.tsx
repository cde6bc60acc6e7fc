// A compact input inside a table row of the key's form: its label is for screen readers, its error shows under it.
import type { Ref } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { displayValue } from '../../components/formFields';

interface CellProps {
  label: string;
  error?: string;
  disabled?: boolean;
  numeric?: boolean;
  placeholder?: string;
}

export function CellInput({ label, value, onChange, onBlur, inputRef, error, disabled, numeric, placeholder }: CellProps & { value: string; onChange?: (v: string) => void; onBlur?: () => void; inputRef?: Ref<HTMLInputElement> }) {
  const id = `cell-${label.replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-')}`;
  return (
    <div className={`cell-input${error ? ' field--error' : ''}`}>
      <input
        id={id}
        ref={inputRef}
        aria-label={label}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        inputMode={numeric ? 'decimal' : undefined}
        className={numeric ? 'num' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange?.(e.target.value)}
        onBlur={onBlur}
      />
      {error ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** A CellInput bound to a form field; `otherError` is a rule about the row shown here too (a municipality named twice). */
export function FormCell<T extends FieldValues>({ control, name, otherError, ...props }: CellProps & { control: Control<T>; name: FieldPath<T>; otherError?: string }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <CellInput
      {...props}
      value={displayValue(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? otherError}
    />
  );
}
