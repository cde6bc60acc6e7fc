// A new passphrase typed twice (setup, recovery, change) in a react-hook-form form whose schema is one of
// `newPassphraseForms` (shared/api/session.ts): the method's own rule for the passphrase, plus the repeat.
import { useController, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { PASSPHRASE_RULE } from '../../../../shared/security/passphrase';
import { TextField } from '../../components/fields';
import { FORM_MESSAGE, useApiForm, type SchemaForm } from '../../lib/useApiForm';

/**
 * A field's rule shows once the field has been left (then live while typing), as well as on submit.
 * Only the fields below report leaving; the others are checked on submit.
 */
export function usePassphraseForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaultValues: DefaultValues<z.input<S>>): SchemaForm<S> {
  return useApiForm(schema, defaultValues, { checkOnLeave: true });
}

/**
 * Focus moving to the "Vis adgangskoderne" box does not count as leaving: the error appearing then
 * would move the box away between mouse-down and mouse-up, and the click would miss it.
 */
function toShowToggle(e: React.FocusEvent): boolean {
  const next = e.relatedTarget;
  return next instanceof HTMLInputElement && next.type === 'checkbox';
}

type Form<T extends FieldValues> = UseFormReturn<T, unknown, unknown>;

/** `name` is the new passphrase as the method names it, `repeatName` its repeat. */
export function NewPassphraseFields<T extends FieldValues>({
  form,
  name,
  repeatName,
  label = 'Ny adgangskode',
  repeatLabel = 'Gentag ny adgangskode',
  show,
  autoFocus,
}: {
  form: Form<T>;
  name: FieldPath<T>;
  repeatName: FieldPath<T>;
  label?: string;
  repeatLabel?: string;
  show: boolean;
  autoFocus?: boolean;
}) {
  const type = show ? 'text' : 'password';
  const submitted = form.formState.isSubmitted;
  return (
    <>
      <PassphraseInput
        form={form}
        name={name}
        label={label}
        type={type}
        hint={PASSPHRASE_RULE}
        autoFocus={autoFocus}
        // The mismatch shown at the repeat follows the first field too, once the repeat is being checked.
        onTyped={() => {
          if (submitted || form.getFieldState(repeatName).isTouched) void form.trigger(repeatName);
        }}
      />
      <PassphraseInput form={form} name={repeatName} label={repeatLabel} type={type} />
    </>
  );
}

function PassphraseInput<T extends FieldValues>({
  form,
  name,
  onTyped,
  ...props
}: {
  form: Form<T>;
  name: FieldPath<T>;
  label: string;
  type: string;
  hint?: string;
  autoFocus?: boolean;
  onTyped?: () => void;
}) {
  const { field, fieldState } = useController({ control: form.control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  return (
    // React's onBlur bubbles (focusout), so the wrapper learns when the field is left; leaving it empty is no try.
    <div onBlur={(e) => !toShowToggle(e) && (value !== '' || fieldState.isTouched) && field.onBlur()}>
      <TextField
        {...props}
        ref={field.ref}
        required
        autoComplete="new-password"
        value={value}
        onChange={(v) => {
          // A refusal that named no field was about the old text.
          form.clearErrors(FORM_MESSAGE);
          field.onChange(v);
          onTyped?.();
        }}
        error={fieldState.error?.message}
      />
    </div>
  );
}
