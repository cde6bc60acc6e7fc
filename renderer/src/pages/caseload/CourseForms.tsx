// Forms for the mentee and the course: a new referral, editing, and closing with an outcome. Each form
// is checked by the method's shared schema built with today's date, so every error shows at once.
import { useMemo, useRef, useState } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { EDUCATIONS, OUTCOMES, PHASES, REFERRERS } from '../../../../shared/caseload';
import type { CourseDetail, Mentee, Theme } from '../../../../shared/caseloadTypes';
import type { z } from 'zod';
import { courseClose, courseFieldsAsOf, courseReferAsOf, menteeFieldsAsOf, type courseRefer } from '../../../../shared/schemas/caseload';
import type { SimilarMentee } from '../../../../shared/api/caseload';
import type { Municipality } from '../../../../shared/types';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { FormCheckboxes, FormDate, FormSelect, FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { optionsOf, themeOptions } from './labels';
import { SimilarPersons } from './SimilarPersons';

type ReferValues = z.input<typeof courseRefer>;

type MenteeKey = 'name' | 'birthYear' | 'homeMunicipalityId' | 'education' | 'school' | 'phone' | 'email';
type CourseKey = 'referralDate' | 'referredBy' | 'consentGivenOn' | 'consentWithdrawnOn' | 'phaseAtStart' | 'plannedReviewOn' | 'themeIds';

const menteeDefaults = (m: Mentee | null) => ({
  name: m?.name ?? '',
  birthYear: m?.birthYear ?? '',
  homeMunicipalityId: m?.homeMunicipalityId,
  education: m?.education,
  school: m?.school ?? '',
  phone: m?.phone ?? '',
  email: m?.email ?? '',
});

const courseDefaults = (c: CourseDetail | null, today: string) => ({
  referralDate: c?.referralDate ?? today,
  referredBy: c?.referredBy,
  consentGivenOn: c ? c.consentGivenOn : today,
  consentWithdrawnOn: c?.consentWithdrawnOn ?? null,
  phaseAtStart: c?.phaseAtStart,
  plannedReviewOn: c?.plannedReviewOn ?? null,
  themeIds: c?.themeIds ?? [],
});

/** The mentee's fields; `at` names them in the form ("mentee.name" in a referral, "name" in an edit). */
function MenteeFieldset<T extends FieldValues>({ control, at, municipalities }: { control: Control<T>; at: (k: MenteeKey) => FieldPath<T>; municipalities: Municipality[] }) {
  return (
    <fieldset className="form__section">
      <legend>Eleven</legend>
      <div className="form__grid">
        <FormText control={control} name={at('name')} label="Navn" required />
        <FormText control={control} name={at('birthYear')} label="Fødselsår" required inputMode="numeric" hint="Intet CPR-nummer" />
        <FormSelect
          control={control}
          name={at('homeMunicipalityId')}
          label="Hjemkommune"
          required
          placeholder="Vælg kommune"
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
        />
        <FormSelect control={control} name={at('education')} label="Uddannelse" required placeholder="Vælg uddannelse" options={optionsOf(EDUCATIONS)} />
        <FormText control={control} name={at('school')} label="Skole" />
        <FormText control={control} name={at('phone')} label="Telefon" type="tel" />
        <FormText control={control} name={at('email')} label="E-mail" type="email" />
      </div>
    </fieldset>
  );
}

function CourseFieldset<T extends FieldValues>({ control, at, themes, keepThemeIds }: { control: Control<T>; at: (k: CourseKey) => FieldPath<T>; themes: Theme[]; keepThemeIds?: number[] }) {
  return (
    <fieldset className="form__section">
      <legend>Forløbet</legend>
      <div className="form__grid">
        <FormDate control={control} name={at('referralDate')} label="Henvisningsdato" required />
        <FormSelect control={control} name={at('referredBy')} label="Henvist af" required placeholder="Vælg" options={optionsOf(REFERRERS)} />
        <FormSelect control={control} name={at('phaseAtStart')} label="Fase ved start" required placeholder="Vælg fase" options={optionsOf(PHASES)} />
        <FormDate control={control} name={at('plannedReviewOn')} label="Planlagt opfølgning" hint="Tom, hvis ikke aftalt" />
        <FormDate control={control} name={at('consentGivenOn')} label="Samtykke givet" hint="Frivillighed: samtykke før samtaler" />
        <FormDate control={control} name={at('consentWithdrawnOn')} label="Samtykke trukket tilbage" hint="Tom, så længe samtykket gælder" />
      </div>
      <FormCheckboxes control={control} name={at('themeIds')} label="Temaer" options={themeOptions(themes, keepThemeIds)} />
    </fieldset>
  );
}

/**
 * A referral: a new mentee with their first course, or (`mentee` given, or a likely existing person chosen
 * while typing) a new course for a known mentee – a student who comes back stays one person.
 */
export function ReferralDialog({
  mentee = null,
  municipalities,
  themes,
  today,
  onClose,
  onSaved,
}: {
  mentee?: Mentee | null;
  municipalities: Municipality[];
  themes: Theme[];
  today: string;
  onClose: () => void;
  onSaved: (c: CourseDetail) => void;
}) {
  const schema = useMemo(() => courseReferAsOf(today), [today]);
  const form = useApiForm(
    schema,
    mentee ? { menteeId: mentee.id, course: courseDefaults(null, today) } : { mentee: menteeDefaults(null), course: courseDefaults(null, today), confirmNewPerson: false },
  );
  const refer = useApiMutation('courses.refer', { onSuccess: onSaved });
  const [known, setKnown] = useState<SimilarMentee | null>(null);
  // What was typed for the new mentee, back if the coordinator changes their mind.
  const typed = useRef<ReferValues['mentee']>(undefined);
  const chooseKnown = (m: SimilarMentee) => {
    typed.current = form.getValues('mentee');
    form.setValue('mentee', undefined);
    form.setValue('confirmNewPerson', false);
    form.setValue('menteeId', m.id, { shouldDirty: true });
    setKnown(m);
  };
  const backToNew = () => {
    form.setValue('menteeId', undefined);
    form.setValue('mentee', typed.current);
    setKnown(null);
  };
  const person = mentee?.name ?? known?.name ?? null;
  return (
    <DialogForm
      title={person ? `Nyt forløb for ${person}` : 'Ny henvisning'}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => refer.mutateAsync(values))}
      busy={refer.isPending}
      submitLabel={person ? 'Opret forløb' : 'Opret henvisning'}
      dirty={form.formState.isDirty}
      message={formMessage(form) ?? form.formState.errors.menteeId?.message ?? null}
    >
      {person ? (
        <p className="muted">
          Forløbet oprettes for den kendte person {person}, så alle forløb hører til én person.{' '}
          {known ? (
            <button type="button" onClick={backToNew}>
              Opret alligevel en ny person
            </button>
          ) : null}
        </p>
      ) : (
        <>
          <MenteeFieldset control={form.control} at={(k) => `mentee.${k}`} municipalities={municipalities} />
          <SimilarPersons control={form.control} onUse={chooseKnown} />
        </>
      )}
      <CourseFieldset control={form.control} at={(k) => `course.${k}`} themes={themes} />
    </DialogForm>
  );
}

export function CourseEditDialog({ course, themes, today, onClose, onSaved }: { course: CourseDetail; themes: Theme[]; today: string; onClose: () => void; onSaved: (c: CourseDetail) => void }) {
  const schema = useMemo(() => courseFieldsAsOf(today), [today]);
  const form = useApiForm(schema, courseDefaults(course, today));
  const update = useApiMutation('courses.update', { onSuccess: onSaved });
  return (
    <DialogForm
      title="Rediger forløb"
      onClose={onClose}
      onSubmit={submitWith(form, (data) => update.mutateAsync({ id: course.id, data }))}
      busy={update.isPending}
      submitLabel="Gem ændringer"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <CourseFieldset control={form.control} at={(k) => k} themes={themes} keepThemeIds={course.themeIds} />
    </DialogForm>
  );
}

export function MenteeEditDialog({ mentee, municipalities, today, onClose, onSaved }: { mentee: Mentee; municipalities: Municipality[]; today: string; onClose: () => void; onSaved: (m: Mentee) => void }) {
  const schema = useMemo(() => menteeFieldsAsOf(today), [today]);
  const form = useApiForm(schema, menteeDefaults(mentee));
  const update = useApiMutation('mentees.update', { onSuccess: onSaved });
  return (
    <DialogForm
      title={`Rediger ${mentee.name}`}
      onClose={onClose}
      onSubmit={submitWith(form, (data) => update.mutateAsync({ id: mentee.id, data }))}
      busy={update.isPending}
      submitLabel="Gem ændringer"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <MenteeFieldset control={form.control} at={(k) => k} municipalities={municipalities} />
    </DialogForm>
  );
}

export function CloseCourseDialog({ course, today, onClose, onSaved }: { course: CourseDetail; today: string; onClose: () => void; onSaved: (c: CourseDetail) => void }) {
  const form = useApiForm(courseClose, { id: course.id, closedOn: today, outcome: undefined });
  const close = useApiMutation('courses.close', { onSuccess: onSaved });
  return (
    <DialogForm
      title={`Afslut forløb for ${course.menteeName}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => close.mutateAsync(values))}
      busy={close.isPending}
      submitLabel="Afslut forløb"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <Alert kind="error">{form.formState.errors.id?.message ?? null}</Alert>
      <div className="form__grid">
        <FormDate control={form.control} name="closedOn" label="Afsluttet den" required />
        <FormSelect control={form.control} name="outcome" label="Udfald" required placeholder="Vælg udfald" options={optionsOf(OUTCOMES)} />
      </div>
    </DialogForm>
  );
}
