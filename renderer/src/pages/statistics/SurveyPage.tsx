// The yearly mentee survey, entered as counts per answer. The report states n, response rate and
// share agreeing from these counts.
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/fields';
import { SurveyForm } from './SurveyForm';

export function SurveyPage() {
  const years = useApiQuery('statistics.years');
  const [year, setYear] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const currentYear = years.data?.currentYear;
  const surveyYears = years.data && currentYear !== undefined ? years.data.years.filter((y) => y <= currentYear).reverse() : [];
  const chosen = year ?? currentYear ?? null;
  // Keyed by year: while another year loads there is no survey to show, never the previous year's.
  const saved = useApiQuery('survey.get', { year: chosen ?? 0 }, { enabled: chosen !== null });
  const failed = years.error ?? saved.error;

  function choose(y: number) {
    setYear(y);
    setNotice(null);
  }

  return (
    <>
      <header className="page-header">
        <h1>Spørgeskema</h1>
      </header>
      <p className="muted">Årets spørgeskema til mentees, indtastet som antal svar pr. svarmulighed. Evalueringen viser n, svarprocent og andel enige.</p>
      <Alert kind="error">{failed ? errorMessage(failed) : null}</Alert>
      {chosen !== null ? (
        <div className="toolbar">
          <SelectField label="År" value={String(chosen)} onChange={(v) => choose(Number(v))} options={surveyYears.map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
      ) : null}
      <Alert kind="ok">{notice}</Alert>
      {chosen !== null && saved.data !== undefined ? (
        // A new form when the year changes or the survey is created or deleted: its fields start from what is stored.
        <SurveyForm key={`${chosen}:${saved.data ? 'gemt' : 'ny'}`} year={chosen} saved={saved.data} onDone={setNotice} />
      ) : null}
    </>
  );
}
