// One chart on the dashboard: the chart with a text alternative (the drawn series in words), a "Vis som tabel" toggle, and the
// table copied to the clipboard or saved as CSV. The table is the one the exports use; the copy and
// the file name and title line say which year and filter the figures are for.
import { useId, useState, type ReactNode } from 'react';
import { tableClipboard, tableCsv, tableFileName, tableHeading, type StatTable, type TableScope } from '../../../../shared/statistics/tables';
import { downloadText } from '../../lib/download';
import { chartText } from './chartSpecs';
import { StatTableView } from './StatTableView';

/** `published` is the same table with small person counts protected: what leaves the app (clipboard, CSV). */
export function ChartCard({ table, published, scope, children, wide = false }: { table: StatTable; published: StatTable; scope: TableScope; children: ReactNode; wide?: boolean }) {
  const [asTable, setAsTable] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const titleId = useId();
  const empty = table.rows.length === 0;
  const heading = tableHeading(table, scope);

  async function copy() {
    try {
      await navigator.clipboard.writeText(tableClipboard(published, heading));
      setCopied('Tabellen er kopieret.');
    } catch {
      setCopied('Kopiering er ikke tilladt her; brug "Gem som CSV".');
    }
  }

  return (
    <section className={`chart-card${wide ? ' chart-card--wide' : ''}`} aria-labelledby={titleId}>
      <header className="chart-card__head">
        <h2 id={titleId}>{table.title}</h2>
        <div className="chart-card__actions">
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)} aria-label={`${asTable ? 'Vis som diagram' : 'Vis som tabel'}: ${table.title}`}>
            {asTable ? 'Vis som diagram' : 'Vis som tabel'}
          </button>
          <button type="button" onClick={() => void copy()} aria-label={`Kopiér tabellen: ${table.title}`}>
            Kopiér
          </button>
          <button
            type="button"
            onClick={() => downloadText(tableCsv(published, heading), tableFileName(table, scope, 'csv'), 'text/csv;charset=utf-8')}
            aria-label={`Gem som CSV: ${table.title}`}
          >
            CSV
          </button>
        </div>
      </header>
      {copied ? (
        <p className="chart-card__status" role="status">
          {copied}
        </p>
      ) : null}
      {asTable ? (
        <StatTableView table={table} />
      ) : empty ? (
        <p className="empty">Ingen data i året.</p>
      ) : (
        <div className="chart-card__chart" role="img" aria-label={chartText(table)}>
          {children}
        </div>
      )}
      {table.note ? <p className="chart-card__note">{table.note}</p> : null}
    </section>
  );
}
