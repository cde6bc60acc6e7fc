import { useState } from 'react';
import { errorMessage, fieldErrors } from '../api/client';

/** Runs a form's backend call: busy while it runs, field errors and a message when it is refused. */
export function useSubmit<T>(onDone: (result: T) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<T>) {
    setBusy(true);
    setMessage(null);
    try {
      onDone(await action());
    } catch (err) {
      setErrors(fieldErrors(err));
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return { errors, message, busy, run };
}
