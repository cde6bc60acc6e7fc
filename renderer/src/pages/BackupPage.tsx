import { useState } from 'react';
import type { BackupInfo } from '../../../shared/api/backup';
import { formatDateTime } from '../../../shared/format';
import { errorMessage } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/queries';
import { Alert } from '../components/Alert';
import { BackupTable } from '../components/BackupTable';
import { RestoreBackupDialog } from './RestoreBackupDialog';

export function BackupPage() {
  const list = useApiQuery('backup.list');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const done = (message: string) => {
    setError(null);
    setNotice(message);
  };
  const failed = (err: unknown) => {
    setNotice(null);
    setError(errorMessage(err));
  };
  const create = useApiMutation('backup.create', { onSuccess: (b) => done(`Sikkerhedskopien ${b.name} er gemt.`) });
  const choose = useApiMutation('backup.chooseSecondLocation', { onSuccess: (s) => done(`Kopierne gemmes nu også i ${s.folder ?? '(ingen mappe valgt)'}.`) });
  const clear = useApiMutation('backup.clearSecondLocation', { onSuccess: () => done('Den anden placering er fjernet.') });
  const busy = create.isPending || choose.isPending || clear.isPending;
  const run = (mutation: { mutate: (input: undefined, options: { onError: (err: unknown) => void }) => void }) => {
    setNotice(null);
    setError(null);
    mutation.mutate(undefined, { onError: failed });
  };
  const second = list.data?.secondLocation;

  return (
    <>
      <header className="page-header">
        <h1>Sikkerhedskopier</h1>
        <button type="button" className="primary" disabled={busy} onClick={() => run(create)}>
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
            <button type="button" disabled={busy} onClick={() => run(choose)}>
              {second.folder ? 'Vælg en anden mappe' : 'Vælg mappe'}
            </button>
          ) : (
            <p className="field__hint">I web-udgaven vælges mappen ved start: <code>npm run web -- --kopimappe &lt;mappe&gt;</code>.</p>
          )}
          {second?.folder ? (
            <button type="button" disabled={busy} onClick={() => run(clear)}>
              Stop med at kopiere dertil
            </button>
          ) : null}
        </div>
      </section>
      <Alert kind="ok">{notice}</Alert>
      <Alert kind="error">{error ?? (list.error ? errorMessage(list.error) : null)}</Alert>
      <BackupTable
        backups={list.data?.backups ?? []}
        caption="Sikkerhedskopier"
        showName
        action={(b) => (
          <button type="button" disabled={busy} onClick={() => setRestoring(b)} aria-label={`Gendan ${b.name}`}>
            Gendan
          </button>
        )}
      />
      {list.data && list.data.backups.length === 0 ? <p className="empty">Der er ingen sikkerhedskopier endnu.</p> : null}
      {restoring ? (
        <RestoreBackupDialog
          backup={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(r) => {
            setRestoring(null);
            done(`Data er gendannet fra ${r.restored}.${r.safetyCopy ? ` De hidtidige data er gemt som ${r.safetyCopy}.` : ''}`);
          }}
          onFailed={(err) => {
            setRestoring(null);
            failed(err);
          }}
        />
      ) : null}
    </>
  );
}
