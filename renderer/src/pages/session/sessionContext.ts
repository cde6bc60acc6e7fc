// The unlocked session as the pages see it: its state (idle lock, recovery code date) and a way to lock.
import { createContext, useContext } from 'react';
import type { SessionState } from '../../../../shared/api/session';

export type UnlockedState = Extract<SessionState, { kind: 'unlocked' }>;

export interface SessionControl {
  state: UnlockedState;
  /** A new state from the backend (e.g. after setIdleLock); a non-unlocked one shows its screen. */
  update: (next: SessionState) => void;
  /** Locks the data file and shows the unlock screen. */
  lock: () => void;
}

export const SessionContext = createContext<SessionControl | null>(null);

export function useSession(): SessionControl {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession bruges uden for SessionGate.');
  return session;
}
