// Before anything else: ask the backend how the data file stands, and show its screen until it is unlocked.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SessionState } from '../../../../shared/api/session';
import { errorMessage, onLocked } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useIdleLock } from '../../lib/useIdleLock';
import { RecoverScreen } from './RecoverScreen';
import { SessionContext, type SessionControl } from './sessionContext';
import { SetupScreen } from './SetupScreen';
import { TroubleScreen } from './TroubleScreen';
import { UnlockScreen } from './UnlockScreen';

/** The screen to show after a lock: the backend's word, or plain 'locked' when it still says unlocked (a web session that ended). */
function lockedState(prev: SessionState | null, next: SessionState | null): SessionState | null {
  if (next && next.kind !== 'unlocked') return next;
  if (!prev) return next;
  return { kind: 'locked', dataFile: prev.dataFile, failedAttempts: 0, retryAfterMs: 0 };
}

export function SessionGate({ children }: { children: ReactNode }) {
  // The backend's first word; after that the screens move the state machine on with their answers.
  const first = useApiQuery('session.state');
  const [state, setState] = useState<SessionState | null>(null);
  const [recovering, setRecovering] = useState(false);
  const kind = useRef<SessionState['kind'] | null>(null);
  const locking = useRef(false);
  const { refetch } = first;
  const { mutate: sendLock } = useApiMutation('session.lock');

  useEffect(() => {
    kind.current = state?.kind ?? null;
  }, [state]);

  // Only the first answer starts the machine: later refetches (a write invalidates every read) must not
  // skip a screen, such as the recovery code shown after setup.
  const firstAnswer = first.data;
  useEffect(() => {
    if (firstAnswer) setState((s) => s ?? firstAnswer);
  }, [firstAnswer]);

  const showLocked = useCallback((next: SessionState | null) => {
    setRecovering(false);
    setState((prev) => lockedState(prev, next));
  }, []);

  // Any call answered LOCKED/UNAUTHORIZED while the app is open brings back the unlock screen.
  // (On the session screens themselves such answers are their own errors, e.g. a wrong passphrase.)
  useEffect(
    () =>
      onLocked(() => {
        if (kind.current !== 'unlocked') return;
        refetch().then((r) => showLocked(r.data ?? null), () => showLocked(null));
      }),
    [showLocked, refetch],
  );

  const lock = useCallback(() => {
    if (locking.current) return;
    locking.current = true;
    const done = (next: SessionState | null) => {
      locking.current = false;
      showLocked(next);
    };
    sendLock(undefined, { onSuccess: done, onError: () => done(null) });
  }, [showLocked, sendLock]);

  useIdleLock(state?.kind === 'unlocked' ? state.idleLockMinutes : null, lock, showLocked);

  const unlocked = state?.kind === 'unlocked' ? state : null;
  const control = useMemo<SessionControl | null>(() => (unlocked ? { state: unlocked, update: setState, lock } : null), [unlocked, lock]);

  if (first.error && !state) {
    return (
      <p className="alert alert--error" role="alert">
        Mentorkorps kunne ikke starte: {errorMessage(first.error)}
      </p>
    );
  }
  if (!state) return <p className="loading">Indlæser …</p>;
  switch (state.kind) {
    case 'new':
    case 'plain':
      return <SetupScreen state={state} onDone={setState} />;
    case 'locked':
      return recovering ? (
        <RecoverScreen onDone={setState} onBack={() => setRecovering(false)} />
      ) : (
        <UnlockScreen state={state} onUnlocked={setState} onForgot={() => setRecovering(true)} />
      );
    case 'trouble':
      return <TroubleScreen state={state} onChange={setState} />;
    case 'unlocked':
      return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
  }
}
