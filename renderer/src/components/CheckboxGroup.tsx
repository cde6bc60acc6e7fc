import { useId } from 'react';

/** A set of checkboxes in a fieldset, with the error next to it (e.g. themes of a course or a contact). */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: ReadonlyArray<{ value: number; label: string }>;
  value: readonly number[];
  onChange: (v: number[]) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className={`checks${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checks__list">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </fieldset>
  );
}
