import { useId, type ReactNode, type Ref } from 'react';

/** The fieldset both choice groups share: legend, the options, and the error next to them. */
function ChoiceFieldset({ legend, error, children }: { legend: string; error?: string; children: (groupId: string) => ReactNode }) {
  const id = useId();
  return (
    <fieldset className={`checks${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checks__list">{children(id)}</div>
      {error ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </fieldset>
  );
}

/** A set of checkboxes in a fieldset, with the error next to it (e.g. themes of a course or a contact). */
export function CheckboxGroup({
  ref,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  /** Given to the first box: where a form puts focus when the group has an error. */
  ref?: Ref<HTMLInputElement>;
  legend: string;
  options: ReadonlyArray<{ value: number; label: string }>;
  value: readonly number[];
  onChange: (v: number[]) => void;
  error?: string;
}) {
  return (
    <ChoiceFieldset legend={legend} error={error}>
      {() =>
        options.map((o, i) => (
          <label key={o.value} className="check">
            <input
              ref={i === 0 ? ref : undefined}
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))
      }
    </ChoiceFieldset>
  );
}

/** One choice of a few, as radio buttons in a fieldset (e.g. a follow-up's status). */
export function RadioGroup({
  ref,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  /** Given to the first box: where a form puts focus when the group has an error. */
  ref?: Ref<HTMLInputElement>;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <ChoiceFieldset legend={legend} error={error}>
      {(name) =>
        options.map((o, i) => (
          <label key={o.value} className="check">
            <input ref={i === 0 ? ref : undefined} type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))
      }
    </ChoiceFieldset>
  );
}
