// Assigning a course (with ranked suggestions and their reasons) and handing over a whole caseload.
import { useState } from 'react';
import type { CaseloadMentor } from '../../../../shared/caseloadTypes';
import { formatInteger } from '../../../../shared/format';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { DateField, SelectField } from '../../components/fields';
import { dateInput, dateText } from '../../lib/formValues';
import { useLoad } from '../../lib/useAsync';
import { useSubmit } from '../../lib/useSubmit';

/** Over capacity needs an explicit tick; the backend asks for it by naming the field. */
function OverCapacityConfirm({ message, checked, onChange }: { message: string | undefined; checked: boolean; onChange: (v: boolean) => void }) {
  if (!message) return null;
  return (
    <div className="confirm-box" role="group" aria-label="Over kapacitet">
      <p className="field__error">{message}</p>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        Bekræft tildeling over kapacitet
      </label>
    </div>
  );
}

export function AssignDialog({ courseId, menteeName, today, onClose, onDone }: { courseId: number; menteeName: string; today: string; onClose: () => void; onDone: (text: string) => void }) {
  const suggestions = useLoad(() => call('caseload.suggest', { courseId }), [courseId]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [fromDate, setFromDate] = useState(dateText(today));
  const [confirm, setConfirm] = useState(false);
  const { errors, general, busy, run, clear } = useSubmit<string>(onDone);
  const list = suggestions.data?.suggestions ?? [];
  const mentorId = chosen ?? list[0]?.mentorId ?? null;

  const submit = () =>
    run(async () => {
      const r = await call('caseload.assign', { courseId, mentorId: mentorId as number, fromDate: dateInput(fromDate) as string, confirmOverCapacity: confirm });
      const name = list.find((s) => s.mentorId === r.mentorId)?.mentorName ?? 'mentoren';
      return `${menteeName} er tildelt ${name}${r.overCapacityConfirmed ? ' (over kapacitet, bekræftet)' : ''}.`;
    });

  return (
    <DialogForm title={`Tildel mentor til ${menteeName}`} onClose={onClose} onSubmit={submit} busy={busy || mentorId === null} submitLabel="Tildel">
      <Alert kind="error">{suggestions.error ?? general ?? errors.courseId ?? null}</Alert>
      <fieldset className="suggestions">
        <legend>Forslag (bedst egnede først)</legend>
        {suggestions.data && !list.length ? <p className="empty">Ingen aktive mentorer at foreslå.</p> : null}
        {list.map((s, i) => (
          <label key={s.mentorId} className={`suggestion${s.overCapacity ? ' suggestion--full' : ''}`}>
            <input
              type="radio"
              name="mentor"
              checked={mentorId === s.mentorId}
              onChange={() => {
                setChosen(s.mentorId);
                setConfirm(false);
                clear();
              }}
            />
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
        {errors.mentorId ? (
          <small className="field__error" role="alert">
            {errors.mentorId}
          </small>
        ) : null}
      </fieldset>
      <DateField label="Fra dato" required value={fromDate} onChange={setFromDate} error={errors.fromDate} />
      <OverCapacityConfirm message={errors.confirmOverCapacity} checked={confirm} onChange={setConfirm} />
    </DialogForm>
  );
}

/** `others`: the mentors the courses can go to (every active mentor but `from`). */
export function HandoverDialog({ from, others, today, onClose, onDone }: { from: CaseloadMentor; others: CaseloadMentor[]; today: string; onClose: () => void; onDone: (text: string) => void }) {
  const [to, setTo] = useState('');
  const [fromDate, setFromDate] = useState(dateText(today));
  const [confirm, setConfirm] = useState(false);
  const { errors, general, busy, run, clear } = useSubmit<string>(onDone);

  const submit = () =>
    run(async () => {
      const r = await call('caseload.handover', { fromMentorId: from.id, toMentorId: to ? Number(to) : (null as never), fromDate: dateInput(fromDate) as string, confirmOverCapacity: confirm });
      const name = others.find((m) => String(m.id) === to)?.name ?? '';
      return `${formatInteger(r.moved)} forløb er overdraget fra ${from.name} til ${name}.`;
    });

  return (
    <DialogForm title={`Overdrag forløb fra ${from.name}`} onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Overdrag">
      <p>
        Alle {formatInteger(from.activeCourses)} aktive forløb flyttes til den valgte mentor. Historikken bevares: hvert forløb viser, hvem der havde det hvornår.
      </p>
      <Alert kind="error">{general ?? errors.fromMentorId ?? null}</Alert>
      <div className="form__grid">
        <SelectField
          label="Til mentor"
          required
          value={to}
          onChange={(v) => {
            setTo(v);
            setConfirm(false);
            clear();
          }}
          placeholder="Vælg mentor"
          options={others.map((m) => ({ value: String(m.id), label: `${m.name} (${formatInteger(m.activeCourses)}/${formatInteger(m.capacity)})` }))}
          error={errors.toMentorId}
        />
        <DateField label="Fra dato" required value={fromDate} onChange={setFromDate} error={errors.fromDate} />
      </div>
      <OverCapacityConfirm message={errors.confirmOverCapacity} checked={confirm} onChange={setConfirm} />
    </DialogForm>
  );
}
