// Kroner as typed by a coordinator ("1.234,56") to øre, and back. Unparsable input is passed on
// as typed so the backend's schema names the field (one validation path).
import { formatDecimal } from '../../../shared/format';
import { numberInput } from './formValues';

export function kronerInput(text: string): number | string | null {
  const n = numberInput(text);
  if (typeof n !== 'number') return n;
  const oere = n * 100;
  // 0,1 + 0,2 style float noise must not turn a two-decimal amount into a fraction of an øre.
  return Math.abs(oere - Math.round(oere)) < 1e-6 ? Math.round(oere) : oere;
}

export function kronerText(oere: number | null | undefined): string {
  return oere === null || oere === undefined ? '' : formatDecimal(oere / 100, 2);
}
