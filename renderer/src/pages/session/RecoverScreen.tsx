// Forgotten passphrase: the recovery code opens the data file, and a new passphrase is chosen at once.
import { newPassphraseForms, type SessionState } from '../../../../shared/api/session';
import { useApiMutation } from '../../api/queries';
import { formMessage, submitWith } from '../../lib/useApiForm';
import { NewPassphraseFields, usePassphraseForm } from './PassphraseFields';
import { FormSecret, SecretForm } from './SecretForm';
import { SessionFrame } from './SessionFrame';

export function RecoverScreen({ onDone, onBack }: { onDone: (next: SessionState) => void; onBack: () => void }) {
  const form = usePassphraseForm(newPassphraseForms['session.recover'], { recoveryCode: '', newPassphrase: '', repeat: '' });
  const recover = useApiMutation('session.recover', { onSuccess: onDone });
  const submit = submitWith(form, (values) => recover.mutateAsync({ recoveryCode: values.recoveryCode, newPassphrase: values.newPassphrase }));

  return (
    <SessionFrame>
      <h1>Brug gendannelseskoden</h1>
      <p>
        Skriv gendannelseskoden fra papiret, du fik, da adgangskoden blev valgt (6 grupper á 4 tegn). Vælg derefter en ny adgangskode.
      </p>
      <SecretForm
        onSubmit={() => void submit()}
        busy={form.formState.isSubmitting}
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
              {/* The code is not secret to the eye: always shown. A refusal that names no field (a wrong code) is shown here. */}
              <FormSecret
                form={form}
                name="recoveryCode"
                label="Gendannelseskode"
                show
                autoComplete="off"
                autoFocus
                placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                otherError={formMessage(form)}
              />
            </div>
            <NewPassphraseFields form={form} name="newPassphrase" repeatName="repeat" show={show} />
          </>
        )}
      </SecretForm>
    </SessionFrame>
  );
}
