// A form whose values are an API method's input, checked by the method's own shared schema before it is
// sent: every field and cross-field error shows at once, next to its field. A refusal from the backend
// (rules that need the database or today's date) lands on the field it names, or above the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import { errorMessage } from '../api/client';

export type SchemaForm<S extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/** `checkOnLeave`: a field is also checked when it is left (the passphrase rule), not only at submit. */
export function useApiForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaultValues: DefaultValues<z.input<S>>, { checkOnLeave = false } = {}): SchemaForm<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    // All errors at once on submit; then each field re-checks as it is corrected.
    mode: checkOnLeave ? 'onTouched' : 'onSubmit',
    reValidateMode: 'onChange',
  });
}

/** Where the form shows a refusal that names no field. */
export const FORM_MESSAGE = 'root.server';

/**
 * Shows a backend refusal on the form. Field paths come as the API's ("data.birthYear" of an update);
 * `prefix` is stripped so they land on the form's own fields.
 */
export function showRefusal<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, err: unknown, prefix = 'data.'): void {
  const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
  for (const [path, message] of fields) {
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    form.setError(name as Path<T>, { type: 'server', message });
  }
  if (fields.length === 0) form.setError(FORM_MESSAGE as Path<T>, { type: 'server', message: errorMessage(err) });
}

/** Runs a write with the form's parsed values; a refusal is shown on the form, success goes to the caller. */
export function submitWith<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, send: (values: O) => Promise<unknown>, prefix?: string) {
  return form.handleSubmit(async (values) => {
    try {
      await send(values);
    } catch (err) {
      showRefusal(form, err, prefix);
    }
  });
}

/** The message a form shows above its fields, if any. */
export function formMessage(form: { formState: { errors: FieldValues } }): string | null {
  const root = form.formState.errors.root as { server?: { message?: string } } | undefined;
  return root?.server?.message ?? null;
}
