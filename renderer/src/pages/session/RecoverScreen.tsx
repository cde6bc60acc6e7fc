// Forgotten passphrase: the recovery code opens the data file, and a new passphrase is chosen at once.
import { useState } from 'react';
import type { SessionState } from '../../../../shared/api/session';
import { NewPassphraseFields, useNewPassphrase } from './PassphraseFields';
import { clearing, SecretField, SecretForm } from './SecretForm';
import { SessionFrame } from './SessionFrame';
import { useSessionWrite } from './useSessionWrite';

export function RecoverScreen({ onDone, onBack }: { onDone: (next: SessionState) => void; onBack: () => void }) {
  const [recoveryCode, setRecoveryCode] = useState('');
  // A refusal that names no field (a wrong code) is shown at the code.
  const { errors, general, busy, send, clear } = useSessionWrite('session.recover', onDone);
  const pair = useNewPassphrase(clear);

  function submit() {
    if (!pair.ready()) return;
    send({ recoveryCode, newPassphrase: pair.passphrase });
  }

  return (
    <SessionFrame>
      <h1>Brug gendannelseskoden</h1>
      <p>
        Skriv gendannelseskoden fra papiret, du fik, da adgangskoden blev valgt (6 grupper á 4 tegn). Vælg derefter en ny adgangskode.
      </p>
      <SecretForm
        onSubmit={submit}
        busy={busy}
        submitLabel="Gem ny adgangskode og lås op"
        showLabel="Vis adgangskoderne"
        actions={
          <button type="button" onClick={onBack}>
            Tilbage
          </button>
        }
      >
        {(show) => (
          <>
            <div className="session__code-input">
              {/* The code is not secret to the eye: always shown. */}
              <SecretField
                label="Gendannelseskode"
                show
                autoComplete="off"
                autoFocus
                placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                value={recoveryCode}
                onChange={clearing(setRecoveryCode, clear)}
                error={errors.recoveryCode ?? general}
              />
            </div>
            <NewPassphraseFields {...pair.fields} serverError={errors.newPassphrase} show={show} />
          </>
        )}
      </SecretForm>
    </SessionFrame>
  );
}
