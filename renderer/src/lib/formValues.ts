// Turning what a coordinator typed into API input. Anything unparsable is passed on as typed,
// so the backend's schema names the field in its error (one validation path).
import { formatDate, parseDanishDate, parseDanishNumber } from '../../../shared/format';

export function dateInput(text: string): string | null {
  if (!text.trim()) return null;
  return parseDanishDate(text) ?? text;
}

export function dateText(iso: string | null | undefined): string {
  return formatDate(iso);
}

/** "37,5" -> 37.5; "2.500" -> 2500; "" -> null; junk stays a string. */
export function numberInput(text: string): number | string | null {
  if (!text.trim()) return null;
  return parseDanishNumber(text) ?? text;
}

export function numberText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n).replace('.', ',');
}
