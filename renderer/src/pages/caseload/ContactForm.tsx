// Registering a contact. The common case (an individual talk on the course you are looking at,
// today, by its mentor) needs nothing but Enter: date, type, mentor and duration are prefilled.
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { CONTACT_TYPES, isClassSession, type ContactType } from '../../../../shared/caseload';
import type { ContactRow, Theme } from '../../../../shared/caseloadTypes';
import { contactForm, contactInputOf } from '../../../../shared/schemas/caseload';
import type { Mentor } from '../../../../shared/types';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DialogForm } from '../../components/DialogForm';
import { FormCheckboxes, FormDate, FormSelect, FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm, type SchemaForm } from '../../lib/useApiForm';
import { useDebounced } from '../../lib/useDebounced';
import { optionsOf, themeOptions } from './labels';

const DEFAULT_MINUTES: Record<ContactType, number> = { afklarende: 60, individuel: 45, gruppe: 90, klasse: 60, ledsagelse: 120, netvaerk: 60, telefon: 10, forsoeg: 5 };

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
  onClose: () => void;
}

type ContactFormApi = SchemaForm<typeof contactForm>;

/** The new/edit contact dialog. The date comes first: the dialog starts there, and Enter in it saves. */
export function ContactDialog({ contact, participants, defaultType = 'individuel', defaultMentorId, defaultThemeIds = [], mentors, themes, today, onSaved, onClose }: Props) {
  const type0 = contact?.type ?? defaultType;
  const form = useApiForm(contactForm, {
    date: contact?.date ?? today,
    type: type0,
    mentorId: contact?.mentorId ?? defaultMentorId ?? undefined,
    durationMinutes: contact?.durationMinutes ?? DEFAULT_MINUTES[type0],
    school: contact?.school ?? '',
    className: contact?.className ?? '',
    headCount: contact?.headCount ?? null,
    courseIds: contact ? contact.participants : participants,
    themeIds: contact?.themeIds ?? defaultThemeIds,
  });
  const create = useApiMutation('contacts.create', { onSuccess: onSaved });
  const update = useApiMutation('contacts.update', { onSuccess: onSaved });
  const type = useWatch({ control: form.control, name: 'type' });
  useMinutesFollowType(form, type);
  const classSession = isClassSession(type);

  return (
    <DialogForm
      title={contact ? 'Rediger samtale' : 'Ny samtale'}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => {
        const data = contactInputOf(values);
        return contact ? update.mutateAsync({ id: contact.id, data }) : create.mutateAsync(data);
      })}
      busy={create.isPending || update.isPending}
      submitLabel={contact ? 'Gem ændringer' : 'Gem samtale'}
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <div className="form__grid">
        <FormDate control={form.control} name="date" label="Dato" required />
        <FormSelect control={form.control} name="type" label="Type" required options={optionsOf(CONTACT_TYPES)} />
        <FormSelect control={form.control} name="mentorId" label="Mentor" required placeholder="Vælg mentor" options={mentors.map((m) => ({ value: m.id, label: m.name }))} />
        <FormText control={form.control} name="durationMinutes" label="Varighed (minutter)" required inputMode="numeric" />
        {classSession ? (
          <>
            <FormText control={form.control} name="school" label="Skole" required />
            <FormText control={form.control} name="className" label="Klasse" />
            <FormText control={form.control} name="headCount" label="Antal deltagere" required inputMode="numeric" hint="Kun antal, ingen navne" />
          </>
        ) : null}
      </div>
      {classSession ? null : <ParticipantPicker form={form} many={type === 'gruppe'} />}
      <FormCheckboxes control={form.control} name="themeIds" label="Temaer berørt" options={themeOptions(themes, contact?.themeIds ?? defaultThemeIds)} />
    </DialogForm>
  );
}

/** A new type brings its usual duration, unless the coordinator already typed one of their own. */
function useMinutesFollowType(form: ContactFormApi, type: ContactType) {
  const previous = useRef(type);
  useEffect(() => {
    if (previous.current === type) return;
    if (String(form.getValues('durationMinutes')) === String(DEFAULT_MINUTES[previous.current])) form.setValue('durationMinutes', DEFAULT_MINUTES[type], { shouldDirty: true });
    previous.current = type;
  }, [form, type]);
}

/** Mentees with an active course, found by name; a group conversation takes several. */
function ParticipantPicker({ form, many }: { form: ContactFormApi; many: boolean }) {
  const { fields, append, remove, replace } = useFieldArray({ control: form.control, name: 'courseIds' });
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const found = useApiQuery('courses.list', { status: 'aktiv', search: query, limit: 8 }, { enabled: query.length >= 2 });
  const chosen = new Set(fields.map((p) => p.courseId));
  // The list's own rule ("mindst én deltager") or the backend's refusal of a course.
  const fieldError = form.formState.errors.courseIds;
  const error = fieldError?.root?.message ?? fieldError?.message;
  return (
    <fieldset className={`participants${error ? ' field--error' : ''}`}>
      <legend>{many ? 'Deltagere' : 'Forløb'}</legend>
      <ul className="chips" aria-label="Valgte deltagere">
        {fields.map((p, i) => (
          <li key={p.id} className="chip">
            {p.menteeName}
            <button type="button" className="icon" aria-label={`Fjern ${p.menteeName}`} onClick={() => remove(i)}>
              ×
            </button>
          </li>
        ))}
        {fields.length === 0 ? <li className="muted">Ingen valgt endnu.</li> : null}
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
                    if (many) append(p);
                    else replace([p]);
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
