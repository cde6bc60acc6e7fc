// Forms for the mentee and the course: a new referral, editing, and closing with an outcome.
import { useState } from 'react';
import type { MethodInput } from '../../../../shared/api/index';
import { EDUCATIONS, OUTCOMES, PHASES, REFERRERS } from '../../../../shared/caseload';
import type { CourseDetail, Mentee, Theme } from '../../../../shared/caseloadTypes';
import type { Municipality } from '../../../../shared/types';
import { call } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { DateField, SelectField, TextField } from '../../components/fields';
import { dateInput, dateText, numberInput } from '../../lib/formValues';
import { useSubmit } from '../../lib/useSubmit';
import { errorsUnder, optionsOf, themeOptions } from './labels';

type CourseInput = MethodInput<'courses.update'>['data'];
type MenteeInput = MethodInput<'mentees.update'>['data'];

interface MenteeState {
  name: string;
  birthYear: string;
  homeMunicipalityId: string;
  education: string;
  school: string;
  phone: string;
  email: string;
}
const menteeState = (m: Mentee | null): MenteeState => ({
  name: m?.name ?? '',
  birthYear: m ? String(m.birthYear) : '',
  homeMunicipalityId: m ? String(m.homeMunicipalityId) : '',
  education: m?.education ?? '',
  school: m?.school ?? '',
  phone: m?.phone ?? '',
  email: m?.email ?? '',
});
// Unparsable values go as typed, so the backend names the field (one validation path).
const menteeInput = (s: MenteeState) =>
  ({
    ...s,
    birthYear: numberInput(s.birthYear),
    homeMunicipalityId: s.homeMunicipalityId ? Number(s.homeMunicipalityId) : null,
  }) as unknown as MenteeInput;

interface CourseState {
  referralDate: string;
  referredBy: string;
  consentGivenOn: string;
  consentWithdrawnOn: string;
  phaseAtStart: string;
  plannedReviewOn: string;
  themeIds: number[];
}
const courseState = (c: CourseDetail | null, today: string): CourseState => ({
  referralDate: dateText(c?.referralDate ?? today),
  referredBy: c?.referredBy ?? '',
  consentGivenOn: dateText(c ? c.consentGivenOn : today),
  consentWithdrawnOn: dateText(c?.consentWithdrawnOn),
  phaseAtStart: c?.phaseAtStart ?? '',
  plannedReviewOn: dateText(c?.plannedReviewOn),
  themeIds: c?.themeIds ?? [],
});
const courseInput = (s: CourseState) =>
  ({
    ...s,
    referralDate: dateInput(s.referralDate),
    consentGivenOn: dateInput(s.consentGivenOn),
    consentWithdrawnOn: dateInput(s.consentWithdrawnOn),
    plannedReviewOn: dateInput(s.plannedReviewOn),
  }) as unknown as CourseInput;

function MenteeFieldset({ value, onChange, errors, municipalities, autoFocus }: { value: MenteeState; onChange: (v: MenteeState) => void; errors: Record<string, string>; municipalities: Municipality[]; autoFocus?: boolean }) {
  const set = (k: keyof MenteeState) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <fieldset className="form__section">
      <legend>Eleven</legend>
      <div className="form__grid">
        <TextField label="Navn" required autoFocus={autoFocus} value={value.name} onChange={set('name')} error={errors.name} />
        <TextField label="Fødselsår" required inputMode="numeric" value={value.birthYear} onChange={set('birthYear')} error={errors.birthYear} hint="Intet CPR-nummer" />
        <SelectField
          label="Hjemkommune"
          required
          value={value.homeMunicipalityId}
          onChange={set('homeMunicipalityId')}
          placeholder="Vælg kommune"
          options={municipalities.map((m) => ({ value: String(m.id), label: m.name }))}
          error={errors.homeMunicipalityId}
        />
        <SelectField label="Uddannelse" required value={value.education} onChange={set('education')} placeholder="Vælg uddannelse" options={optionsOf(EDUCATIONS)} error={errors.education} />
        <TextField label="Skole" value={value.school} onChange={set('school')} error={errors.school} />
        <TextField label="Telefon" type="tel" value={value.phone} onChange={set('phone')} error={errors.phone} />
        <TextField label="E-mail" type="email" value={value.email} onChange={set('email')} error={errors.email} />
      </div>
    </fieldset>
  );
}

function CourseFieldset({ value, onChange, errors, themes }: { value: CourseState; onChange: (v: CourseState) => void; errors: Record<string, string>; themes: Theme[] }) {
  const set = (k: keyof CourseState) => (v: string) => onChange({ ...value, [k]: v });
  return (
    <fieldset className="form__section">
      <legend>Forløbet</legend>
      <div className="form__grid">
        <DateField label="Henvisningsdato" required value={value.referralDate} onChange={set('referralDate')} error={errors.referralDate} />
        <SelectField label="Henvist af" required value={value.referredBy} onChange={set('referredBy')} placeholder="Vælg" options={optionsOf(REFERRERS)} error={errors.referredBy} />
        <SelectField label="Fase ved start" required value={value.phaseAtStart} onChange={set('phaseAtStart')} placeholder="Vælg fase" options={optionsOf(PHASES)} error={errors.phaseAtStart} />
        <DateField label="Planlagt opfølgning" value={value.plannedReviewOn} onChange={set('plannedReviewOn')} error={errors.plannedReviewOn} hint="Tom, hvis ikke aftalt" />
        <DateField label="Samtykke givet" value={value.consentGivenOn} onChange={set('consentGivenOn')} error={errors.consentGivenOn} hint="Frivillighed: samtykke før samtaler" />
        <DateField label="Samtykke trukket tilbage" value={value.consentWithdrawnOn} onChange={set('consentWithdrawnOn')} error={errors.consentWithdrawnOn} hint="Tom, så længe samtykket gælder" />
      </div>
      <CheckboxGroup
        legend="Temaer"
        options={themeOptions(themes, value.themeIds)}
        value={value.themeIds}
        onChange={(themeIds) => onChange({ ...value, themeIds })}
        error={errors.themeIds}
      />
    </fieldset>
  );
}

/** One backend call per dialog: the shared submit state, bound to this dialog's call. An update's "data.x" errors arrive as "x". */
function useDialogSubmit<T>(action: () => Promise<T>, onDone: (r: T) => void) {
  const { run, ...state } = useSubmit<T>(onDone);
  return { ...state, submit: () => run(action) };
}

export function ReferralDialog({ municipalities, themes, today, onClose, onSaved }: { municipalities: Municipality[]; themes: Theme[]; today: string; onClose: () => void; onSaved: (c: CourseDetail) => void }) {
  const [mentee, setMentee] = useState(menteeState(null));
  const [course, setCourse] = useState(courseState(null, today));
  const { errors, message, busy, submit } = useDialogSubmit(() => call('courses.refer', { mentee: menteeInput(mentee), course: courseInput(course) }), onSaved);
  return (
    <DialogForm title="Ny henvisning" onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Opret henvisning">
      <Alert kind="error">{message ? 'Henvisningen blev ikke gemt. Ret de markerede felter.' : null}</Alert>
      <MenteeFieldset value={mentee} onChange={setMentee} errors={errorsUnder(errors, 'mentee.')} municipalities={municipalities} autoFocus />
      <CourseFieldset value={course} onChange={setCourse} errors={errorsUnder(errors, 'course.')} themes={themes} />
    </DialogForm>
  );
}

export function CourseEditDialog({ course, themes, today, onClose, onSaved }: { course: CourseDetail; themes: Theme[]; today: string; onClose: () => void; onSaved: (c: CourseDetail) => void }) {
  const [value, setValue] = useState(courseState(course, today));
  const { errors, message, busy, submit } = useDialogSubmit(() => call('courses.update', { id: course.id, data: courseInput(value) }), onSaved);
  return (
    <DialogForm title="Rediger forløb" onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Gem ændringer">
      <Alert kind="error">{message ? 'Forløbet blev ikke gemt. Ret de markerede felter.' : null}</Alert>
      <CourseFieldset value={value} onChange={setValue} errors={errors} themes={themes} />
    </DialogForm>
  );
}

export function MenteeEditDialog({ mentee, municipalities, onClose, onSaved }: { mentee: Mentee; municipalities: Municipality[]; onClose: () => void; onSaved: (m: Mentee) => void }) {
  const [value, setValue] = useState(menteeState(mentee));
  const { errors, message, busy, submit } = useDialogSubmit(() => call('mentees.update', { id: mentee.id, data: menteeInput(value) }), onSaved);
  return (
    <DialogForm title={`Rediger ${mentee.name}`} onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Gem ændringer">
      <Alert kind="error">{message ? 'Eleven blev ikke gemt. Ret de markerede felter.' : null}</Alert>
      <MenteeFieldset value={value} onChange={setValue} errors={errors} municipalities={municipalities} autoFocus />
    </DialogForm>
  );
}

export function CloseCourseDialog({ course, today, onClose, onSaved }: { course: CourseDetail; today: string; onClose: () => void; onSaved: (c: CourseDetail) => void }) {
  const [closedOn, setClosedOn] = useState(dateText(today));
  const [outcome, setOutcome] = useState('');
  const { errors, busy, submit } = useDialogSubmit(
    () => call('courses.close', { id: course.id, closedOn: dateInput(closedOn) as string, outcome: (outcome || undefined) as never }),
    onSaved,
  );
  return (
    <DialogForm title={`Afslut forløb for ${course.menteeName}`} onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Afslut forløb">
      <Alert kind="error">{errors.id ?? null}</Alert>
      <div className="form__grid">
        <DateField label="Afsluttet den" required value={closedOn} onChange={setClosedOn} error={errors.closedOn} />
        <SelectField label="Udfald" required value={outcome} onChange={setOutcome} placeholder="Vælg udfald" options={optionsOf(OUTCOMES)} error={errors.outcome} />
      </div>
    </DialogForm>
  );
}

