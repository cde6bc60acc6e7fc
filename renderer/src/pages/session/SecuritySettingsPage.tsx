// "Sikkerhed": change the passphrase, make a new recovery code, the idle lock, and "Lås nu".
import { useEffect, useState } from 'react';
import { newPassphraseForms, sessionMethods, type SessionResults } from '../../../../shared/api/session';
import { formatDateTime } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DialogForm, InlineForm } from '../../components/DialogForm';
import { FormText } from '../../components/formFields';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { NewPassphraseFields, usePassphraseForm } from './PassphraseFields';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import { FormSecret, SecretForm } from './SecretForm';
import { useSession } from './sessionContext';

export function SecuritySettingsPage() {
  const session = useSession();
  const { state } = session;
  const [newCode, setNewCode] = useState<SessionResults['session.newRecoveryCode'] | null>(null);
  const [askingCode, setAskingCode] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const sessionState = useApiQuery('session.state', undefined, { enabled: false });

  /** The dates shown here come from the state; fetch it again after a change. */
  function refresh(message: string) {
    setNotice(message);
    sessionState.refetch().then(({ data }) => data && session.update(data), () => undefined);
  }

  if (newCode) {
    return (
      <RecoveryCodeSheet
        code={newCode.recoveryCode}
        createdAt={newCode.createdAt}
        dataFile={state.dataFile}
        notice="Den nye gendannelseskode er lavet. Den gamle kode virker ikke længere."
        onContinue={() => {
          setNewCode(null);
          refresh('Den nye gendannelseskode gælder fra nu. Den gamle virker ikke længere.');
        }}
      />
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>Sikkerhed</h1>
        <button type="button" className="primary" onClick={session.lock}>
          Lås nu
        </button>
      </header>
      <p>
        Data er krypteret med din adgangskode. Programmet låser selv, når det ikke har været brugt et stykke tid, og med Ctrl+L (Cmd+L på Mac). Datafil:{' '}
        <span className="mono">{state.dataFile}</span>
      </p>
      <Alert kind="ok">{notice}</Alert>
      <ChangePassphrase changedAt={state.passphraseChangedAt} onChanged={() => refresh('Adgangskoden er skiftet. Brug den nye, næste gang du låser op.')} />

      <section className="settings-section" aria-labelledby="recovery-heading">
        <h2 id="recovery-heading">Gendannelseskode</h2>
        <p>
          {state.recoveryCodeCreatedAt ? `Den nuværende gendannelseskode blev lavet ${formatDateTime(state.recoveryCodeCreatedAt)}. ` : null}
          Er papiret med koden blevet væk, eller har andre set den, så lav en ny. Den gamle kode holder op med at virke.
        </p>
        <button type="button" onClick={() => setAskingCode(true)}>
          Lav en ny gendannelseskode
        </button>
      </section>

      <IdleLock minutes={state.idleLockMinutes} onSaved={(next) => {
        session.update(next);
        setNotice('Tiden for automatisk lås er gemt.');
      }} />

      {askingCode ? (
        <NewRecoveryCodeDialog
          onClose={() => setAskingCode(false)}
          onMade={(r) => {
            setAskingCode(false);
            setNotice(null);
            setNewCode(r);
          }}
        />
      ) : null}
    </>
  );
}

function ChangePassphrase({ changedAt, onChanged }: { changedAt: string; onChanged: () => void }) {
  const form = usePassphraseForm(newPassphraseForms['session.changePassphrase'], { currentPassphrase: '', newPassphrase: '', repeat: '' });
  const change = useApiMutation('session.changePassphrase', { onSuccess: onChanged });
  const { isSubmitSuccessful } = form.formState;
  // Afresh after a change, with no "left the field" marks; reset after the submit has ended (react-hook-form's advice).
  useEffect(() => {
    if (isSubmitSuccessful) form.reset();
  }, [isSubmitSuccessful, form]);
  const submit = submitWith(form, (values) => change.mutateAsync({ currentPassphrase: values.currentPassphrase, newPassphrase: values.newPassphrase }));
  return (
    <section className="settings-section" aria-labelledby="change-heading">
      <h2 id="change-heading">Skift adgangskode</h2>
      {changedAt ? <p className="muted">Sidst skiftet {formatDateTime(changedAt)}.</p> : null}
      <SecretForm className="form settings-form" onSubmit={() => void submit()} busy={form.formState.isSubmitting} submitLabel="Skift adgangskode" showLabel="Vis adgangskoderne">
        {(show) => (
          <>
            {/* A wrong current passphrase may come without a field name; it belongs here. */}
            <FormSecret form={form} name="currentPassphrase" label="Nuværende adgangskode" show={show} otherError={formMessage(form)} />
            <NewPassphraseFields form={form} name="newPassphrase" repeatName="repeat" show={show} />
          </>
        )}
      </SecretForm>
    </section>
  );
}

function NewRecoveryCodeDialog({ onClose, onMade }: { onClose: () => void; onMade: (r: SessionResults['session.newRecoveryCode']) => void }) {
  const form = useApiForm(sessionMethods['session.newRecoveryCode'].input, { passphrase: '' });
  const make = useApiMutation('session.newRecoveryCode', { onSuccess: onMade });
  return (
    <DialogForm
      title="Lav en ny gendannelseskode"
      onClose={onClose}
      busy={form.formState.isSubmitting}
      submitLabel="Lav ny kode"
      dirty={form.formState.isDirty}
      onSubmit={submitWith(form, (values) => make.mutateAsync(values))}
    >
      <p>Skriv adgangskoden for at lave en ny gendannelseskode. Den gamle kode holder op med at virke, så snart den nye er lavet.</p>
      {/* A wrong passphrase names no field; it belongs at this one all the same. */}
      <FormSecret form={form} name="passphrase" label="Adgangskode" otherError={formMessage(form)} />
    </DialogForm>
  );
}

function IdleLock({ minutes, onSaved }: { minutes: number; onSaved: (next: SessionResults['session.setIdleLock']) => void }) {
  const form = useApiForm(sessionMethods['session.setIdleLock'].input, { minutes });
  const save = useApiMutation('session.setIdleLock', { onSuccess: onSaved });
  return (
    <section className="settings-section" aria-labelledby="idle-heading">
      <h2 id="idle-heading">Automatisk lås</h2>
      <InlineForm busy={form.formState.isSubmitting} submitLabel="Gem" onSubmit={submitWith(form, (values) => save.mutateAsync(values))}>
        <FormText control={form.control} name="minutes" label="Lås efter minutter uden brug" inputMode="numeric" required hint="Mellem 1 og 240 minutter." />
      </InlineForm>
      <Alert kind="error">{formMessage(form)}</Alert>
    </section>
  );
}
