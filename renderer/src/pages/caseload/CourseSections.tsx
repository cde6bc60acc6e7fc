// The smaller parts of a course: goals with status, referrals to other offers, payer periods, mentor history.
import { useState, type ReactNode } from 'react';
import { ASSIGNMENT_KINDS, GOAL_STATUSES, OFFERS, PAYERS, type GoalStatus } from '../../../../shared/caseload';
import type { CourseDetail } from '../../../../shared/caseloadTypes';
import { formatDate } from '../../../../shared/format';
import type { Municipality } from '../../../../shared/types';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { InlineForm } from '../../components/DialogForm';
import { DateField, SelectField, TextField } from '../../components/fields';
import { dateInput, dateText } from '../../lib/formValues';
import { useSubmit } from '../../lib/useSubmit';
import { optionsOf } from './labels';

interface SectionProps {
  course: CourseDetail;
  onChanged: () => void;
}

/** One line of a course's list with its own delete button. */
function DeletableItem({ deleteLabel, onDelete, children }: { deleteLabel: string; onDelete: () => Promise<void>; children: ReactNode }) {
  return (
    <li className="item-row">
      <span>{children}</span>
      <button type="button" aria-label={deleteLabel} onClick={() => void onDelete()}>
        Slet
      </button>
    </li>
  );
}

export function GoalsSection({ course, onChanged }: SectionProps) {
  const [text, setText] = useState('');
  const { errors, general, busy, run } = useSubmit(onChanged);
  const open = course.status !== 'afsluttet';
  return (
    <section className="panel" aria-labelledby="goals-h">
      <h2 id="goals-h">Mål</h2>
      <Alert kind="error">{general ?? errors.id ?? errors.courseId ?? null}</Alert>
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
                  onChange={(e) => void run(() => call('goals.update', { id: g.id, text: g.text, status: e.target.value as GoalStatus }))}
                >
                  {optionsOf(GOAL_STATUSES).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
                <button type="button" aria-label={`Slet målet ${g.text}`} onClick={() => void run(() => call('goals.delete', { id: g.id }))}>
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
        <InlineForm
          busy={busy}
          submitLabel="Tilføj mål"
          onSubmit={() =>
            run(
              () => call('goals.create', { courseId: course.id, text }),
              () => {
                setText('');
                onChanged();
              },
            )
          }
        >
          <TextField label="Nyt mål" value={text} onChange={setText} error={errors.text} />
        </InlineForm>
      ) : null}
    </section>
  );
}

export function ReferralsSection({ course, municipalities, today, onChanged }: SectionProps & { municipalities: Municipality[]; today: string }) {
  const [offer, setOffer] = useState('');
  const [municipalityId, setMunicipalityId] = useState(String(course.mentee.homeMunicipalityId));
  const [referredOn, setReferredOn] = useState(dateText(today));
  const { errors, general, busy, run } = useSubmit(onChanged);
  return (
    <section className="panel" aria-labelledby="referrals-h">
      <h2 id="referrals-h">Henvisning til andre tilbud</h2>
      <Alert kind="error">{general ?? errors.courseId ?? null}</Alert>
      {course.referrals.length === 0 ? <p className="empty">Ingen henvisninger.</p> : null}
      <ul className="plain">
        {course.referrals.map((r) => (
          <DeletableItem key={r.id} deleteLabel={`Slet henvisningen til ${OFFERS[r.offer]}`} onDelete={() => run(() => call('referrals.delete', { id: r.id }))}>
            {OFFERS[r.offer]} i {r.municipalityName}, {formatDate(r.referredOn)}
          </DeletableItem>
        ))}
      </ul>
      <InlineForm
        busy={busy}
        submitLabel="Tilføj henvisning"
        onSubmit={() =>
          run(() => call('referrals.create', { courseId: course.id, offer: (offer || undefined) as never, municipalityId: Number(municipalityId), referredOn: dateInput(referredOn) as string }))
        }
      >
        <SelectField label="Tilbud" value={offer} onChange={setOffer} placeholder="Vælg tilbud" options={optionsOf(OFFERS)} error={errors.offer} />
        <SelectField
          label="Kommunens tilbud"
          value={municipalityId}
          onChange={setMunicipalityId}
          options={municipalities.map((m) => ({ value: String(m.id), label: m.name }))}
          error={errors.municipalityId}
        />
        <DateField label="Henvist den" value={referredOn} onChange={setReferredOn} error={errors.referredOn} />
      </InlineForm>
    </section>
  );
}

export function PayersSection({ course, onChanged }: SectionProps) {
  const [payer, setPayer] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const { errors, general, busy, run } = useSubmit(onChanged);
  return (
    <section className="panel" aria-labelledby="payers-h">
      <h2 id="payers-h">Betaler</h2>
      <Alert kind="error">{general ?? errors.courseId ?? null}</Alert>
      {course.payerPeriods.length === 0 ? <p className="empty">Ingen betalerperioder.</p> : null}
      <ul className="plain">
        {course.payerPeriods.map((p) => (
          <DeletableItem key={p.id} deleteLabel={`Slet betalerperioden fra ${formatDate(p.fromDate)}`} onDelete={() => run(() => call('payerPeriods.delete', { id: p.id }))}>
            {PAYERS[p.payer]}: {formatDate(p.fromDate)} – {p.toDate ? formatDate(p.toDate) : 'fortsat'}
          </DeletableItem>
        ))}
      </ul>
      <InlineForm
        busy={busy}
        submitLabel="Tilføj periode"
        onSubmit={() =>
          run(
            () => call('payerPeriods.create', { courseId: course.id, payer: (payer || undefined) as never, fromDate: dateInput(fromDate) as string, toDate: dateInput(toDate) }),
            () => {
              setFromDate('');
              setToDate('');
              onChanged();
            },
          )
        }
      >
        <SelectField label="Betaler" value={payer} onChange={setPayer} placeholder="Vælg betaler" options={optionsOf(PAYERS)} error={errors.payer} />
        <DateField label="Betaler fra" value={fromDate} onChange={setFromDate} error={errors.fromDate} />
        <DateField label="Betaler til" value={toDate} onChange={setToDate} error={errors.toDate} hint="Tom: fortsat" />
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
