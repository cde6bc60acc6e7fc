import { useState } from 'react';
import type { MentorListInput } from '../../../shared/api/roster';
import { formatDate, formatDecimal } from '../../../shared/format';
import { PROFESSIONS } from '../../../shared/reference';
import { mentorDeactivate } from '../../../shared/schemas/roster';
import type { Mentor } from '../../../shared/types';
import { errorMessage } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Alert } from '../components/Alert';
import { DataTable, type Column } from '../components/DataTable';
import { DialogForm } from '../components/DialogForm';
import { TextField } from '../components/fields';
import { FormDate } from '../components/formFields';
import type { SortState } from '../components/SortHeader';
import { formMessage, submitWith, useApiForm } from '../lib/useApiForm';
import { useValidInput } from '../lib/useValidInput';
import { MentorForm } from './MentorForm';

type SortKey = NonNullable<NonNullable<MentorListInput>['sort']>;

function columns(today: string, onEdit: (m: Mentor) => void, onDeactivate: (m: Mentor) => void): Column<Mentor>[] {
  return [
    {
      key: 'name',
      header: 'Navn',
      sortKey: 'name',
      cell: (m) => (
        <>
          <strong>{m.name}</strong>
          {m.schools.length ? <div className="muted">{m.schools.join(' · ')}</div> : null}
        </>
      ),
    },
    { key: 'profession', header: 'Faggruppe', sortKey: 'profession', cell: (m) => PROFESSIONS[m.profession] },
    { key: 'municipality', header: 'Ansættende kommune', sortKey: 'municipality', cell: (m) => m.employerMunicipalityName },
    { key: 'hours', header: 'Timer/uge', numeric: true, cell: (m) => formatDecimal(m.hoursPerWeek, m.hoursPerWeek % 1 ? 1 : 0) },
    { key: 'capacity', header: 'Kapacitet', sortKey: 'capacity', numeric: true, cell: (m) => m.capacity },
    { key: 'activeFrom', header: 'Aktiv fra', sortKey: 'activeFrom', cell: (m) => formatDate(m.activeFrom) },
    {
      key: 'status',
      header: 'Status',
      cell: (m) => (m.active ? 'Aktiv' : m.activeTo && m.activeTo < today ? `Fratrådt ${formatDate(m.activeTo)}` : 'Ikke startet'),
    },
    {
      key: 'actions',
      header: <span className="sr-only">Handlinger</span>,
      className: 'actions',
      cell: (m) => (
        <>
          <button type="button" onClick={() => onEdit(m)} aria-label={`Rediger ${m.name}`}>
            Rediger
          </button>
          {m.activeTo === null || m.activeTo >= today ? (
            <button type="button" onClick={() => onDeactivate(m)} aria-label={`Deaktiver ${m.name}`}>
              Deaktiver
            </button>
          ) : null}
        </>
      ),
    },
  ];
}

export function MentorsPage() {
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', direction: 'asc' });
  const [editing, setEditing] = useState<Mentor | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<Mentor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const info = useApiQuery('app.info');
  const municipalities = useApiQuery('municipalities.list');
  const filter = useValidInput('mentors.list', { search, sort: sort.key, direction: sort.direction, includeInactive });
  const mentors = useApiQuery('mentors.list', filter.input, { keepPrevious: true });
  const today = info.data?.today ?? '';
  const canAdd = Boolean(municipalities.data?.length);

  return (
    <>
      <header className="page-header">
        <h1>Mentorer</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')} disabled={!canAdd} title={canAdd ? undefined : 'Opret først en kommune'}>
          Ny mentor
        </button>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <div className="toolbar">
        {/* A bad search (too long) is shown at the box; the list keeps the last good answer. */}
        <div className="search">
          <TextField label="Søg" type="search" value={search} placeholder="Navn, kommune eller skole" onChange={setSearch} error={filter.errors.search} />
        </div>
        <label className="check">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
          Vis også fratrådte mentorer
        </label>
      </div>
      <Alert kind="error">{mentors.error ? errorMessage(mentors.error) : null}</Alert>
      <DataTable
        caption="Mentorer"
        columns={columns(today, setEditing, setDeactivating)}
        rows={mentors.data ?? []}
        rowKey={(m) => m.id}
        sort={{ state: sort, onSort: setSort }}
        empty={mentors.data ? 'Ingen mentorer matcher.' : undefined}
      />

      {editing ? (
        <MentorForm
          mentor={editing === 'new' ? null : editing}
          municipalities={municipalities.data ?? []}
          today={today}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setNotice(`${m.name} er gemt.`);
            setEditing(null);
          }}
        />
      ) : null}
      {deactivating ? (
        <DeactivateDialog
          mentor={deactivating}
          today={today}
          onClose={() => setDeactivating(null)}
          onDone={(m) => {
            setNotice(`${m.name} er deaktiveret pr. ${formatDate(m.activeTo)}.`);
            setDeactivating(null);
          }}
        />
      ) : null}
    </>
  );
}

function DeactivateDialog({ mentor, today, onClose, onDone }: { mentor: Mentor; today: string; onClose: () => void; onDone: (m: Mentor) => void }) {
  const form = useApiForm(mentorDeactivate, { id: mentor.id, activeTo: today });
  const deactivate = useApiMutation('mentors.deactivate', { onSuccess: onDone });
  return (
    <DialogForm
      title={`Deaktiver ${mentor.name}`}
      onClose={onClose}
      onSubmit={submitWith(form, (values) => deactivate.mutateAsync(values))}
      busy={form.formState.isSubmitting}
      submitLabel="Deaktiver"
      dirty={form.formState.isDirty}
      message={formMessage(form)}
    >
      <p>Mentoren slettes ikke; historikken bevares, og mentoren vises som fratrådt efter datoen.</p>
      <FormDate control={form.control} name="activeTo" label="Sidste aktive dag" required />
    </DialogForm>
  );
}
