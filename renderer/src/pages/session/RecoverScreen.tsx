// Forgotten passphrase: the recovery code opens the data file, and a new passphrase is chosen at once.
import { useState } from 'react';
import type { SessionState } from '../../../../shared/api/session';
import { call } from '../../api/client';
import { TextField } from '../../components/fields';
import { useSubmit } from '../../lib/useSubmit';
import { EMPTY_NEW_PASSPHRASE, NewPassphraseFields, newPassphraseReady, ShowSecret } from './PassphraseFields';
import { SessionFrame } from './SessionFrame';

export function RecoverScreen({ onDone, onBack }: { onDone: (next: SessionState) => void; onBack: () => void }) {
  const [recoveryCode, setRecoveryCode] = useState('');
  const [value, setValue] = useState(EMPTY_NEW_PASSPHRASE);
  const [show, setShow] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // A refusal that names no field (a wrong code) is shown at the code.
  const { errors, general, busy, run, clear } = useSubmit(onDone);

  function submit() {
    setSubmitted(true);
    if (!newPassphraseReady(value)) return;
    void run(() => call('session.recover', { recoveryCode, newPassphrase: value.passphrase }));
  }

  return (
    <SessionFrame>
      <h1>Brug gendannelseskoden</h1>
      <p>
        Skriv gendannelseskoden fra papiret, du fik, da adgangskoden blev valgt (6 grupper á 4 tegn). Vælg derefter en ny adgangskode.
      </p>
      <form
        className="form session__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="session__code-input">
          <TextField
            label="Gendannelseskode"
            required
            autoFocus
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            value={recoveryCode}
            onChange={(v) => {
              setRecoveryCode(v);
              clear();
            }}
            error={errors.recoveryCode ?? general ?? undefined}
          />
        </div>
        <NewPassphraseFields
          value={value}
          onChange={(v) => {
            setValue(v);
            clear();
          }}
          submitted={submitted}
          serverError={errors.newPassphrase}
          show={show}
        />
        <ShowSecret show={show} onChange={setShow} label="Vis adgangskoderne" />
        <div className="form__actions">
          <button type="submit" className="primary" disabled={busy}>
            Gem ny adgangskode og lås op
          </button>
          <button type="button" onClick={onBack}>
            Tilbage
          </button>
        </div>
      </form>
    </SessionFrame>
  );
}
