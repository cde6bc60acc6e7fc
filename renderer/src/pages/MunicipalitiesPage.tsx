import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import type { Municipality } from '../../../shared/types';
import { errorMessage } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Alert } from '../components/Alert';
import { DataTable, type Column } from '../components/DataTable';
import { MunicipalityForm } from './MunicipalityForm';

function columns(onEdit: (m: Municipality) => void): Column<Municipality>[] {
  return [
    {
      key: 'name',
      header: 'Navn',
      cell: (m) => (
        <>
          <strong>{m.name}</strong>
          {m.address ? <div className="muted">{m.address}</div> : null}
        </>
      ),
    },
    { key: 'code', header: 'Kode', numeric: true, cell: (m) => m.code },
    { key: 'ean', header: 'EAN-nummer', className: 'mono', cell: (m) => m.ean ?? '–' },
    {
      key: 'contact',
      header: 'Kontakt',
      cell: (m) => (
        <>
          {m.contactPerson ?? ''}
          {m.contactEmail ? <div className="muted">{m.contactEmail}</div> : null}
        </>
      ),
    },
    {
      key: 'participating',
      header: 'Deltager',
      cell: (m) => `${m.participatingFrom ? `fra ${formatDate(m.participatingFrom)}` : ''}${m.participatingTo ? ` til ${formatDate(m.participatingTo)}` : ''}`,
    },
    {
      key: 'actions',
      header: <span className="sr-only">Handlinger</span>,
      className: 'actions',
      cell: (m) => (
        <button type="button" onClick={() => onEdit(m)} aria-label={`Rediger ${m.name}`}>
          Rediger
        </button>
      ),
    },
  ];
}

export function MunicipalitiesPage() {
  const list = useApiQuery('municipalities.list');
  const [editing, setEditing] = useState<Municipality | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const addFunen = useApiMutation('municipalities.addFunen', {
    onSuccess: ({ added, skipped }) =>
      setNotice(added ? `${added} fynske kommuner er tilføjet${skipped ? ` (${skipped} fandtes i forvejen)` : ''}.` : 'Alle ti fynske kommuner findes i forvejen.'),
  });
  const error = addFunen.error ?? list.error;

  return (
    <>
      <header className="page-header">
        <h1>Kommuner</h1>
        <div className="page-header__actions">
          <button type="button" disabled={addFunen.isPending} onClick={() => addFunen.mutate(undefined)}>
            Tilføj de ti fynske kommuner
          </button>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Ny kommune
          </button>
        </div>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ? errorMessage(error) : null}</Alert>
      <DataTable
        caption="Kommuner"
        columns={columns(setEditing)}
        rows={list.data ?? []}
        rowKey={(m) => m.id}
        empty={list.data ? 'Ingen kommuner endnu. Tilføj de ti fynske kommuner med ét klik, eller opret en ny.' : undefined}
      />
      {editing ? (
        <MunicipalityForm
          municipality={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setNotice(`${m.name} er gemt.`);
            setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}
