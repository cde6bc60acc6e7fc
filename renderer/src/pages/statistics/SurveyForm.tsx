// The survey of one year as a form over the API's own schema (surveyFields): counts may be typed the
// Danish way ("1.200"), every field and cross-field error shows at the first submit, and the
// questions are a field array.
import { useFieldArray } from 'react-hook-form';
import { evaluationMethods } from '../../../../shared/api/evaluation';
import { formatInteger, formatPercent } from '../../../../shared/format';
import { DEFAULT_SURVEY_QUESTIONS, SURVEY_ANSWERS, SURVEY_ANSWER_KEYS, type SurveyResult } from '../../../../shared/statistics/survey';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DataTable, type Column } from '../../components/DataTable';
import { FormText, FormTextArea } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

const schema = evaluationMethods['survey.save'].input;
type Question = SurveyResult['questions'][number];

const emptyCounts = () => ({ enig: '', delvis: '', uenig: '', ved_ikke: '' });

/** The form's first values: the stored survey, or the suggested questions with empty counts. */
function valuesOf(year: number, s: SurveyResult | null) {
  return {
    year,
    invitations: s ? s.invitations : '',
    respondents: s ? s.respondents : '',
    note: s?.note ?? '',
    questions: s ? s.questions.map((q) => ({ text: q.text, counts: { ...q.counts } })) : DEFAULT_SURVEY_QUESTIONS.map((text) => ({ text, counts: emptyCounts() })),
  };
}

const RESULT_COLUMNS: Column<Question>[] = [
  { key: 'text', header: 'Spørgsmål', cell: (q) => q.text, rowHeader: true },
  { key: 'n', header: 'n', cell: (q) => formatInteger(q.n), numeric: true },
  { key: 'share', header: 'Andel enige', cell: (q) => formatPercent(q.shareAgreeing), numeric: true },
];

export function SurveyForm({ year, saved, onDone }: { year: number; saved: SurveyResult | null; onDone: (notice: string | null) => void }) {
  const form = useApiForm(schema, valuesOf(year, saved));
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const save = useApiMutation('survey.save', {
    onSuccess: (result) => {
      form.reset(valuesOf(year, result));
      onDone(`Spørgeskemaet for ${year} er gemt: ${formatInteger(result.respondents)} besvarelser, svarprocent ${formatPercent(result.responseRate)}.`);
    },
  });
  const remove = useApiMutation('survey.delete', { onSuccess: () => onDone(`Spørgeskemaet for ${year} er slettet.`) });
  const errors = form.formState.errors;
  const listError = errors.questions?.root?.message ?? errors.questions?.message;

  function confirmRemove() {
    if (window.confirm(`Slet spørgeskemaet for ${year}?`)) remove.mutate({ year });
  }

  return (
    <form
      className="form survey-form"
      noValidate
      onSubmit={(e) => {
        onDone(null);
        void submitWith(form, (values) => save.mutateAsync(values))(e);
      }}
    >
      <Alert kind="error">{formMessage(form) ?? (remove.error ? errorMessage(remove.error) : null)}</Alert>
      <div className="survey-form__head">
        <FormText control={form.control} name="invitations" label="Inviterede" required inputMode="numeric" />
        <FormText control={form.control} name="respondents" label="Besvarelser" required inputMode="numeric" hint="Antal, der svarede (n)" />
      </div>
      {questions.fields.map((field, i) => {
        const totalError = errors.questions?.[i]?.counts?.message;
        return (
          <fieldset key={field.id} className="survey-form__question">
            <legend>Spørgsmål {i + 1}</legend>
            <FormText control={form.control} name={`questions.${i}.text`} label={`Spørgsmål ${i + 1}: tekst`} required />
            <div className="survey-form__counts">
              {SURVEY_ANSWER_KEYS.map((k) => (
                <FormText key={k} control={form.control} name={`questions.${i}.counts.${k}`} label={`Spørgsmål ${i + 1}: ${SURVEY_ANSWERS[k]}`} inputMode="numeric" />
              ))}
            </div>
            {totalError ? (
              <p className="field__error" role="alert">
                {totalError}
              </p>
            ) : null}
            {questions.fields.length > 1 ? (
              <button type="button" onClick={() => questions.remove(i)}>
                Fjern spørgsmål {i + 1}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      <button type="button" className="survey-form__add" onClick={() => questions.append({ text: '', counts: emptyCounts() })}>
        Tilføj spørgsmål
      </button>
      <FormTextArea control={form.control} name="note" label="Note (metode, tidspunkt)" />
      {saved ? (
        <>
          <h2 className="survey-form__result-title">Gemte resultater {year}</h2>
          <DataTable caption={`Gemte resultater ${year}`} columns={RESULT_COLUMNS} rows={saved.questions} rowKey={(q) => saved.questions.indexOf(q)} className="table survey-form__result" />
        </>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Gem spørgeskema
        </button>
        {saved ? (
          <button type="button" disabled={remove.isPending} onClick={confirmRemove}>
            Slet
          </button>
        ) : null}
      </div>
    </form>
  );
}
