// A filter is checked by its method's own schema as it is typed: a bad value gets its Danish message
// next to the field, and the list keeps showing the answer to the last good filter.
import { useRef } from 'react';
import { apiMethods, type Method, type MethodInput } from '../../../shared/api/index';

export function useValidInput<M extends Method>(method: M, candidate: MethodInput<M>): { input: MethodInput<M>; errors: Record<string, string> } {
  const lastGood = useRef(candidate);
  const parsed = apiMethods[method].input.safeParse(candidate);
  if (parsed.success) {
    lastGood.current = candidate;
    return { input: candidate, errors: {} };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { input: lastGood.current, errors };
}
