// The coordinator's overview for a year: key figures, charts with table views, filters, and the
// annual evaluation exported as PDF, workbook or CSV.
import { useState } from 'react';
import { EDUCATIONS, EDUCATION_KEYS, type Education } from '../../../../shared/caseload';
import { formatDecimal, formatInteger, formatPercent } from '../../../../shared/format';
import { periodText } from '../../../../shared/statistics/definitions';
import { formatCell, statisticsTables, type StatTable } from '../../../../shared/statistics/tables';
import { followUpCells } from '../../../../shared/statistics/followUpTables';
import type { YearStatistics } from '../../../../shared/statistics/types';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/fields';
import { FilterSelect } from '../../components/FilterSelect';
import { useLoad } from '../../lib/useAsync';
import { ChartCard } from './ChartCard';
import { CHARTS, ChartFor } from './charts';
import { EvaluationExports } from './EvaluationExports';
import { StatTableView } from './StatTableView';

function KeyFigures({ s }: { s: YearStatistics }) {
  const firstQuestion = s.survey?.questions[0];
  const figures: [string, string, string | null][] = [
    ['Samtaler i alt', formatInteger(s.contacts.total), `${formatDecimal(s.contacts.hours, 1)} samtaletimer`],
    ['Unikke personer', formatInteger(s.persons.total), s.contacts.classSessionHeads ? `+ ${formatInteger(s.contacts.classSessionHeads)} elever ved klasseoplæg` : null],
    ['Samtaler pr. person', s.persons.contactsPerPerson === null ? '–' : formatDecimal(s.persons.contactsPerPerson, 1), null],
    ['Rækkevidde', formatPercent(s.reach?.rate), s.reach ? `af ${formatInteger(s.reach.students)} elever` : 'kræver årets fordelingsnøgle og ingen mentor- eller uddannelsesfilter'],
    ['Fastholdelse', formatPercent(s.outcomes.retentionRate), `${formatInteger(s.outcomes.retained)} af ${formatInteger(s.outcomes.known)} afsluttede med kendt udfald`],
    ['Andel enige (spørgeskema)', formatPercent(firstQuestion?.shareAgreeing), s.survey ? `n = ${formatInteger(s.survey.respondents)}, svarprocent ${formatPercent(s.survey.responseRate)}${s.filterLabel ? '; hele korpset, filtrene gælder ikke' : ''}` : 'intet spørgeskema for året'],
    ...s.followUp.figures.map((f): [string, string, string | null] => {
      const [due, reached, , , share] = followUpCells(f);
      const n = (c: typeof due) => formatCell(c, { label: '', format: 'int' });
      return [`I uddannelse eller arbejde ${f.months} mdr. efter`, formatCell(share, { label: '', format: 'percent' }), `n = ${n(due)}, nået ${n(reached)}`];
    }),
  ];
  return (
    // Each figure is a named group holding its own <dl> (a <dl> may not contain elements with a role).
    <div className="key-figures" role="group" aria-label="Nøgletal">
      {figures.map(([label, value, hint]) => (
        <div key={label} className="key-figures__item" role="group" aria-label={label}>
          <dl>
            <dt>{label}</dt>
            <dd>
              <strong>{value}</strong>
              {hint ? <small>{hint}</small> : null}
            </dd>
          </dl>
        </div>
      ))}
    </div>
  );
}

export function StatisticsPage() {
  const years = useLoad(() => call('statistics.years'), []);
  const [year, setYear] = useState<number | null>(null);
  const [municipalityId, setMunicipalityId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [education, setEducation] = useState('');
  const chosenYear = year ?? years.data?.currentYear ?? null;

  const stats = useLoad(
    () =>
      chosenYear === null
        ? Promise.resolve(null)
        : call('statistics.get', {
            year: chosenYear,
            municipalityId: municipalityId ? Number(municipalityId) : null,
            mentorId: mentorId ? Number(mentorId) : null,
            education: (education || null) as Education | null,
          }),
    [chosenYear, municipalityId, mentorId, education],
  );
  const s = stats.data;
  const tables = s ? statisticsTables(s) : [];
  const byId = (id: StatTable['id']) => tables.find((t) => t.id === id);

  return (
    <>
      <header className="page-header">
        <h1>Statistik og evaluering</h1>
      </header>
      <Alert kind="error">{years.error}</Alert>
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
      <Alert kind="error">{stats.error}</Alert>
      {stats.loading && !s ? <p className="loading">Beregner statistik …</p> : null}
      {s ? (
        <div aria-busy={stats.loading}>
          <p className="stat-scope">
            {s.filterLabel ? `Viser ${s.year} for ${s.filterLabel}.` : `Viser hele ${s.year}.`} {periodText(s.period)}. Figurerne kan vises som tabel og gemmes som CSV.
          </p>
          {s.hasData ? (
            <>
              <KeyFigures s={s} />
              <div className="chart-grid">
                {tables
                  .filter((t) => CHARTS[t.id])
                  .map((t) => (
                    <ChartCard key={t.id} table={t} scope={s} wide={CHARTS[t.id]?.wide}>
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
          {(['opfoelgning', 'opfoelgning_udvikling', 'noegle', 'survey'] as const).map((id) => {
            const t = byId(id);
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
