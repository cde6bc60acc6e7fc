// The annual evaluation as an A4 print route (the route table's { name: 'evaluation', year }): the same
// tables as the dashboard and the workbook, with charts at a fixed size and without animation. The
// backend prints it to PDF; usePrintReady tells the printer when it is ready.
import { formatDate, formatInteger } from '../../../../shared/format';
import { buildRoute, type Route } from '../../../../shared/routes';
import { periodText } from '../../../../shared/statistics/definitions';
import { statisticsTables, type StatTable } from '../../../../shared/statistics/tables';
import { publishTables } from '../../../../shared/statistics/publish';
import type { YearStatistics } from '../../../../shared/statistics/types';
import type { AppInfo } from '../../../../shared/types';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { navigate } from '../../lib/router';
import { usePrintReady } from '../../print/usePrintReady';
import { ChartFor } from './charts';
import { CHARTS, PRINT_CHART_MAX_ROWS, chartText, printChartHeight } from './chartSpecs';
import { StatTableView } from './StatTableView';

/** Chart width on the A4 page: 210 mm minus 2 × 16 mm margins at 96 px per inch. */
const PRINT_CHART_WIDTH = 660;

type EvaluationRoute = Extract<Route, { name: 'evaluation' }>;

export function EvaluationReport({ route }: { route: EvaluationRoute }) {
  // A fresh report per route, so another year's data or error is never shown or signalled for this one.
  return <Report key={route.year} route={route} />;
}

function Report({ route }: { route: EvaluationRoute }) {
  const stats = useApiQuery('statistics.get', { year: route.year });
  const info = useApiQuery('app.info');
  const failed = stats.error ?? info.error;
  const error = failed ? errorMessage(failed) : null;
  usePrintReady(buildRoute(route), { ready: Boolean(stats.data && info.data), error }, { afterLayout: true });

  return <div className="print-view">{error ? <Failure error={error} /> : stats.data && info.data ? <Sheet s={stats.data} info={info.data} /> : <p className="loading">Indlæser …</p>}</div>;
}

function Failure({ error }: { error: string }) {
  return (
    <p className="alert alert--error" role="alert">
      Evalueringen kunne ikke vises: {error}
    </p>
  );
}

function Sheet({ s, info }: { s: YearStatistics; info: AppInfo }) {
  // The printed report leaves the app: small person counts are protected (shared/statistics/publish.ts).
  const tables = publishTables(statisticsTables(s));
  return (
    <>
      <div className="print-toolbar no-print">
        <div className="print-toolbar__buttons">
          <button type="button" onClick={() => navigate({ name: 'statistics' })}>
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
          <ReportBlock key={t.id} table={t} />
        ))}
      </article>
    </>
  );
}

function ReportBlock({ table: t }: { table: StatTable }) {
  const height = printChartHeight(t);
  return (
    <section className="doc-block evaluation-report__block">
      <h2>{t.title}</h2>
      {height !== null ? (
        // A picture with its words; the table below it holds the figures.
        <figure className="evaluation-report__chart" role="img" aria-label={chartText(t)}>
          <ChartFor table={t} size={{ width: PRINT_CHART_WIDTH, height }} />
        </figure>
      ) : CHARTS[t.id] && t.rows.length > PRINT_CHART_MAX_ROWS ? (
        <p className="doc-small">Med {formatInteger(t.rows.length)} rækker vises tallene kun som tabel.</p>
      ) : null}
      <StatTableView table={t} scrollable={false} />
      {t.note ? <p className="doc-small">{t.note}</p> : null}
    </section>
  );
}
