import { useState } from 'react';
import { BACKUP_KINDS, type BackupInfo } from '../../../shared/api/backup';
import { formatDateTime, formatDecimal } from '../../../shared/format';
import { call, errorMessage } from '../api/client';
import { Modal } from '../components/Modal';
import { useLoad } from '../lib/useAsync';
import { Alert } from '../components/Alert';

export function BackupPage() {
  const list = useLoad(() => call('backup.list'), []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <header className="page-header">
        <h1>Sikkerhedskopier</h1>
        <button type="button" className="primary" disabled={busy} onClick={() => void run(async () => `Sikkerhedskopien ${(await call('backup.create')).name} er gemt.`)}>
          Tag sikkerhedskopi nu
        </button>
      </header>
      <p>
        Programmet tager selv en sikkerhedskopi hver dag, det startes (de seneste 14 gemmes), og før det opdaterer eller gendanner data. Kopierne ligger i{' '}
        <code>{list.data?.folder}</code>. Kopiér dem gerne også til et sikkert drev.
      </p>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ?? list.error}</Alert>
      <table className="table">
        <caption className="sr-only">Sikkerhedskopier</caption>
        <thead>
          <tr>
            <th scope="col">Taget</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Størrelse
            </th>
            <th scope="col">Fil</th>
            <th scope="col">
              <span className="sr-only">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.data?.backups.map((b) => (
            <tr key={b.name}>
              <td>{formatDateTime(b.createdAt)}</td>
              <td>{BACKUP_KINDS[b.kind]}</td>
              <td className="num">{formatDecimal(b.sizeBytes / 1024 / 1024, 1)} MB</td>
              <td className="mono">{b.name}</td>
              <td className="actions">
                <button type="button" disabled={busy} onClick={() => setRestoring(b)} aria-label={`Gendan ${b.name}`}>
                  Gendan
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && list.data.backups.length === 0 ? <p className="empty">Der er ingen sikkerhedskopier endnu.</p> : null}
      {restoring ? (
        <Modal title="Gendan sikkerhedskopi" onClose={() => setRestoring(null)}>
          <div className="form">
            <p>
              Data erstattes med kopien fra <strong>{formatDateTime(restoring.createdAt)}</strong>. Ændringer gjort siden da forsvinder fra programmet, men
              de nuværende data gemmes først som en sikkerhedskopi, så intet går tabt.
            </p>
            <div className="form__actions">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => {
                  const chosen = restoring;
                  setRestoring(null);
                  void run(async () => {
                    const r = await call('backup.restore', { name: chosen.name });
                    return `Data er gendannet fra ${r.restored}. De hidtidige data er gemt som ${r.safetyCopy}.`;
                  });
                }}
              >
                Gendan
              </button>
              <button type="button" onClick={() => setRestoring(null)}>
                Annuller
              </button>
            </div>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
