// Registering a contact. The common case (an individual talk on the course you are looking at,
// today, by its mentor) needs nothing but Enter: type, date, mentor and duration are prefilled.
import { useEffect, useRef, useState } from 'react';
import { CONTACT_TYPES, isClassSession, type ContactType } from '../../../../shared/caseload';
import type { ContactInput } from '../../../../shared/api/caseload';
import type { ContactRow, Theme } from '../../../../shared/caseloadTypes';
import type { Mentor } from '../../../../shared/types';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FormActions } from '../../components/DialogForm';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { DateField, SelectField, TextField } from '../../components/fields';
import { dateInput, dateText, numberInput, numberText } from '../../lib/formValues';
import { useLoad } from '../../lib/useAsync';
import { useDebounced } from '../../lib/useDebounced';
import { useSubmit } from '../../lib/useSubmit';
import { optionsOf, themeOptions } from './labels';

const DEFAULT_MINUTES: Record<ContactType, number> = { afklarende: 60, individuel: 45, gruppe: 90, klasse: 60, ledsagelse: 120, netvaerk: 60, telefon: 10 };

export interface Participant {
  courseId: number;
  menteeName: string;
}

interface Props {
  contact: ContactRow | null;
  participants: Participant[];
  defaultType?: ContactType;
  defaultMentorId: number | null;
  /** A new contact on a course starts with the course's themes ticked. */
  defaultThemeIds?: number[];
  mentors: Mentor[];
  themes: Theme[];
  today: string;
  onSaved: (c: ContactRow) => void;
  onCancel: () => void;
}

export function ContactForm({ contact, participants: initial, defaultType = 'individuel', defaultMentorId, defaultThemeIds = [], mentors, themes, today, onSaved, onCancel }: Props) {
  const [type, setType] = useState<ContactType>(contact?.type ?? defaultType);
  const [date, setDate] = useState(dateText(contact?.date ?? today));
  const [mentorId, setMentorId] = useState(String(contact?.mentorId ?? defaultMentorId ?? ''));
  const [minutes, setMinutes] = useState(numberText(contact?.durationMinutes ?? DEFAULT_MINUTES[contact?.type ?? defaultType]));
  const [participants, setParticipants] = useState<Participant[]>(contact ? contact.participants : initial);
  const [themeIds, setThemeIds] = useState<number[]>(contact?.themeIds ?? defaultThemeIds);
  const [school, setSchool] = useState(contact?.school ?? '');
  const [className, setClassName] = useState(contact?.className ?? '');
  const [headCount, setHeadCount] = useState(numberText(contact?.headCount));
  // Field errors of an update come as "data.x"; fieldErrors already strips that prefix.
  const { errors, message, general, busy, run } = useSubmit(onSaved);
  const classSession = isClassSession(type);
  const formRef = useRef<HTMLFormElement>(null);
  // Start in the date field (Enter submits from a text field, not from a select), after the dialog placed its own focus.
  useEffect(() => {
    const t = setTimeout(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), 0);
    return () => clearTimeout(t);
  }, []);

  function changeType(next: ContactType) {
    if (numberInput(minutes) === DEFAULT_MINUTES[type]) setMinutes(String(DEFAULT_MINUTES[next]));
    setType(next);
  }

  function submit() {
    const data = {
      type,
      date: dateInput(date),
      mentorId: mentorId ? Number(mentorId) : null,
      durationMinutes: numberInput(minutes),
      courseIds: classSession ? [] : participants.map((p) => p.courseId),
      themeIds,
      school: classSession ? school : null,
      className: classSession ? className : null,
      headCount: classSession ? numberInput(headCount) : null,
    } as unknown as ContactInput;
    return run(() => (contact ? call('contacts.update', { id: contact.id, data }) : call('contacts.create', data)));
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Alert kind="error">{general ?? (message ? 'Samtalen blev ikke gemt. Ret de markerede felter.' : null)}</Alert>
      <div className="form__grid">
        <SelectField label="Type" required value={type} onChange={(v) => changeType(v as ContactType)} options={optionsOf(CONTACT_TYPES)} error={errors.type} />
        <DateField label="Dato" required value={date} onChange={setDate} error={errors.date} />
        <SelectField
          label="Mentor"
          required
          value={mentorId}
          onChange={setMentorId}
          placeholder="Vælg mentor"
          options={mentors.map((m) => ({ value: String(m.id), label: m.name }))}
          error={errors.mentorId}
        />
        <TextField label="Varighed (minutter)" required inputMode="numeric" value={minutes} onChange={setMinutes} error={errors.durationMinutes} />
        {classSession ? (
          <>
            <TextField label="Skole" required value={school} onChange={setSchool} error={errors.school} />
            <TextField label="Klasse" value={className} onChange={setClassName} error={errors.className} />
            <TextField label="Antal deltagere" required inputMode="numeric" value={headCount} onChange={setHeadCount} error={errors.headCount} hint="Kun antal, ingen navne" />
          </>
        ) : null}
      </div>
      {classSession ? null : <ParticipantPicker value={participants} onChange={setParticipants} many={type === 'gruppe'} error={errors.courseIds} />}
      <CheckboxGroup legend="Temaer berørt" options={themeOptions(themes, themeIds)} value={themeIds} onChange={setThemeIds} error={errors.themeIds} />
      <FormActions busy={busy} label={contact ? 'Gem ændringer' : 'Gem samtale'} onCancel={onCancel} />
    </form>
  );
}

/** Mentees with an active course, found by name; a group conversation takes several. */
function ParticipantPicker({ value, onChange, many, error }: { value: Participant[]; onChange: (v: Participant[]) => void; many: boolean; error?: string }) {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const found = useLoad(() => (query.length >= 2 ? call('courses.list', { status: 'aktiv', search: query, limit: 8 }) : Promise.resolve(null)), [query]);
  const chosen = new Set(value.map((p) => p.courseId));
  return (
    <fieldset className={`participants${error ? ' field--error' : ''}`}>
      <legend>{many ? 'Deltagere' : 'Forløb'}</legend>
      <ul className="chips" aria-label="Valgte deltagere">
        {value.map((p) => (
          <li key={p.courseId} className="chip">
            {p.menteeName}
            <button type="button" className="icon" aria-label={`Fjern ${p.menteeName}`} onClick={() => onChange(value.filter((x) => x.courseId !== p.courseId))}>
              ×
            </button>
          </li>
        ))}
        {value.length === 0 ? <li className="muted">Ingen valgt endnu.</li> : null}
      </ul>
      <label className="search">
        <span>Find elev med aktivt forløb</span>
        <input type="search" value={search} placeholder="Mindst to bogstaver" onChange={(e) => setSearch(e.target.value)} />
      </label>
      {/* Hidden at once when the box is emptied (a pick clears it), not a pause later. */}
      {found.data && search.trim().length >= 2 ? (
        <ul className="picker">
          {found.data.rows
            .filter((r) => !chosen.has(r.id))
            .map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  onClick={() => {
                    const p = { courseId: r.id, menteeName: r.menteeName };
                    onChange(many ? [...value, p] : [p]);
                    setSearch('');
                  }}
                >
                  Tilføj {r.menteeName}
                </button>{' '}
                <span className="muted">
                  {r.homeMunicipalityName} · {r.mentorName}
                </span>
              </li>
            ))}
          {found.data.rows.length === 0 ? <li className="muted">Ingen aktive forløb matcher.</li> : null}
        </ul>
      ) : null}
      {error ? (
        <small className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </fieldset>
  );
}
