// Step 2: which of the file's headers fills each column of the kind. Detected from the headers (or
// remembered from the last import of the kind); every change is a new dry run with the mapping given.
import { useId } from 'react';
import type { ImportAnalysis } from '../../../../shared/api/import';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import type { ColumnMapping, ImportColumn, ImportKind } from '../../../../shared/import/kinds';
import { DataTable, type Column } from '../../components/DataTable';
import { SOURCE_LABELS } from './importTexts';

const NOT_IN_FILE = '— ikke i filen —';

/** The problem of a header chosen for several columns, for each of those columns. */
export function twiceMapped(columns: readonly ImportColumn[], mapping: ColumnMapping, headers: readonly string[]): Map<string, string> {
  const problems = new Map<string, string>();
  for (const c of columns) {
    const index = mapping[c.key];
    if (index === null || index === undefined) continue;
    const others = columns.filter((o) => o.key !== c.key && mapping[o.key] === index).map((o) => o.label);
    if (others.length) problems.set(c.key, `«${headers[index] ?? ''}» er også valgt til ${others.join(', ')}. Vælg hver overskrift ét sted.`);
  }
  return problems;
}

function MappingSelect({ column, value, headers, problem, disabled, onChange }: {
  column: ImportColumn;
  value: number | null;
  headers: readonly string[];
  problem: string | undefined;
  disabled: boolean;
  onChange: (index: number | null) => void;
}) {
  const id = useId();
  return (
    <div className={problem ? 'field field--error' : 'field'}>
      <select
        id={id}
        aria-label={`Overskrift for ${column.label}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        value={value === null ? '' : String(value)}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{NOT_IN_FILE}</option>
        {headers.map((h, i) => (
          <option key={i} value={String(i)}>
            {h || `(kolonne ${i + 1} uden overskrift)`}
          </option>
        ))}
      </select>
      {problem ? (
        <small id={`${id}-error`} className="field__error" role="alert">
          {problem}
        </small>
      ) : null}
    </div>
  );
}

export function MappingTable({ kind, analysis, mapping, first, busy, onChange }: {
  kind: ImportKind;
  analysis: ImportAnalysis;
  /** The mapping shown: the one asked for, or the analysis's own. */
  mapping: ColumnMapping;
  /** The first analysis's mapping and its source: a column still mapped that way says where it came from. */
  first: Pick<ImportAnalysis, 'mapping' | 'mappingSource'>;
  busy: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const columns = IMPORT_COLUMNS[kind];
  const twice = twiceMapped(columns, mapping, analysis.headers);
  const found = (c: ImportColumn): string => {
    const index = mapping[c.key] ?? null;
    if (index === null) return c.required ? 'Mangler' : '';
    return (first.mapping[c.key] ?? null) === index ? SOURCE_LABELS[first.mappingSource] : SOURCE_LABELS.given;
  };
  const tableColumns: Column<ImportColumn>[] = [
    {
      key: 'label',
      header: 'Kolonne',
      rowHeader: true,
      cell: (c) => (
        <>
          {c.label}
          {c.required ? (
            <>
              <span aria-hidden="true"> *</span>
              <span className="sr-only"> (skal findes i filen)</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'header',
      header: 'Overskrift i filen',
      cell: (c) => (
        <MappingSelect
          column={c}
          value={mapping[c.key] ?? null}
          headers={analysis.headers}
          problem={twice.get(c.key)}
          disabled={busy}
          onChange={(index) => onChange({ ...mapping, [c.key]: index })}
        />
      ),
    },
    { key: 'found', header: 'Fundet', cell: found },
    { key: 'help', header: 'Hjælp', cell: (c) => <span className="muted">{c.help}</span> },
  ];
  return (
    <>
      <p>
        {analysis.headerRow ? `Overskrifterne står i række ${analysis.headerRow}. ` : ''}Kolonner med * skal findes i filen.
      </p>
      <DataTable caption="Kolonner" columns={tableColumns} rows={columns} rowKey={(c) => c.key} />
    </>
  );
}
