// A list filter above a table: a labelled select whose empty choice means "no filter".
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  allLabel = 'Alle',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string | number; label: string }>;
  allLabel?: string;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
