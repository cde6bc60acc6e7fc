import { useState } from 'react';
import type { MentorListInput } from '../../../shared/api/roster';
import { formatDate, formatDecimal } from '../../../shared/format';
import { PROFESSIONS } from '../../../shared/reference';
import type { Mentor } from '../../../shared/types';
import { call } from '../api/client';
import { DateField } from '../components/fields';
import { Modal } from '../components/Modal';
import { SortHeader, type SortState } from '../components/SortHeader';
import { dateInput, dateText } from '../lib/formValues';
import { useLoad } from '../lib/useAsync';
import { MentorForm } from './MentorForm';
import { Alert } from '../components/Alert';
import { DialogForm } from '../components/DialogForm';
import { useSubmit } from '../lib/useSubmit';

type SortKey = NonNullable<NonNullable<MentorListInput>['sort']>;

export function MentorsPage() {
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', direction: 'asc' });
  const [editing, setEditing] = useState<Mentor | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<Mentor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const info = useLoad(() => call('app.info'), []);
  const municipalities = useLoad(() => call('municipalities.list'), []);
  const mentors = useLoad(
    () => call('mentors.list', { search, sort: sort.key, direction: sort.direction, includeInactive }),
    [search, sort, includeInactive],
  );
  const today = info.data?.today ?? '';

  return (
    <>
      <header className="page-header">
        <h1>Mentorer</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setEditing('new')}
          disabled={!municipalities.data?.length}
          title={municipalities.data?.length ? undefined : 'Opret først en kommune'}
        >
          Ny mentor
        </button>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <div className="toolbar">
        <label className="search">
          <span>Søg</span>
          <input type="search" value={search} placeholder="Navn, kommune eller skole" onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
          Vis også fratrådte mentorer
        </label>
      </div>
      <Alert kind="error">{mentors.error}</Alert>
      <table className="table">
        <caption className="sr-only">Mentorer</caption>
        <thead>
          <tr>
            <SortHeader label="Navn" column="name" sort={sort} onSort={setSort} />
            <SortHeader label="Faggruppe" column="profession" sort={sort} onSort={setSort} />
            <SortHeader label="Ansættende kommune" column="municipality" sort={sort} onSort={setSort} />
            <th scope="col" className="num">
              Timer/uge
            </th>
            <SortHeader label="Kapacitet" column="capacity" sort={sort} onSort={setSort} numeric />
            <SortHeader label="Aktiv fra" column="activeFrom" sort={sort} onSort={setSort} />
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {mentors.data?.map((m) => (
            <tr key={m.id}>
              <td>
                <strong>{m.name}</strong>
                {m.schools.length ? <div className="muted">{m.schools.join(' · ')}</div> : null}
              </td>
              <td>{PROFESSIONS[m.profession]}</td>
              <td>{m.employerMunicipalityName}</td>
              <td className="num">{formatDecimal(m.hoursPerWeek, m.hoursPerWeek % 1 ? 1 : 0)}</td>
              <td className="num">{m.capacity}</td>
              <td>{formatDate(m.activeFrom)}</td>
              <td>{m.active ? 'Aktiv' : m.activeTo && m.activeTo < today ? `Fratrådt ${formatDate(m.activeTo)}` : 'Ikke startet'}</td>
              <td className="actions">
                <button type="button" onClick={() => setEditing(m)} aria-label={`Rediger ${m.name}`}>
                  Rediger
                </button>
                {m.activeTo === null || m.activeTo >= today ? (
                  <button type="button" onClick={() => setDeactivating(m)} aria-label={`Deaktiver ${m.name}`}>
                    Deaktiver
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mentors.data && mentors.data.length === 0 ? <p className="empty">Ingen mentorer matcher.</p> : null}

      {editing ? (
        <Modal title={editing === 'new' ? 'Ny mentor' : `Rediger ${editing.name}`} onClose={() => setEditing(null)}>
          <MentorForm
            mentor={editing === 'new' ? null : editing}
            municipalities={municipalities.data ?? []}
            today={today}
            onCancel={() => setEditing(null)}
            onSaved={(m) => {
              setNotice(`${m.name} er gemt.`);
              setEditing(null);
              mentors.reload();
            }}
          />
        </Modal>
      ) : null}
      {deactivating ? (
        <DeactivateDialog
          mentor={deactivating}
          today={today}
          onClose={() => setDeactivating(null)}
          onDone={(m) => {
            setNotice(`${m.name} er deaktiveret pr. ${formatDate(m.activeTo)}.`);
            setDeactivating(null);
            mentors.reload();
          }}
        />
      ) : null}
    </>
  );
}

function DeactivateDialog({ mentor, today, onClose, onDone }: { mentor: Mentor; today: string; onClose: () => void; onDone: (m: Mentor) => void }) {
  const [activeTo, setActiveTo] = useState(dateText(today));
  const { errors, message, busy, run } = useSubmit(onDone);
  return (
    <DialogForm
      title={`Deaktiver ${mentor.name}`}
      onClose={onClose}
      onSubmit={() => run(() => call('mentors.deactivate', { id: mentor.id, activeTo: dateInput(activeTo) as string }))}
      busy={busy}
      submitLabel="Deaktiver"
    >
      <p>Mentoren slettes ikke; historikken bevares, og mentoren vises som fratrådt efter datoen.</p>
      <DateField label="Sidste aktive dag" required value={activeTo} onChange={setActiveTo} error={errors.activeTo ?? message ?? undefined} />
    </DialogForm>
  );
}
