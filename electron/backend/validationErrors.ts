// A refused input as the one ApiError shape: every field path ("participants.0.students") gets a
// non-empty Danish message. Keys come from the caller (JSON may hold "__proto__" or "constructor"
// as own keys), so fields are collected in a Map and never assigned onto a plain object.
import type { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { danishIssueMessage, fieldLabel, shownKey } from '../../shared/schemas/danishErrors';

const pathKey = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'input');

export function zodToApiError(error: z.ZodError): ApiError {
  const fields = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!fields.has(key)) fields.set(key, message);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Inside an object the object is named by its Danish label (its key may be an English word like "expected").
      const where = issue.path.length ? ` i ${fieldLabel(issue.path)}` : '';
      for (const key of issue.keys) add(pathKey([...issue.path, key]), `Ukendt felt${where}: ${shownKey(String(key))}.`);
      continue;
    }
    // zod falls back to English "Invalid input" only if no map gave a message; never pass that on.
    const message = issue.message && !/^Invalid input/.test(issue.message) ? issue.message : danishIssueMessage(issue as never);
    add(pathKey(issue.path), message);
  }
  if (fields.size === 0) add('input', 'Indholdet er ugyldigt.');
  const messages = [...new Set(fields.values())];
  return new ApiError('VALIDATION', messages.join(' '), Object.fromEntries(fields));
}
