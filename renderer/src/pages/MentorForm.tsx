// The mentor dialog (new or edit): a form over the shared mentor schema, so every field and cross-field
// error shows at the first submit; a refusal the backend alone can make lands on its field.
import { useState } from 'react';
import { useController, type Control, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { PROFESSIONS, PROFESSION_KEYS } from '../../../shared/reference';
import { mentorFields } from '../../../shared/schemas/roster';
import type { Mentor, Municipality } from '../../../shared/types';
import { useApiMutation } from '../api/queries';
import { DialogForm } from '../components/DialogForm';
import { TextAreaField } from '../components/fields';
import { FormDate, FormSelect, FormText } from '../components/formFields';
import { formMessage, submitWith, useApiForm } from '../lib/useApiForm';

type MentorValues = z.input<typeof mentorFields>;

interface Props {
  mentor: Mentor | null;
  municipalities: Municipality[];
  today: string;
  onSaved: (m: Mentor) => void;
  onClose: () => void;
}

const PROFESSION_OPTIONS = PROFESSION_KEYS.map((k) => ({ value: k, label: PROFESSIONS[k] }));

/** A new mentor starts with a full-time week and no profession or employer chosen. */
function defaults(mentor: Mentor | null, today: string): DefaultValues<MentorValues> {
  if (!mentor) return { name: '', hoursPerWeek: 37, capacity: 20, activeFrom: today, activeTo: null, schools: [], email: null, phone: null };
  const { name, profession, employerMunicipalityId, hoursPerWeek, capacity, activeFrom, activeTo, schools, email, phone } = mentor;
  return { name, profession, employerMunicipalityId, hoursPerWeek, capacity, activeFrom, activeTo, schools, email, phone };
}

export function MentorForm({ mentor, municipalities, today, onSaved, onClose }: Props) {
  const form = useApiForm(mentorFields, defaults(mentor, today));
  const create = useApiMutation('mentors.create', { onSuccess: onSaved });
  const update = useApiMutation('mentors.update', { onSuccess: onSaved });
  const { control } = form;

  return (
    <DialogForm
      title={mentor ? `Rediger ${mentor.name}` : 'Ny mentor'}
      onClose={onClose}
      onSubmit={submitWith(form, (data) => (mentor ? update.mutateAsync({ id: mentor.id, data }) : create.mutateAsync(data)))}
      busy={form.formState.isSubmitting}
      submitLabel={mentor ? 'Gem ændringer' : 'Opret mentor'}
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <div className="form__grid">
        <FormText control={control} name="name" label="Navn" required />
        <FormSelect control={control} name="profession" label="Faggruppe" required placeholder="Vælg faggruppe" options={PROFESSION_OPTIONS} />
        <FormSelect
          control={control}
          name="employerMunicipalityId"
          label="Ansættende kommune"
          required
          placeholder="Vælg kommune"
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        />
        <FormText control={control} name="hoursPerWeek" label="Timer pr. uge" required inputMode="decimal" />
        <FormText control={control} name="capacity" label="Kapacitet (antal mentees)" required inputMode="numeric" />
        <FormDate control={control} name="activeFrom" label="Aktiv fra" required />
        <FormDate control={control} name="activeTo" label="Aktiv til" hint="Tom, hvis mentoren fortsat er aktiv" />
        <FormText control={control} name="email" label="E-mail" type="email" />
        <FormText control={control} name="phone" label="Telefon" type="tel" />
        <SchoolLines control={control} />
      </div>
    </DialogForm>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The schools as one line each. The form's value is the API's list; the box keeps the text as typed,
 * so a new empty line survives until the next school is written on it.
 */
function SchoolLines({ control }: { control: Control<MentorValues> }) {
  const { field, fieldState } = useController({ control, name: 'schools' });
  const [text, setText] = useState(() => (field.value ?? []).join('\n'));
  // The list's own error ("Højst 30 skoler.") or the first school's ("Skole må højst være 100 tegn.").
  const error = fieldState.error?.message ?? (Array.isArray(fieldState.error) ? fieldState.error.find(Boolean)?.message : undefined);
  return (
    <TextAreaField
      label="Skoler, hvor mentoren er synlig"
      hint="Én skole pr. linje"
      value={text}
      onChange={(t) => {
        setText(t);
        field.onChange(lines(t));
      }}
      error={error}
    />
  );
}
