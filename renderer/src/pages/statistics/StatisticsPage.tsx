// The coordinator's overview for a year: key figures, charts with table views, filters, and the
// annual evaluation exported as PDF, workbook or CSV.
import { useState } from 'react';
import { EDUCATIONS, EDUCATION_KEYS } from '../../../../shared/caseload';
import { periodText } from '../../../../shared/statistics/definitions';
import { statisticsTables, type TableId } from '../../../../shared/statistics/tables';
import { publishTables } from '../../../../shared/statistics/publish';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/fields';
import { FilterSelect } from '../../components/FilterSelect';
import { ChartCard } from './ChartCard';
import { ChartFor } from './charts';
import { CHARTS } from './chartSpecs';
import { EvaluationExports } from './EvaluationExports';
import { KeyFigures } from './KeyFigures';
import { StatTableView } from './StatTableView';

/** Tables shown as tables below the charts. */
const TABLE_SECTIONS: readonly TableId[] = ['opfoelgning', 'opfoelgning_udvikling', 'noegle', 'survey'];

/** A filter select's value ('' = all) as the id the query takes. */
const idOrNull = (v: string) => (v ? Number(v) : null);

export function StatisticsPage() {
  const years = useApiQuery('statistics.years');
  const [year, setYear] = useState<number | null>(null);
  const [municipalityId, setMunicipalityId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [education, setEducation] = useState('');
  const chosenYear = year ?? years.data?.currentYear ?? null;

  const stats = useApiQuery(
    'statistics.get',
    { year: chosenYear ?? 0, municipalityId: idOrNull(municipalityId), mentorId: idOrNull(mentorId), education: EDUCATION_KEYS.find((e) => e === education) ?? null },
    // The last figures stay on screen (marked busy) while another year or filter is computed.
    { enabled: chosenYear !== null, keepPrevious: true },
  );
  const s = stats.data;
  const tables = s ? statisticsTables(s) : [];
  // On screen the coordinator sees true counts; what is copied or saved as CSV is protected like the exports.
  const published = publishTables(tables);

  return (
    <>
      <header className="page-header">
        <h1>Statistik og evaluering</h1>
      </header>
      <Alert kind="error">{years.error ? errorMessage(years.error) : null}</Alert>
      {years.data && chosenYear !== null ? (
        <>
          <div className="toolbar stat-filters" role="search" aria-label="Filtre for statistikken">
            <SelectField
              label="År"
              value={String(chosenYear)}
              onChange={(v) => setYear(Number(v))}
              options={[...years.data.years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
            />
            <FilterSelect
              label="Kommune"
              value={municipalityId}
              onChange={setMunicipalityId}
              allLabel="Alle kommuner"
              options={years.data.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            />
            <FilterSelect label="Mentor" value={mentorId} onChange={setMentorId} allLabel="Alle mentorer" options={years.data.mentors.map((m) => ({ value: m.id, label: m.name }))} />
            <FilterSelect label="Uddannelse" value={education} onChange={setEducation} allLabel="Alle uddannelser" options={EDUCATION_KEYS.map((e) => ({ value: e, label: EDUCATIONS[e] }))} />
          </div>
          <EvaluationExports year={chosenYear} />
        </>
      ) : null}
      <Alert kind="error">{stats.error ? errorMessage(stats.error) : null}</Alert>
      {stats.isFetching && !s ? <p className="loading">Beregner statistik …</p> : null}
      {s ? (
        <div aria-busy={stats.isFetching}>
          <p className="stat-scope">
            {s.filterLabel ? `Viser ${s.year} for ${s.filterLabel}.` : `Viser hele ${s.year}.`} {periodText(s.period)}. Figurerne kan vises som tabel og gemmes som CSV.
          </p>
          <p className="stat-scope stat-scope--private">
            <strong>Ikke til offentliggørelse:</strong> skærmen viser de sande antal. Rapporten, Excel, CSV og kopier viser antal på 1–2 personer som
            &quot;&lt;3&quot; (og skjuler tal, de kan regnes ud fra).
          </p>
          {s.hasData ? (
            <>
              <KeyFigures s={s} />
              <div className="chart-grid">
                {tables
                  .filter((t) => CHARTS[t.id])
                  .map((t) => (
                    <ChartCard key={t.id} table={t} published={published.find((p) => p.id === t.id) ?? t} scope={s} wide={CHARTS[t.id]?.wide}>
                      <ChartFor table={t} />
                    </ChartCard>
                  ))}
              </div>
            </>
          ) : (
            <div className="empty-state" role="status">
              <h2>Ingen data for {s.year}</h2>
              <p>
                Der er ikke registreret samtaler, afsluttede forløb eller henvisninger i {s.year}
                {s.filterLabel ? ` for ${s.filterLabel}` : ''}. Vælg et andet år eller fjern filtrene.
              </p>
            </div>
          )}
          {TABLE_SECTIONS.map((id) => {
            const t = tables.find((x) => x.id === id);
            return t ? (
              <section key={id} className="stat-section">
                <h2>{t.title}</h2>
                <StatTableView table={t} />
                {t.note ? <p className="chart-card__note">{t.note}</p> : null}
              </section>
            ) : null;
          })}
        </div>
      ) : null}
    </>
  );
}
