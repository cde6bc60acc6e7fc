// "Slå sammen med…": two records of one person become one. The coordinator finds the other record,
// sees what will move to this person, and confirms; the backend moves it all in one transaction.
import { useController } from 'react-hook-form';
import { useState } from 'react';
import type { Mentee } from '../../../../shared/caseloadTypes';
import { formatInteger } from '../../../../shared/format';
import { menteeMerge } from '../../../../shared/schemas/caseload';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DialogForm } from '../../components/DialogForm';
import { TextField } from '../../components/fields';
import { useDebounced } from '../../lib/useDebounced';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';

const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

export function MergeDialog({ keep, onClose, onDone }: { keep: Mentee; onClose: () => void; onDone: (text: string) => void }) {
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const found = useApiQuery('mentees.list', { search: term, limit: 20 }, { enabled: term.length > 0, keepPrevious: true });
  const form = useApiForm(menteeMerge, { keepId: keep.id, mergeId: undefined });
  const other = useController({ control: form.control, name: 'mergeId' });
  const chosen = typeof other.field.value === 'number' ? other.field.value : null;
  const preview = useApiQuery('mentees.mergePreview', { keepId: keep.id, mergeId: chosen ?? 0 }, { enabled: chosen !== null });
  const merge = useApiMutation('mentees.merge');
  const candidates = term ? (found.data?.rows ?? []).filter((m) => m.id !== keep.id) : [];
  const moving = preview.data?.moving;

  const submit = submitWith(form, async (values) => {
    const r = await merge.mutateAsync(values);
    onDone(`${r.merge.name} er lagt sammen med ${r.keep.name}: ${count(r.moving.courses, 'forløb', 'forløb')} og ${count(r.moving.contacts, 'samtale', 'samtaler')} er flyttet.`);
  });

  return (
    <DialogForm
      title={`Slå ${keep.name} sammen med en anden registrering`}
      onClose={onClose}
      onSubmit={submit}
      busy={merge.isPending || chosen === null || !preview.data}
      submitLabel="Slå sammen"
      dirty={chosen !== null}
      message={formMessage(form)}
    >
      <p>
        Brug dette, når samme person er registreret to gange. Alt fra den anden registrering flyttes til {keep.name} (født {keep.birthYear}, {keep.homeMunicipalityName}), og
        den anden registrering slettes.
      </p>
      <TextField label="Søg efter mentee" value={search} onChange={setSearch} hint="Navn, fx Åse eller Aase" />
      <fieldset className="suggestions">
        <legend>Den anden registrering</legend>
        {term && found.data && !candidates.length ? <p className="empty">Ingen andre mentees matcher.</p> : null}
        {candidates.map((m) => (
          <label key={m.id} className="check">
            <input type="radio" name="merge" checked={chosen === m.id} onChange={() => other.field.onChange(m.id)} />
            {m.name} (født {m.birthYear}, {m.homeMunicipalityName})
          </label>
        ))}
        {other.fieldState.error ? (
          <small className="field__error" role="alert">
            {other.fieldState.error.message}
          </small>
        ) : null}
      </fieldset>
      <Alert kind="error">{preview.error ? errorMessage(preview.error) : null}</Alert>
      {moving && preview.data ? (
        <section className="confirm-box" aria-label="Det flyttes">
          <p>
            Til {keep.name} ({keep.homeMunicipalityName}) flyttes fra {preview.data.merge.name} (født {preview.data.merge.birthYear}, {preview.data.merge.homeMunicipalityName}):
          </p>
          <ul>
            <li>{count(moving.courses, 'forløb', 'forløb')}{moving.openCourses ? ` (heraf ${formatInteger(moving.openCourses)} aktivt)` : ''}</li>
            <li>
              {count(moving.contacts, 'samtale', 'samtaler')}
              {moving.groupContacts ? ` (heraf ${count(moving.groupContacts, 'gruppesamtale', 'gruppesamtaler')})` : ''}
            </li>
            <li>{count(moving.checkpoints, 'opfølgning', 'opfølgninger')} efter afslutning</li>
            <li>{count(moving.assignments, 'mentorperiode', 'mentorperioder')} i historikken</li>
          </ul>
          <p>
            {preview.data.merge.name} slettes derefter som selvstændig person. {keep.name}s oplysninger bevares; tomme felter (skole, telefon, e-mail) udfyldes fra den anden
            registrering.
          </p>
        </section>
      ) : null}
    </DialogForm>
  );
}
