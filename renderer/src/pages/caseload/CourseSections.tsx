// The smaller parts of a course: goals with status, referrals to other offers, payer periods, mentor history.
// Each write invalidates the course's read, so the lists show the saved state without a reload.
import type { ReactNode } from 'react';
import { ASSIGNMENT_KINDS, GOAL_STATUSES, GOAL_STATUS_KEYS, OFFERS, PAYERS } from '../../../../shared/caseload';
import type { CourseDetail } from '../../../../shared/caseloadTypes';
import { formatDate } from '../../../../shared/format';
import { goalFields, payerPeriodFields, referralFields } from '../../../../shared/schemas/caseload';
import type { Municipality } from '../../../../shared/types';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { InlineForm } from '../../components/DialogForm';
import { FormDate, FormSelect, FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { optionsOf } from './labels';

/** One line of a course's list with its own delete button. */
function DeletableItem({ deleteLabel, onDelete, children }: { deleteLabel: string; onDelete: () => void; children: ReactNode }) {
  return (
    <li className="item-row">
      <span>{children}</span>
      <button type="button" aria-label={deleteLabel} onClick={onDelete}>
        Slet
      </button>
    </li>
  );
}

/** The refusal shown above a section: a failed change or delete first, then the add form's message or one on the course. */
function firstError(failed: ReadonlyArray<Error | null>, ...messages: Array<string | null | undefined>): string | null {
  const error = failed.find((e) => e !== null);
  return error ? errorMessage(error) : (messages.find((m) => m) ?? null);
}

export function GoalsSection({ course }: { course: CourseDetail }) {
  const update = useApiMutation('goals.update');
  const remove = useApiMutation('goals.delete');
  const form = useApiForm(goalFields, { courseId: course.id, text: '' });
  const create = useApiMutation('goals.create', { onSuccess: () => form.reset({ courseId: course.id, text: '' }) });
  const open = course.status !== 'afsluttet';
  return (
    <section className="panel" aria-labelledby="goals-h">
      <h2 id="goals-h">Mål</h2>
      <Alert kind="error">{firstError([update.error, remove.error], formMessage(form), form.formState.errors.courseId?.message)}</Alert>
      {course.goals.length === 0 ? <p className="empty">Ingen mål endnu.</p> : null}
      <ul className="plain">
        {course.goals.map((g) => (
          <li key={g.id} className="item-row">
            <span>{g.text}</span>
            {open ? (
              <>
                <select
                  aria-label={`Status for ${g.text}`}
                  value={g.status}
                  onChange={(e) => update.mutate({ id: g.id, text: g.text, status: GOAL_STATUS_KEYS.find((k) => k === e.target.value) ?? g.status })}
                >
                  {optionsOf(GOAL_STATUSES).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                <button type="button" aria-label={`Slet målet ${g.text}`} onClick={() => remove.mutate({ id: g.id })}>
                  Slet
                </button>
              </>
            ) : (
              // A closed course's goals are history: shown, not changed.
              <span className="muted">{GOAL_STATUSES[g.status]}</span>
            )}
          </li>
        ))}
      </ul>
      {open ? (
        <InlineForm busy={create.isPending} submitLabel="Tilføj mål" onSubmit={submitWith(form, (values) => create.mutateAsync(values))}>
          <FormText control={form.control} name="text" label="Nyt mål" />
        </InlineForm>
      ) : null}
    </section>
  );
}

export function ReferralsSection({ course, municipalities, today }: { course: CourseDetail; municipalities: Municipality[]; today: string }) {
  const form = useApiForm(referralFields, { courseId: course.id, offer: undefined, municipalityId: course.mentee.homeMunicipalityId, referredOn: today });
  const create = useApiMutation('referrals.create');
  const remove = useApiMutation('referrals.delete');
  return (
    <section className="panel" aria-labelledby="referrals-h">
      <h2 id="referrals-h">Henvisning til andre tilbud</h2>
      <Alert kind="error">{firstError([remove.error], formMessage(form), form.formState.errors.courseId?.message)}</Alert>
      {course.referrals.length === 0 ? <p className="empty">Ingen henvisninger.</p> : null}
      <ul className="plain">
        {course.referrals.map((r) => (
          <DeletableItem key={r.id} deleteLabel={`Slet henvisningen til ${OFFERS[r.offer]}`} onDelete={() => remove.mutate({ id: r.id })}>
            {OFFERS[r.offer]} i {r.municipalityName}, {formatDate(r.referredOn)}
          </DeletableItem>
        ))}
      </ul>
      <InlineForm busy={create.isPending} submitLabel="Tilføj henvisning" onSubmit={submitWith(form, (values) => create.mutateAsync(values))}>
        <FormSelect control={form.control} name="offer" label="Tilbud" placeholder="Vælg tilbud" options={optionsOf(OFFERS)} />
        <FormSelect control={form.control} name="municipalityId" label="Kommunens tilbud" options={municipalities.map((m) => ({ value: m.id, label: m.name }))} />
        <FormDate control={form.control} name="referredOn" label="Henvist den" />
      </InlineForm>
    </section>
  );
}

export function PayersSection({ course }: { course: CourseDetail }) {
  const form = useApiForm(payerPeriodFields, { courseId: course.id, payer: undefined, fromDate: '', toDate: '' });
  // The payer stays chosen for the next period; the dates start over.
  const create = useApiMutation('payerPeriods.create', { onSuccess: (p) => form.reset({ courseId: course.id, payer: p.payer, fromDate: '', toDate: '' }) });
  const remove = useApiMutation('payerPeriods.delete');
  return (
    <section className="panel" aria-labelledby="payers-h">
      <h2 id="payers-h">Betaler</h2>
      <Alert kind="error">{firstError([remove.error], formMessage(form), form.formState.errors.courseId?.message)}</Alert>
      {course.payerPeriods.length === 0 ? <p className="empty">Ingen betalerperioder.</p> : null}
      <ul className="plain">
        {course.payerPeriods.map((p) => (
          <DeletableItem key={p.id} deleteLabel={`Slet betalerperioden fra ${formatDate(p.fromDate)}`} onDelete={() => remove.mutate({ id: p.id })}>
            {PAYERS[p.payer]}: {formatDate(p.fromDate)} – {p.toDate ? formatDate(p.toDate) : 'fortsat'}
          </DeletableItem>
        ))}
      </ul>
      <InlineForm busy={create.isPending} submitLabel="Tilføj periode" onSubmit={submitWith(form, (values) => create.mutateAsync(values))}>
        <FormSelect control={form.control} name="payer" label="Betaler" placeholder="Vælg betaler" options={optionsOf(PAYERS)} />
        <FormDate control={form.control} name="fromDate" label="Betaler fra" />
        <FormDate control={form.control} name="toDate" label="Betaler til" hint="Tom: fortsat" />
      </InlineForm>
    </section>
  );
}

export function HistorySection({ course }: { course: CourseDetail }) {
  return (
    <section className="panel" aria-labelledby="history-h">
      <h2 id="history-h">Mentorhistorik</h2>
      {course.assignments.length === 0 ? <p className="empty">Forløbet står på ventelisten og har ikke haft en mentor.</p> : null}
      <ol className="plain">
        {course.assignments.map((a) => (
          <li key={a.id}>
            {a.mentorName}: {formatDate(a.fromDate)} – {a.toDate ? formatDate(a.toDate) : 'nu'} <span className="muted">({ASSIGNMENT_KINDS[a.kind]}{a.overCapacityConfirmed ? ', over kapacitet – bekræftet' : ''})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
