// State 'locked': the passphrase opens the data file; after repeated wrong tries the backend makes us wait.
import { useEffect, useId, useState } from 'react';
import { sessionMethods, type SessionState } from '../../../../shared/api/session';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { formMessage, submitWith, useApiForm } from '../../lib/useApiForm';
import { FormSecret, SecretForm } from './SecretForm';
import { SessionFrame } from './SessionFrame';

type LockedState = Extract<SessionState, { kind: 'locked' }>;

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${s} ${s === 1 ? 'sekund' : 'sekunder'}`;
}

export function UnlockScreen({ state, onUnlocked, onForgot }: { state: LockedState; onUnlocked: (next: SessionState) => void; onForgot: () => void }) {
  const form = useApiForm(sessionMethods['session.unlock'].input, { passphrase: '' });
  const unlock = useApiMutation('session.unlock', { onSuccess: onUnlocked });
  // Asked after a wrong try, which may start a wait; the state says how long.
  const session = useApiQuery('session.state', undefined, { enabled: false });
  const [retryAt, setRetryAt] = useState(() => Date.now() + state.retryAfterMs);
  const [now, setNow] = useState(() => Date.now());
  const waitId = useId();
  const waitMs = Math.max(0, retryAt - now);

  // Ticks until the wait is over; compares with the rendered `now`, so the last tick always shows 0 and frees the button.
  useEffect(() => {
    if (retryAt <= now) return;
    const timer = window.setTimeout(() => setNow((n) => Math.max(Date.now(), n + 1)), Math.min(250, retryAt - now));
    return () => window.clearTimeout(timer);
  }, [retryAt, now]);

  const submit = submitWith(form, async (values) => {
    try {
      await unlock.mutateAsync(values);
    } catch (err) {
      session.refetch().then(
        ({ data: s }) => {
          if (s?.kind === 'locked') {
            const t = Date.now();
            setNow(t);
            setRetryAt(t + s.retryAfterMs);
          }
        },
        () => undefined,
      );
      throw err;
    }
  });

  return (
    <SessionFrame>
      <h1>Lås Mentorkorps op</h1>
      <p>Data er låst. Skriv adgangskoden for at åbne dem.</p>
      <SecretForm
        onSubmit={() => void submit()}
        busy={form.formState.isSubmitting}
        submitLabel="Lås op"
        blocked={waitMs > 0}
        describedBy={waitMs > 0 ? waitId : undefined}
        actions={
          waitMs > 0 ? (
            <span id={waitId} className="session__wait">
              Prøv igen om {seconds(waitMs)}
            </span>
          ) : null
        }
      >
        {(show) => (
          // A wrong passphrase names no field; it belongs at this one all the same.
          <FormSecret form={form} name="passphrase" label="Adgangskode" show={show} autoFocus otherError={formMessage(form)} />
        )}
      </SecretForm>
      <p>
        <button type="button" className="link" onClick={onForgot}>
          Glemt adgangskoden? Brug gendannelseskoden
        </button>
      </p>
      <p className="muted">
        Datafil: <span className="mono">{state.dataFile}</span>
      </p>
    </SessionFrame>
  );
}
