// The session forms' common parts: a secret typed once, the show/hide toggle, and the form that holds
// them with its primary submit button.
import { useState, type ReactNode, type Ref } from 'react';
import { useController, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { TextField } from '../../components/fields';

/** An onChange that also forgets the last refusal, which was about the old text. */
export function clearing<T>(set: (v: T) => void, clear: () => void): (v: T) => void {
  return (v) => {
    set(v);
    clear();
  };
}

/** A secret typed once (the passphrase, the current one, a recovery code); hidden unless `show`. */
export function SecretField({
  ref,
  label,
  value,
  onChange,
  show = false,
  error,
  autoFocus,
  placeholder,
  autoComplete = 'current-password',
}: {
  ref?: Ref<HTMLInputElement>;
  label: string;
  value: string;
  onChange: (v: string) => void;
  show?: boolean;
  error?: string | null;
  autoFocus?: boolean;
  placeholder?: string;
  /** 'off' for the recovery code, which no password manager should keep beside the passphrase. */
  autoComplete?: string;
}) {
  return (
    <TextField
      ref={ref}
      autoComplete={autoComplete}
      label={label}
      type={show ? 'text' : 'password'}
      required
      autoFocus={autoFocus}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      error={error ?? undefined}
    />
  );
}

/**
 * A session form: its secret fields (told whether to show what is typed), "Vis adgangskoden", then the
 * primary submit button. `notice` goes between the toggle and the buttons, `actions` beside the button;
 * `blocked` holds the button back for more than the answer (the unlock's wait, told by `describedBy`).
 */
export function SecretForm({
  className = 'form session__form',
  onSubmit,
  busy,
  submitLabel,
  showLabel,
  notice,
  actions,
  blocked = false,
  describedBy,
  children,
}: {
  className?: string;
  onSubmit: () => void;
  busy: boolean;
  submitLabel: string;
  showLabel?: string;
  notice?: ReactNode;
  actions?: ReactNode;
  blocked?: boolean;
  describedBy?: string;
  children: (show: boolean) => ReactNode;
}) {
  const [show, setShow] = useState(false);
  return (
    <form
      className={className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // Sends once: Enter pressed again before the answer is dropped.
        if (!busy) onSubmit();
      }}
    >
      {children(show)}
      <ShowSecret show={show} onChange={setShow} label={showLabel} />
      {notice}
      <div className="form__actions">
        <button type="submit" className="primary" disabled={busy || blocked} aria-describedby={describedBy}>
          {submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}

/** "Vis adgangskoden": shows what is typed in the secret fields of one form. */
export function ShowSecret({ show, onChange, label = 'Vis adgangskoden' }: { show: boolean; onChange: (show: boolean) => void; label?: string }) {
  return (
    <label className="check">
      <input type="checkbox" checked={show} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/**
 * A secret field of a react-hook-form form. `otherError` is a refusal that names no field but belongs here
 * (a wrong passphrase); typing again forgets it, as it was about the old text.
 */
export function FormSecret<T extends FieldValues>({
  form,
  name,
  otherError,
  ...props
}: { form: UseFormReturn<T, unknown, unknown>; name: FieldPath<T>; otherError?: string | null } & Omit<Parameters<typeof SecretField>[0], 'value' | 'onChange' | 'error'>) {
  const { field, fieldState } = useController({ control: form.control, name });
  return (
    <SecretField
      {...props}
      ref={field.ref}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(v) => {
        form.clearErrors('root.server');
        field.onChange(v);
      }}
      error={fieldState.error?.message ?? otherError}
    />
  );
}
