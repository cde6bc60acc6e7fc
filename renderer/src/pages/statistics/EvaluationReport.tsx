// The annual evaluation as an A4 print route ("#/print/evaluering?aar=2026"): the same tables as the
// dashboard and the workbook, with charts at a fixed size and without animation. The backend prints
// it to PDF; usePrintReady tells the printer when it is ready.
import { formatDate } from '../../../../shared/format';
import { buildRoute, type Route } from '../../../../shared/routes';
import { periodText } from '../../../../shared/statistics/definitions';
import { statisticsTables, type StatTable } from '../../../../shared/statistics/tables';
import { call } from '../../api/client';
import { useLoad } from '../../lib/useAsync';
import { navigate } from '../../lib/legacyHashRoute';
import { usePrintReady } from '../../print/usePrintReady';
import { CHARTS, ChartFor } from './charts';
import { StatTableView } from './StatTableView';

/** Chart width on the A4 page: 210 mm minus 2 × 16 mm margins at 96 px per inch. */
const PRINT_CHART_WIDTH = 660;

type EvaluationRoute = Extract<Route, { name: 'evaluation' }>;

export function EvaluationReport({ route }: { route: EvaluationRoute }) {
  // A fresh report per route, so another year's data or error is never shown or signalled for this one.
  return <Report key={route.year} route={buildRoute(route)} year={route.year} />;
}

function Report({ route, year }: { route: string; year: number }) {
  const { data, error } = useLoad(async () => {
    const [stats, info] = await Promise.all([call('statistics.get', { year }), call('app.info')]);
    return { stats, info };
  }, [year]);
  usePrintReady(route, { ready: data !== null, error }, { afterLayout: true });

  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        Evalueringen kunne ikke vises: {error}
      </p>
    );
  }
  if (!data) return <p className="loading">Indlæser …</p>;
  const { stats: s, info } = data;
  const tables = statisticsTables(s);
  return (
    <div className="print-view">
      <div className="print-toolbar no-print">
        <div className="print-toolbar__buttons">
          <button type="button" onClick={() => navigate('/statistik')}>
            ← Tilbage til statistikken
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            Udskriv
          </button>
        </div>
      </div>
      <article className="sheet evaluation-report" aria-label={`Evaluering ${s.year}`}>
        <header className="doc-block">
          <p className="doc-head__corps">{info.corpsName}</p>
          <h1>Evaluering {s.year}</h1>
          <p className="doc-small">
            {periodText(s.period)}. Dannet {formatDate(info.today)}.
          </p>
        </header>
        {s.hasData ? null : (
          <p className="doc-note">Der er ikke registreret samtaler, afsluttede forløb eller henvisninger i {s.year}.</p>
        )}
        {tables.map((t) => (
          <section key={t.id} className="doc-block evaluation-report__block">
            <h2>{t.title}</h2>
            {CHARTS[t.id] && t.rows.length > 0 ? (
              // The table below says the same: hidden from screen readers and, inert, out of the tab order.
              <figure className="evaluation-report__chart" aria-hidden="true" inert>
                <ChartFor table={t} size={{ width: PRINT_CHART_WIDTH, height: printChartHeight(t, CHARTS[t.id]!) }} />
              </figure>
            ) : null}
            <StatTableView table={t} />
            {t.note ? <p className="doc-small">{t.note}</p> : null}
          </section>
        ))}
      </article>
    </div>
  );
}

/** Short enough for the page, but tall enough that a bar chart lying down labels every row. */
function printChartHeight(table: StatTable, spec: { height: number; horizontal?: boolean }): number {
  const compact = Math.min(spec.height, 240);
  return spec.horizontal ? Math.max(compact, table.rows.length * 18 + 50) : compact;
}
