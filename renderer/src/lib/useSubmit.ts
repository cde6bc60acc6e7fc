import { useRef, useState } from 'react';
import { errorMessage, fieldErrors } from '../api/client';

/**
 * Runs a form's backend call: busy while it runs, field errors and a message when it is refused.
 * `general` is the message only when the refusal names no field, for forms that show it above the fields.
 */
export function useSubmit<T>(onDone: (result: T) => void = () => undefined) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A second submit (Enter pressed twice) before the first has answered is dropped, not sent again.
  const running = useRef(false);
  async function run<R extends T>(action: () => Promise<R>, then: (result: R) => void = onDone) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setMessage(null);
    try {
      const result = await action();
      setErrors({});
      then(result);
    } catch (err) {
      setErrors(fieldErrors(err));
      setMessage(errorMessage(err));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }
  /** Forgets the last refusal, e.g. when a choice it was about has changed. */
  function clear() {
    setErrors({});
    setMessage(null);
  }
  const general = message !== null && Object.keys(errors).length === 0 ? message : null;
  return { errors, message, general, busy, run, clear };
}
