// Assigning a course (with ranked suggestions and their reasons) and handing over a whole caseload.
import { useEffect, useState } from 'react';
import { useController, type ControllerRenderProps } from 'react-hook-form';
import type { CaseloadMentor } from '../../../../shared/caseloadTypes';
import { daysBefore } from '../../../../shared/caseload';
import { formatDate, formatInteger } from '../../../../shared/format';
import { assignInput, handoverInput } from '../../../../shared/schemas/caseload';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { FormDate, FormSelect } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

/**
 * The backend asks for an explicit tick to go over capacity by naming the field. The question stays up
 * while the box is ticked (re-checking the form clears the refusal) and goes when the mentor changes.
 */
function useCapacityQuestion(refusal: string | undefined, mentor: unknown, uncheck: () => void) {
  const [question, setQuestion] = useState<string | null>(null);
  useEffect(() => {
    if (refusal) setQuestion(refusal);
  }, [refusal]);
  useEffect(() => {
    setQuestion(null);
    uncheck();
    // Only a new mentor starts over (uncheck is a new function every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mentor]);
  return question;
}

function OverCapacityConfirm({ field, question }: { field: Pick<ControllerRenderProps, 'value' | 'onChange'>; question: string | null }) {
  if (!question) return null;
  return (
    <div className="confirm-box" role="group" aria-label="Over kapacitet">
      <p className="field__error">{question}</p>
      <label className="check">
        <input type="checkbox" checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
        Bekræft tildeling over kapacitet
      </label>
    </div>
  );
}

export function AssignDialog({ courseId, menteeName, today, onClose, onDone }: { courseId: number; menteeName: string; today: string; onClose: () => void; onDone: (text: string) => void }) {
  const suggestions = useApiQuery('caseload.suggest', { courseId });
  const form = useApiForm(assignInput, { courseId, mentorId: undefined, fromDate: today, confirmOverCapacity: false });
  const assign = useApiMutation('caseload.assign');
  const list = suggestions.data?.suggestions ?? [];
  const mentor = useController({ control: form.control, name: 'mentorId' });
  const confirm = useController({ control: form.control, name: 'confirmOverCapacity' });
  const question = useCapacityQuestion(confirm.fieldState.error?.message, mentor.field.value, () => confirm.field.onChange(false));

  // The best suggestion is chosen to begin with (not a change the coordinator made).
  const best = list[0]?.mentorId;
  useEffect(() => {
    if (best !== undefined && form.getValues('mentorId') === undefined) form.resetField('mentorId', { defaultValue: best });
  }, [best, form]);

  const submit = submitWith(form, async (values) => {
    const r = await assign.mutateAsync(values);
    const name = list.find((s) => s.mentorId === r.mentorId)?.mentorName ?? 'mentoren';
    onDone(`${menteeName} er tildelt ${name}${r.overCapacityConfirmed ? ' (over kapacitet, bekræftet)' : ''}.`);
  });
  const failed = suggestions.error ? errorMessage(suggestions.error) : (formMessage(form) ?? form.formState.errors.courseId?.message ?? null);

  return (
    <DialogForm
      title={`Tildel mentor til ${menteeName}`}
      onClose={onClose}
      onSubmit={submit}
      busy={assign.isPending || mentor.field.value === undefined}
      submitLabel="Tildel"
      dirty={form.formState.isDirty}
    >
      <Alert kind="error">{failed}</Alert>
      <fieldset className="suggestions">
        <legend>Forslag (bedst egnede først)</legend>
        {suggestions.data && !list.length ? <p className="empty">Ingen aktive mentorer at foreslå.</p> : null}
        {list.map((s, i) => (
          <label key={s.mentorId} className={`suggestion${s.overCapacity ? ' suggestion--full' : ''}`}>
            {/* The suggestions may arrive after the dialog opened: focus moves to the best one then. */}
            <input type="radio" name="mentor" autoFocus={i === 0} checked={mentor.field.value === s.mentorId} onChange={() => mentor.field.onChange(s.mentorId)} />
            <span>
              <strong>{s.mentorName}</strong>
              {i === 0 ? <span className="tag tag--ok">Forslag</span> : null}
              <ul className="reasons">
                {s.reasons.map((r) => (
                  <li key={r.text} className={`reason reason--${r.kind}`}>
                    {r.text}
                  </li>
                ))}
              </ul>
            </span>
          </label>
        ))}
        {mentor.fieldState.error ? (
          <small className="field__error" role="alert">
            {mentor.fieldState.error.message}
          </small>
        ) : null}
      </fieldset>
      <FormDate control={form.control} name="fromDate" label="Fra dato" required />
      <OverCapacityConfirm field={confirm.field} question={question} />
    </DialogForm>
  );
}

/** `others`: the mentors the courses can go to (every active mentor but `from`). */
export function HandoverDialog({ from, others, today, onClose, onDone }: { from: CaseloadMentor; others: CaseloadMentor[]; today: string; onClose: () => void; onDone: (text: string) => void }) {
  // A bulk handover usually means the mentor leaves: ended by default, the day before the handover, so they are no longer suggested.
  const form = useApiForm(handoverInput, { fromMentorId: from.id, toMentorId: undefined, fromDate: today, confirmOverCapacity: false, fromMentorActiveTo: daysBefore(today, 1) });
  const [deactivate, setDeactivate] = useState(true);
  const handover = useApiMutation('caseload.handover');
  const confirm = useController({ control: form.control, name: 'confirmOverCapacity' });
  const question = useCapacityQuestion(confirm.fieldState.error?.message, form.watch('toMentorId'), () => confirm.field.onChange(false));

  const submit = submitWith(form, async (values) => {
    const r = await handover.mutateAsync(deactivate ? values : { ...values, fromMentorActiveTo: null });
    const name = others.find((m) => m.id === values.toMentorId)?.name ?? '';
    const ended = deactivate && values.fromMentorActiveTo ? ` ${from.name} er aktiv til ${formatDate(values.fromMentorActiveTo)}.` : '';
    onDone(`${formatInteger(r.moved)} forløb er overdraget fra ${from.name} til ${name}.${ended}`);
  });

  return (
    <DialogForm
      title={`Overdrag forløb fra ${from.name}`}
      onClose={onClose}
      onSubmit={submit}
      busy={handover.isPending}
      submitLabel="Overdrag"
      dirty={form.formState.isDirty}
    >
      <p>
        Alle {formatInteger(from.activeCourses)} aktive forløb flyttes til den valgte mentor. Historikken bevares: hvert forløb viser, hvem der havde det hvornår.
      </p>
      <Alert kind="error">{formMessage(form) ?? form.formState.errors.fromMentorId?.message ?? null}</Alert>
      <div className="form__grid">
        <FormSelect
          control={form.control}
          name="toMentorId"
          label="Til mentor"
          required
          placeholder="Vælg mentor"
          options={others.map((m) => ({ value: m.id, label: `${m.name} (${formatInteger(m.activeCourses)}/${formatInteger(m.capacity)})` }))}
        />
        <FormDate control={form.control} name="fromDate" label="Fra dato" required />
      </div>
      <fieldset className="form__section">
        <legend>Fratræden</legend>
        <label className="check">
          <input type="checkbox" checked={deactivate} onChange={(e) => setDeactivate(e.target.checked)} />
          Sæt {from.name} som inaktiv mentor (foreslås ikke længere)
        </label>
        {deactivate ? <FormDate control={form.control} name="fromMentorActiveTo" label="Aktiv til og med" required /> : null}
      </fieldset>
      <OverCapacityConfirm field={confirm.field} question={question} />
    </DialogForm>
  );
}
