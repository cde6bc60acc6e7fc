// Select options and small display helpers for the caseload pages; the lists themselves live in shared/caseload.ts.
import type { Theme } from '../../../../shared/caseloadTypes';

export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));
}

/** Theme names of a course or contact, for a table cell. */
export const themeNames = (themes: readonly Theme[], ids: readonly number[]) =>
  ids.map((id) => themes.find((t) => t.id === id)?.label ?? '').filter(Boolean).join(', ');

export const themeOptions = (themes: readonly Theme[], keep: readonly number[] = []) =>
  themes.filter((t) => t.active || keep.includes(t.id)).map((t) => ({ value: t.id, label: t.label }));
