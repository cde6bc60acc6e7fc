// "Find person": the way to one person's rights from the Databeskyttelse page. The chosen person stays
// chosen while the list changes (an erased name no longer matches the search).
import { useState } from 'react';
import type { Mentee } from '../../../../shared/caseloadTypes';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DataTable, countText, type Column } from '../../components/DataTable';
import { TextField } from '../../components/fields';
import { useDebounced } from '../../lib/useDebounced';
import { useValidInput } from '../../lib/useValidInput';
import { PersonPrivacySection } from './PersonPrivacySection';

const SHOWN = 20;

export function PersonFinder() {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Mentee | null>(null);
  const search = useDebounced(text.trim());
  const { input, errors } = useValidInput('mentees.list', { search, offset: 0, limit: SHOWN });
  const list = useApiQuery('mentees.list', input, { enabled: search.length > 0, keepPrevious: true });

  const columns: Column<Mentee>[] = [
    { key: 'name', header: 'Navn', cell: (m) => m.name, rowHeader: true },
    { key: 'id', header: 'Personnr.', cell: (m) => String(m.id), numeric: true },
    { key: 'born', header: 'Født', cell: (m) => (m.birthYear ? String(m.birthYear) : '–'), numeric: true },
    { key: 'home', header: 'Hjemkommune', cell: (m) => m.homeMunicipalityName },
    {
      key: 'choose',
      header: <span className="sr-only">Handlinger</span>,
      className: 'actions',
      cell: (m) => (
        <button type="button" onClick={() => setChosen(m)} aria-label={`Vælg ${m.name} (personnr. ${m.id})`} aria-pressed={chosen?.id === m.id}>
          Vælg
        </button>
      ),
    },
  ];

  return (
    <section className="settings-section privacy-section" aria-labelledby="find-heading">
      <h2 id="find-heading">Find person</h2>
      <p className="muted">Søg på navnet for at slette en persons oplysninger, registrere en afvist sletning eller se loggen for personen.</p>
      <TextField label="Navn" value={text} onChange={setText} type="search" error={errors.search} />
      <Alert kind="error">{list.error ? errorMessage(list.error) : null}</Alert>
      {search && list.data ? (
        <>
          <p className="muted" role="status">
            {countText(list.data.total, 'person fundet', 'personer fundet')}
            {list.data.total > SHOWN ? ` – de første ${SHOWN} vises; skriv mere af navnet.` : ''}
          </p>
          <DataTable caption="Fundne personer" columns={columns} rows={list.data.rows} rowKey={(m) => m.id} />
        </>
      ) : null}
      {chosen ? (
        <div className="privacy-chosen" aria-labelledby="chosen-heading" role="region">
          <h3 id="chosen-heading">
            {chosen.name} (personnr. {chosen.id})
          </h3>
          <PersonPrivacySection key={chosen.id} menteeId={chosen.id} onErased={() => setChosen(null)} />
        </div>
      ) : null}
    </section>
  );
}
