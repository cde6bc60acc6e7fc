import { useState } from 'react';
import { formatDate } from '../../../shared/format';
import type { Municipality } from '../../../shared/types';
import { call, errorMessage } from '../api/client';
import { Modal } from '../components/Modal';
import { useLoad } from '../lib/useAsync';
import { MunicipalityForm } from './MunicipalityForm';
import { Alert } from '../components/Alert';

export function MunicipalitiesPage() {
  const list = useLoad(() => call('municipalities.list'), []);
  const [editing, setEditing] = useState<Municipality | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function addFunen() {
    try {
      const { added, skipped } = await call('municipalities.addFunen');
      setNotice(added ? `${added} fynske kommuner er tilføjet${skipped ? ` (${skipped} fandtes i forvejen)` : ''}.` : 'Alle ti fynske kommuner findes i forvejen.');
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <>
      <header className="page-header">
        <h1>Kommuner</h1>
        <div className="page-header__actions">
          <button type="button" onClick={() => void addFunen()}>
            Tilføj de ti fynske kommuner
          </button>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Ny kommune
          </button>
        </div>
      </header>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ?? list.error}</Alert>
      <table className="table">
        <caption className="sr-only">Kommuner</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col" className="num">
              Kode
            </th>
            <th scope="col">EAN-nummer</th>
            <th scope="col">Kontakt</th>
            <th scope="col">Deltager</th>
            <th scope="col">
              <span className="sr-only">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data?.map((m) => (
            <tr key={m.id}>
              <td>
                <strong>{m.name}</strong>
                {m.address ? <div className="muted">{m.address}</div> : null}
              </td>
              <td className="num">{m.code}</td>
              <td className="mono">{m.ean ?? '–'}</td>
              <td>
                {m.contactPerson ?? ''}
                {m.contactEmail ? <div className="muted">{m.contactEmail}</div> : null}
              </td>
              <td>
                {m.participatingFrom ? `fra ${formatDate(m.participatingFrom)}` : ''}
                {m.participatingTo ? ` til ${formatDate(m.participatingTo)}` : ''}
              </td>
              <td className="actions">
                <button type="button" onClick={() => setEditing(m)} aria-label={`Rediger ${m.name}`}>
                  Rediger
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && list.data.length === 0 ? <p className="empty">Ingen kommuner endnu. Tilføj de ti fynske kommuner med ét klik, eller opret en ny.</p> : null}
      {editing ? (
        <Modal title={editing === 'new' ? 'Ny kommune' : `Rediger ${editing.name}`} onClose={() => setEditing(null)}>
          <MunicipalityForm
            municipality={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={(m) => {
              setNotice(`${m.name} er gemt.`);
              setEditing(null);
              list.reload();
            }}
          />
        </Modal>
      ) : null}
    </>
  );
}
