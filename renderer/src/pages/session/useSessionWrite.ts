// A session screen's write as a TanStack mutation, with its refusal split the way these screens show it:
// field errors by name, and `general` when the refusal names no field (a wrong passphrase or code).
import type { Method, MethodInput, MethodResult } from '../../../../shared/api/index';
import { errorMessage, fieldErrors } from '../../api/client';
import { useApiMutation } from '../../api/queries';

export function useSessionWrite<M extends Method>(method: M, onDone: (result: MethodResult<M>) => void) {
  const mutation = useApiMutation(method, { onSuccess: (result) => onDone(result) });
  const errors = mutation.error ? fieldErrors(mutation.error) : {};
  const message = mutation.error ? errorMessage(mutation.error) : null;
  return {
    errors,
    message,
    general: message !== null && Object.keys(errors).length === 0 ? message : null,
    busy: mutation.isPending,
    /** Sends once: a second submit (Enter pressed twice) before the answer is dropped. */
    send(input: MethodInput<M>) {
      if (!mutation.isPending) mutation.mutate(input);
    },
    /** Forgets the last refusal, which was about the text as it was. */
    clear: mutation.reset,
  };
}
