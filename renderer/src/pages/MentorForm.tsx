import { useState } from 'react';
import type { MethodInput } from '../../../shared/api/index';
import { PROFESSIONS, PROFESSION_KEYS } from '../../../shared/reference';
import type { Mentor, Municipality } from '../../../shared/types';
import { call } from '../api/client';
import { DateField, SelectField, TextAreaField, TextField } from '../components/fields';
import { dateInput, dateText, numberInput, numberText } from '../lib/formValues';
import { Alert } from '../components/Alert';
import { FormActions } from '../components/DialogForm';
import { useSubmit } from '../lib/useSubmit';

type MentorInput = MethodInput<'mentors.create'>;

interface Props {
  mentor: Mentor | null;
  municipalities: Municipality[];
  today: string;
  onSaved: (m: Mentor) => void;
  onCancel: () => void;
}

export function MentorForm({ mentor, municipalities, today, onSaved, onCancel }: Props) {
  const [name, setName] = useState(mentor?.name ?? '');
  const [profession, setProfession] = useState<string>(mentor?.profession ?? '');
  const [employer, setEmployer] = useState(mentor ? String(mentor.employerMunicipalityId) : '');
  const [hours, setHours] = useState(numberText(mentor?.hoursPerWeek ?? 37));
  const [capacity, setCapacity] = useState(numberText(mentor?.capacity ?? 20));
  const [activeFrom, setActiveFrom] = useState(dateText(mentor?.activeFrom ?? today));
  const [activeTo, setActiveTo] = useState(dateText(mentor?.activeTo));
  const [schools, setSchools] = useState((mentor?.schools ?? []).join('\n'));
  const [email, setEmail] = useState(mentor?.email ?? '');
  const [phone, setPhone] = useState(mentor?.phone ?? '');
  const { errors, message, busy, run } = useSubmit(onSaved);

  async function submit() {
    // Values the schema will reject are sent as typed, so the backend names the field.
    const data = {
      name,
      profession,
      employerMunicipalityId: employer ? Number(employer) : null,
      hoursPerWeek: numberInput(hours),
      capacity: numberInput(capacity),
      activeFrom: dateInput(activeFrom),
      activeTo: dateInput(activeTo),
      schools: schools
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      email,
      phone,
    } as unknown as MentorInput;
    await run(() => (mentor ? call('mentors.update', { id: mentor.id, data }) : call('mentors.create', data)));
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Alert kind="error">{message && Object.keys(errors).length ? 'Mentoren blev ikke gemt. Ret de markerede felter.' : message}</Alert>
      <div className="form__grid">
        <TextField label="Navn" required autoFocus value={name} onChange={setName} error={errors.name} />
        <SelectField
          label="Faggruppe"
          required
          value={profession}
          onChange={setProfession}
          placeholder="Vælg faggruppe"
          options={PROFESSION_KEYS.map((k) => ({ value: k, label: PROFESSIONS[k] }))}
          error={errors.profession}
        />
        <SelectField
          label="Ansættende kommune"
          required
          value={employer}
          onChange={setEmployer}
          placeholder="Vælg kommune"
          options={municipalities.map((m) => ({ value: String(m.id), label: m.name }))}
          error={errors.employerMunicipalityId}
        />
        <TextField label="Timer pr. uge" required inputMode="decimal" value={hours} onChange={setHours} error={errors.hoursPerWeek} />
        <TextField
          label="Kapacitet (antal mentees)"
          required
          inputMode="numeric"
          value={capacity}
          onChange={setCapacity}
          error={errors.capacity}
        />
        <DateField label="Aktiv fra" required value={activeFrom} onChange={setActiveFrom} error={errors.activeFrom} />
        <DateField label="Aktiv til" value={activeTo} onChange={setActiveTo} error={errors.activeTo} hint="Tom, hvis mentoren fortsat er aktiv" />
        <TextField label="E-mail" type="email" value={email} onChange={setEmail} error={errors.email} />
        <TextField label="Telefon" type="tel" value={phone} onChange={setPhone} error={errors.phone} />
        <TextAreaField
          label="Skoler, hvor mentoren er synlig"
          hint="Én skole pr. linje"
          value={schools}
          onChange={setSchools}
          error={Object.entries(errors).find(([k]) => k.startsWith('schools'))?.[1]}
        />
      </div>
      <FormActions busy={busy} label={mentor ? 'Gem ændringer' : 'Opret mentor'} onCancel={onCancel} />
    </form>
  );
}
