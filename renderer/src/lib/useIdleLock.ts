// The app lock while unlocked: no input for idleLockMinutes, or Ctrl+L / Cmd+L, locks; the session state,
// asked again every 30 seconds, notices a lock made elsewhere (the backend's own idle timer, another window).
import { useEffect, useRef } from 'react';
import type { SessionState } from '../../../shared/api/session';
import { useApiQuery } from '../api/queries';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'keydown'] as const;
export const SESSION_POLL_MS = 30_000;
// Checked on an interval rather than one long timeout, so a computer waking from sleep locks at once.
const IDLE_CHECK_MS = 5_000;

/** idleLockMinutes null: not unlocked, nothing to watch. lock and onState must be stable. */
export function useIdleLock(idleLockMinutes: number | null, lock: () => void, onState: (state: SessionState) => void) {
  const lastInput = useRef(0);
  const watchingSince = useRef(0);
  const watching = idleLockMinutes !== null;
  // A LOCKED/UNAUTHORIZED answer reaches the gate through onLocked; a locked state answered here, through onState.
  const session = useApiQuery('session.state', undefined, { enabled: watching, refetchInterval: SESSION_POLL_MS });

  useEffect(() => {
    if (watching) watchingSince.current = Date.now();
  }, [watching]);

  useEffect(() => {
    // Only answers given while unlocked count: the cache may still hold the state from before the unlock.
    if (watching && session.data && session.dataUpdatedAt > watchingSince.current && session.data.kind !== 'unlocked') onState(session.data);
  }, [watching, session.data, session.dataUpdatedAt, onState]);

  useEffect(() => {
    if (idleLockMinutes === null) return;
    lastInput.current = Date.now();
    const touch = () => {
      lastInput.current = Date.now();
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lock();
      }
    };
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, touch, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, true);
    const idle = window.setInterval(() => {
      if (Date.now() - lastInput.current >= idleLockMinutes * 60_000) lock();
    }, IDLE_CHECK_MS);
    return () => {
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, touch, { capture: true });
      window.removeEventListener('keydown', onKey, true);
      window.clearInterval(idle);
    };
  }, [idleLockMinutes, lock]);
}
