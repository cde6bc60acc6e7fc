// State 'trouble': the data file cannot be opened. Says what is wrong and offers this file's backups.
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/api/backup';
import type { SessionState, TroubleKind } from '../../../../shared/api/session';
import { formatDateTime } from '../../../../shared/format';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { BackupTable } from '../../components/BackupTable';
import { DialogForm } from '../../components/DialogForm';
import { clearing, SecretField, ShowSecret } from './SecretForm';
import { SessionFrame } from './SessionFrame';
import { useSessionWrite } from './useSessionWrite';

type TroubleState = Extract<SessionState, { kind: 'trouble' }>;

const HEADINGS: Record<TroubleKind, string> = {
  missing: 'Datafilen mangler',
  corrupt: 'Datafilen er beskadiget',
  newer: 'Datafilen er fra en nyere version af Mentorkorps',
  foreign: 'Filen er ikke en Mentorkorps-datafil',
  keyfile: 'Nøglefilen mangler eller er beskadiget',
  unreadable: 'Datafilen kan ikke læses',
};

function explanation(state: TroubleState) {
  switch (state.problem) {
    case 'missing':
      return 'Filen findes ikke længere, hvor den plejer at ligge. Er den flyttet eller slettet, kan du gendanne en sikkerhedskopi nedenfor.';
    case 'corrupt':
      return state.movedAsideTo ? (
        <>
          Filen bestod ikke kontrollen, da programmet startede. Den er flyttet til side som <span className="mono">{state.movedAsideTo}</span> og er ikke
          ændret, så IT kan undersøge den. Gendan en sikkerhedskopi nedenfor.
        </>
      ) : (
        'Filen bestod ikke kontrollen, da programmet startede, og er ikke ændret. Gendan en sikkerhedskopi nedenfor.'
      );
    case 'newer':
      return 'Filen er gemt af en nyere udgave af Mentorkorps end denne. Installér den nyeste udgave; filen er ikke ændret. Du kan også gendanne en ældre sikkerhedskopi nedenfor.';
    case 'foreign':
      return 'Filen tilhører et andet program eller er slet ikke en database. Den er ikke ændret. Tjek, at programmet peger på den rigtige fil, eller gendan en sikkerhedskopi nedenfor.';
    case 'keyfile':
      return 'Uden nøglefilen ved siden af datafilen kan den krypterede fil ikke åbnes. Læg nøglefilen tilbage fra en kopi af mappen, eller gendan en sikkerhedskopi nedenfor.';
    case 'unreadable':
      return 'Programmet må ikke læse eller skrive filen eller dens mappe – måske er rettighederne ændret, eller drevet er ikke tilsluttet. Tilslut drevet og prøv igen, eller kontakt IT.';
  }
}

export function TroubleScreen({ state, onChange }: { state: TroubleState; onChange: (next: SessionState) => void }) {
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  // Asked again only on "Prøv at åbne filen igen".
  const check = useApiQuery('session.state', undefined, { enabled: false });
  const checkError = check.error ? errorMessage(check.error) : null;

  function checkAgain() {
    check.refetch().then((r) => r.data && onChange(r.data), () => undefined);
  }

  return (
    <SessionFrame wide>
      <h1>{HEADINGS[state.problem]}</h1>
      <p>{explanation(state)}</p>
      {state.message ? (
        // The explanation above says it in plain words; the backend's own sentence is for IT.
        <details className="session__detail">
          <summary>Besked til IT</summary>
          {state.message}
        </details>
      ) : null}
      <p className="muted">
        Datafil: <span className="mono">{state.dataFile}</span>
      </p>
      <h2>Sikkerhedskopier af filen</h2>
      {state.backups.length === 0 ? (
        <p className="empty">
          Der er ingen sikkerhedskopier af denne fil. Kontakt jeres IT-afdeling: de kan måske hente filen eller mappen fra kommunens egen backup. Vejledningen
          (README) beskriver under "Med hånden", hvordan en kopi lægges ind, når programmet er lukket.
        </p>
      ) : (
        <BackupTable
          backups={state.backups}
          caption="Sikkerhedskopier af filen"
          action={(b) => (
            <button type="button" onClick={() => setRestoring(b)} aria-label={`Gendan denne kopi fra ${formatDateTime(b.createdAt)}`}>
              Gendan denne kopi
            </button>
          )}
        />
      )}
      <Alert kind="error">{checkError}</Alert>
      <div className="form__actions">
        <button type="button" disabled={check.isFetching} onClick={checkAgain}>
          Prøv at åbne filen igen
        </button>
      </div>
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onRestored={onChange} /> : null}
    </SessionFrame>
  );
}

/** A backup opens with the passphrase or the recovery code that was valid when it was taken. */
function RestoreDialog({ backup, onClose, onRestored }: { backup: BackupInfo; onClose: () => void; onRestored: (next: SessionState) => void }) {
  const [using, setUsing] = useState<'passphrase' | 'recoveryCode'>('passphrase');
  const [secret, setSecret] = useState('');
  const [show, setShow] = useState(false);
  const { errors, general, busy, send, clear } = useSessionWrite('session.restoreBackup', onRestored);
  const label = using === 'passphrase' ? 'Adgangskode' : 'Gendannelseskode';

  return (
    <DialogForm
      title={`Gendan kopien fra ${formatDateTime(backup.createdAt)}`}
      onClose={onClose}
      busy={busy}
      submitLabel="Gendan kopien"
      onSubmit={() => send(using === 'passphrase' ? { name: backup.name, passphrase: secret } : { name: backup.name, recoveryCode: secret })}
    >
      <p>Kopien er låst med den adgangskode eller gendannelseskode, der gjaldt, da den blev taget. Skriv en af dem.</p>
      <fieldset className="checks">
        <legend>Jeg bruger</legend>
        <div className="session__choice">
          {(['passphrase', 'recoveryCode'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="restore-secret"
                checked={using === k}
                onChange={() => {
                  setUsing(k);
                  setSecret('');
                  clear();
                }}
              />
              {k === 'passphrase' ? 'adgangskoden' : 'gendannelseskoden'}
            </label>
          ))}
        </div>
      </fieldset>
      <SecretField
        key={using}
        label={label}
        // A recovery code is typed from paper and is always shown.
        show={using !== 'passphrase' || show}
        autoComplete={using === 'passphrase' ? 'current-password' : 'off'}
        autoFocus
        value={secret}
        onChange={clearing(setSecret, clear)}
        // A wrong secret names no field; it belongs at this one all the same.
        error={errors[using] ?? errors.name ?? general}
      />
      {using === 'passphrase' ? <ShowSecret show={show} onChange={setShow} /> : null}
    </DialogForm>
  );
}
