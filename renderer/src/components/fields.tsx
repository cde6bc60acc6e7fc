// Labelled form fields with the error shown next to the field (and announced to screen readers).
// Each takes a `ref` for its control, so a form can focus the first field with an error.
import { useId, type ReactNode, type Ref } from 'react';

interface BaseProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

function FieldShell({ label, error, hint, required, id, children }: BaseProps & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint && !error ? (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

export function TextField(
  { ref, ...props }: BaseProps & {
    ref?: Ref<HTMLInputElement>;
    value: string;
    onChange: (v: string) => void;
    type?: string;
    placeholder?: string;
    autoFocus?: boolean;
    inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
    /** Tells password managers what the field is ('current-password', 'new-password', 'off'). */
    autoComplete?: string;
  },
) {
  const id = useId();
  return (
    <FieldShell {...props} id={id}>
      <input
        ref={ref}
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function TextAreaField({ ref, ...props }: BaseProps & { ref?: Ref<HTMLTextAreaElement>; value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <FieldShell {...props} id={id}>
      <textarea
        ref={ref}
        id={id}
        rows={props.rows ?? 3}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function SelectField({
  ref,
  ...props
}: BaseProps & { ref?: Ref<HTMLSelectElement>; value: string; onChange: (v: string) => void; options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string }) {
  const id = useId();
  return (
    <FieldShell {...props} id={id}>
      <select
        ref={ref}
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-required={props.required || undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A date typed the Danish way (31.12.2026); sent as ISO, or as typed so the backend names the bad field. */
export function DateField(props: BaseProps & { ref?: Ref<HTMLInputElement>; value: string; onChange: (v: string) => void }) {
  return <TextField {...props} placeholder="dd.mm.åååå" hint={props.hint ?? 'F.eks. 31.12.2026'} />;
}

/** A file chooser with its hint or error beside it, like the other fields. */
export function FileField({
  ref,
  accept,
  disabled,
  onFile,
  ...props
}: BaseProps & { ref?: Ref<HTMLInputElement>; accept: string; disabled?: boolean; onFile: (file: File | null) => void }) {
  const id = useId();
  return (
    <FieldShell {...props} id={id}>
      <input
        id={id}
        ref={ref}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}
