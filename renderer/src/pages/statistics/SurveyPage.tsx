// The yearly mentee survey, entered as counts per answer. The report states n, response rate and
// share agreeing from these counts.
import { useEffect, useState } from 'react';
import { formatInteger, formatPercent } from '../../../../shared/format';
import { DEFAULT_SURVEY_QUESTIONS, SURVEY_ANSWERS, SURVEY_ANSWER_KEYS, type SurveyAnswer, type SurveyResult } from '../../../../shared/statistics/survey';
import { call, errorMessage, fieldErrors } from '../../api/client';
import { Alert } from '../../components/Alert';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { numberInput, numberText } from '../../lib/formValues';
import { useLoad } from '../../lib/useAsync';

interface QuestionDraft {
  text: string;
  counts: Record<SurveyAnswer, string>;
}

const emptyCounts = () => Object.fromEntries(SURVEY_ANSWER_KEYS.map((k) => [k, ''])) as Record<SurveyAnswer, string>;

function draftOf(s: SurveyResult | null) {
  return {
    invitations: s ? numberText(s.invitations) : '',
    respondents: s ? numberText(s.respondents) : '',
    note: s?.note ?? '',
    questions: s
      ? s.questions.map((q) => ({ text: q.text, counts: Object.fromEntries(SURVEY_ANSWER_KEYS.map((k) => [k, numberText(q.counts[k])])) as Record<SurveyAnswer, string> }))
      : DEFAULT_SURVEY_QUESTIONS.map((text) => ({ text, counts: emptyCounts() })),
  };
}

export function SurveyPage() {
  const years = useLoad(() => call('statistics.years'), []);
  const [year, setYear] = useState<number | null>(null);
  const surveyYears = years.data ? years.data.years.filter((y) => y <= years.data!.currentYear).reverse() : [];
  const chosen = year ?? years.data?.currentYear ?? null;
  // The year travels with the result: while another year loads, useLoad still holds the previous
  // year's survey, which must not fill (or be deleted from) the new year's form.
  const saved = useLoad(() => (chosen === null ? Promise.resolve(null) : call('survey.get', { year: chosen }).then((survey) => ({ year: chosen, survey }))), [chosen]);
  const loaded = saved.data !== null && saved.data.year === chosen ? saved.data : null;

  return (
    <>
      <header className="page-header">
        <h1>Spørgeskema</h1>
      </header>
      <p className="muted">Årets spørgeskema til mentees, indtastet som antal svar pr. svarmulighed. Evalueringen viser n, svarprocent og andel enige.</p>
      <Alert kind="error">{years.error ?? saved.error}</Alert>
      {chosen !== null ? (
        <div className="toolbar">
          <SelectField label="År" value={String(chosen)} onChange={(v) => setYear(Number(v))} options={surveyYears.map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
      ) : null}
      {loaded ? <SurveyForm key={loaded.year} year={loaded.year} saved={loaded.survey} onChanged={saved.reload} /> : null}
    </>
  );
}

function SurveyForm({ year, saved, onChanged }: { year: number; saved: SurveyResult | null; onChanged: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setDraft(draftOf(saved)), [saved]);

  const setQuestion = (i: number, q: QuestionDraft) => setDraft({ ...draft, questions: draft.questions.map((x, j) => (j === i ? q : x)) });

  async function save() {
    setNotice(null);
    setFailure(null);
    try {
      const result = await call('survey.save', {
        year,
        invitations: numberInput(draft.invitations) as number,
        respondents: numberInput(draft.respondents) as number,
        note: draft.note,
        questions: draft.questions.map((q) => ({
          text: q.text,
          counts: Object.fromEntries(SURVEY_ANSWER_KEYS.map((k) => [k, numberInput(q.counts[k]) ?? 0])) as Record<SurveyAnswer, number>,
        })),
      });
      setErrors({});
      setNotice(`Spørgeskemaet for ${year} er gemt: ${formatInteger(result.respondents)} besvarelser, svarprocent ${formatPercent(result.responseRate)}.`);
      onChanged();
    } catch (err) {
      setErrors(fieldErrors(err));
      setFailure(errorMessage(err));
    }
  }

  async function remove() {
    if (!window.confirm(`Slet spørgeskemaet for ${year}?`)) return;
    try {
      await call('survey.delete', { year });
      setNotice(`Spørgeskemaet for ${year} er slettet.`);
      onChanged();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <form
      className="form survey-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{failure}</Alert>
      <div className="survey-form__head">
        <TextField label="Inviterede" required inputMode="numeric" value={draft.invitations} onChange={(v) => setDraft({ ...draft, invitations: v })} error={errors.invitations} />
        <TextField label="Besvarelser" required inputMode="numeric" value={draft.respondents} onChange={(v) => setDraft({ ...draft, respondents: v })} error={errors.respondents} hint="Antal, der svarede (n)" />
      </div>
      {draft.questions.map((q, i) => (
        <fieldset key={i} className="survey-form__question">
          <legend>Spørgsmål {i + 1}</legend>
          <TextField label={`Spørgsmål ${i + 1}: tekst`} required value={q.text} onChange={(v) => setQuestion(i, { ...q, text: v })} error={errors[`questions.${i}.text`]} />
          <div className="survey-form__counts">
            {SURVEY_ANSWER_KEYS.map((k) => (
              <TextField
                key={k}
                label={`Spørgsmål ${i + 1}: ${SURVEY_ANSWERS[k]}`}
                inputMode="numeric"
                value={q.counts[k]}
                onChange={(v) => setQuestion(i, { ...q, counts: { ...q.counts, [k]: v } })}
                error={errors[`questions.${i}.counts.${k}`]}
              />
            ))}
          </div>
          {errors[`questions.${i}.counts`] ? (
            <p className="field__error" role="alert">
              {errors[`questions.${i}.counts`]}
            </p>
          ) : null}
          {draft.questions.length > 1 ? (
            <button type="button" onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}>
              Fjern spørgsmål {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {errors.questions ? (
        <p className="field__error" role="alert">
          {errors.questions}
        </p>
      ) : null}
      <button type="button" className="survey-form__add" onClick={() => setDraft({ ...draft, questions: [...draft.questions, { text: '', counts: emptyCounts() }] })}>
        Tilføj spørgsmål
      </button>
      <TextAreaField label="Note (metode, tidspunkt)" value={draft.note} onChange={(v) => setDraft({ ...draft, note: v })} error={errors.note} />
      {saved ? (
        <table className="table survey-form__result">
          <caption>Gemte resultater {year}</caption>
          <thead>
            <tr>
              <th scope="col">Spørgsmål</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                Andel enige
              </th>
            </tr>
          </thead>
          <tbody>
            {saved.questions.map((q, i) => (
              <tr key={i}>
                <th scope="row">{q.text}</th>
                <td className="num">{formatInteger(q.n)}</td>
                <td className="num">{formatPercent(q.shareAgreeing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="primary">
          Gem spørgeskema
        </button>
        {saved ? (
          <button type="button" onClick={() => void remove()}>
            Slet
          </button>
        ) : null}
      </div>
    </form>
  );
}
