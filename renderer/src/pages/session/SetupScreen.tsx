// State 'new' (no data file yet) or 'plain' (an unencrypted file from an earlier version): choose the passphrase.
import { useState } from 'react';
import { newPassphraseForms, type SessionResults, type SessionState } from '../../../../shared/api/session';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { formMessage, submitWith } from '../../lib/useApiForm';
import { NewPassphraseFields, usePassphraseForm } from './PassphraseFields';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import { SecretForm } from './SecretForm';
import { SessionFrame } from './SessionFrame';

type SetupState = Extract<SessionState, { kind: 'new' | 'plain' }>;

/** " og dens 3 sikkerhedskopier" (nothing when there are none). */
function andBackups(n: number, pronoun: string): string {
  if (n === 0) return '';
  return ` og ${pronoun}${n} ${n === 1 ? 'sikkerhedskopi' : 'sikkerhedskopier'}`;
}

export function SetupScreen({ state, onDone }: { state: SetupState; onDone: (next: SessionState) => void }) {
  const [result, setResult] = useState<SessionResults['session.setup'] | null>(null);
  const form = usePassphraseForm(newPassphraseForms['session.setup'], { passphrase: '', repeat: '' });
  const setup = useApiMutation('session.setup', { onSuccess: setResult });
  const busy = form.formState.isSubmitting;
  const plain = state.kind === 'plain';

  if (result) {
    const createdAt = result.state.kind === 'unlocked' ? result.state.recoveryCodeCreatedAt : new Date().toISOString();
    return (
      <SessionFrame wide>
        <RecoveryCodeSheet
          code={result.recoveryCode}
          createdAt={createdAt}
          dataFile={state.dataFile}
          notice={plain ? `Filen${andBackups(result.encryptedBackups, '')} er krypteret.` : 'Adgangskoden er gemt, og datafilen er krypteret.'}
          onContinue={() => onDone(result.state)}
        />
      </SessionFrame>
    );
  }

  const submit = submitWith(form, (values) => setup.mutateAsync({ passphrase: values.passphrase }));

  return (
    <SessionFrame>
      <h1>{plain ? 'Kryptér datafilen' : 'Beskyt data med en adgangskode'}</h1>
      {plain ? (
        <p>
          Datafilen er fra en tidligere version og er ikke krypteret. Vælg en adgangskode, så krypteres filen{andBackups(state.plainBackups, 'dens ')}.
        </p>
      ) : null}
      <p>
        Mentorkorps gemmer oplysninger om unge. Derfor er datafilen beskyttet af en adgangskode, som du som koordinator selv vælger: uden den kan ingen læse filen
        eller dens sikkerhedskopier – heller ikke hvis computeren bliver stjålet.
      </p>
      <p>Bagefter får du en gendannelseskode. Den er vejen tilbage, hvis adgangskoden bliver glemt, så den skal skrives ned eller udskrives.</p>
      <SecretForm
        onSubmit={() => void submit()}
        busy={busy}
        submitLabel={plain ? 'Kryptér datafilen' : 'Gem adgangskoden'}
        showLabel="Vis adgangskoderne"
        notice={<Alert kind="error">{formMessage(form)}</Alert>}
        actions={busy && plain ? <span role="status">Krypterer filen og sikkerhedskopierne …</span> : null}
      >
        {(show) => (
          <NewPassphraseFields form={form} name="passphrase" repeatName="repeat" label="Adgangskode" repeatLabel="Gentag adgangskode" show={show} autoFocus />
        )}
      </SecretForm>
      <p className="muted">
        Datafil: <span className="mono">{state.dataFile}</span>
      </p>
    </SessionFrame>
  );
}
