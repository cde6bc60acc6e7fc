import { useState } from 'react';
import type { BackupInfo } from '../../../shared/api/backup';
import { formatDateTime } from '../../../shared/format';
import { call, errorMessage, fieldErrors } from '../api/client';
import { BackupTable } from '../components/BackupTable';
import { TextField } from '../components/fields';
import { Modal } from '../components/Modal';
import { useLoad } from '../lib/useAsync';
import { Alert } from '../components/Alert';

export function BackupPage() {
  const list = useLoad(() => call('backup.list'), []);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  // A copy taken under another passphrase (before a change, or on another PC) asks for that day's passphrase.
  const [oldPassphrase, setOldPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState<string | null>(null);
  const second = list.data?.secondLocation;

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
        Programmet tager selv en sikkerhedskopi hver dag, mens det er åbent (de seneste 14 gemmes), og før det opdaterer data, gendanner eller laver
        større ændringer (overdragelse, udstedelse af opkrævninger). Kopierne er krypteret ligesom datafilen og ligger i <code>{list.data?.folder}</code>{' '}
        sammen med hver sin nøglefil (<code>.key</code>): kopiér altid begge filer.
      </p>
      <section className="card" aria-labelledby="anden-placering">
        <h2 id="anden-placering">Anden placering</h2>
        {second?.folder ? (
          <p>
            Hver kopi lægges også i <code>{second.folder}</code>.{' '}
            {second.lastCopyAt ? `Seneste kopi nåede derhen ${formatDateTime(second.lastCopyAt)}.` : 'Der er endnu ingen kopi dér.'}
          </p>
        ) : (
          <p>Vælg en mappe uden for computeren, f.eks. kommunens drev, så data ikke går tabt, hvis computeren bliver stjålet eller går i stykker.</p>
        )}
        <Alert kind="error">{second?.stale ? 'Ingen sikkerhedskopi har nået den anden placering i over en uge. Tjek, at drevet er tilgængeligt.' : null}</Alert>
        <div className="form__actions">
          {second?.canChoose ? (
            <button type="button" disabled={busy} onClick={() => void run(async () => `Kopierne gemmes nu også i ${(await call('backup.chooseSecondLocation')).folder ?? '(ingen mappe valgt)'}.`)}>
              {second.folder ? 'Vælg en anden mappe' : 'Vælg mappe'}
            </button>
          ) : (
            <p className="field__hint">I web-udgaven vælges mappen ved start: <code>npm run web -- --kopimappe &lt;mappe&gt;</code>.</p>
          )}
          {second?.folder ? (
            <button type="button" disabled={busy} onClick={() => void run(async () => (await call('backup.clearSecondLocation'), 'Den anden placering er fjernet.'))}>
              Stop med at kopiere dertil
            </button>
          ) : null}
        </div>
      </section>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ?? list.error}</Alert>
      <BackupTable
        backups={list.data?.backups ?? []}
        caption="Sikkerhedskopier"
        showName
        action={(b) => (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setRestoring(b);
              setOldPassphrase('');
              setNeedsPassphrase(null);
            }}
            aria-label={`Gendan ${b.name}`}
          >
            Gendan
          </button>
        )}
      />
      {list.data && list.data.backups.length === 0 ? <p className="empty">Der er ingen sikkerhedskopier endnu.</p> : null}
      {restoring ? (
        <Modal title="Gendan sikkerhedskopi" onClose={() => setRestoring(null)}>
          <div className="form">
            <p>
              Data erstattes med kopien fra <strong>{formatDateTime(restoring.createdAt)}</strong>. Ændringer gjort siden da forsvinder fra programmet, men
              de nuværende data gemmes først som en sikkerhedskopi, så intet går tabt.
            </p>
            {needsPassphrase ? (
              <TextField label="Adgangskode da kopien blev taget" type="password" value={oldPassphrase} onChange={setOldPassphrase} error={needsPassphrase} autoFocus />
            ) : null}
            <div className="form__actions">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => {
                  const chosen = restoring;
                  setBusy(true);
                  setError(null);
                  setNotice(null);
                  call('backup.restore', { name: chosen.name, ...(needsPassphrase ? { passphrase: oldPassphrase } : {}) }).then(
                    (r) => {
                      setRestoring(null);
                      setNotice(`Data er gendannet fra ${r.restored}.${r.safetyCopy ? ` De hidtidige data er gemt som ${r.safetyCopy}.` : ''}`);
                      list.reload();
                      setBusy(false);
                    },
                    (err: unknown) => {
                      const fields = fieldErrors(err);
                      if (fields.passphrase) setNeedsPassphrase(fields.passphrase);
                      else {
                        setRestoring(null);
                        setError(errorMessage(err));
                      }
                      setBusy(false);
                    },
                  );
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
