// Danish display formats and ordering. Storage is always ISO 8601 / integer øre.

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Compare two names in Danish order (æ, ø, å after z; "aa" as å). */
export function compareDanish(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortDanish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareDanish(key(x), key(y)));
}

// Characters placed after 'z' in ASCII so that SQLite's binary order matches Danish order.
const AFTER_Z: Record<string, string> = { æ: '{', ø: '|', å: '}' };
const FOLD: Record<string, string> = { ä: 'æ', ö: 'ø', ü: 'y', é: 'e', è: 'e', ê: 'e', á: 'a', à: 'a', ó: 'o', ò: 'o', í: 'i', ú: 'u', ñ: 'n', ç: 'c' };

/**
 * A key whose plain binary order is Danish order, so SQL can sort and page
 * large lists without loading them (SQLite's own collation gets æ ø å wrong).
 */
export function danishSortKey(name: string): string {
  let s = name.trim().toLowerCase().replace(/\s+/g, ' ');
  s = [...s].map((c) => FOLD[c] ?? c).join('');
  s = s.replace(/aa/g, 'å');
  return [...s].map((c) => AFTER_Z[c] ?? c).join('');
}

const kroneFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123456 øre -> "1.234,56 kr." */
export function formatKroner(oere: number): string {
  return `${kroneFormat.format(oere / 100)} kr.`;
}

const intFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
export function formatInteger(n: number): string {
  return intFormat.format(n);
}

// One formatter per number of decimals: building an Intl.NumberFormat costs far more than using one, and a
// national key or evaluation formats thousands of figures (#13).
const decimalFormats = new Map<number, Intl.NumberFormat>();
export function formatDecimal(n: number, digits: number): string {
  let format = decimalFormats.get(digits);
  if (!format) decimalFormats.set(digits, (format = new Intl.NumberFormat('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(n);
}

/**
 * A number as a Danish coordinator types it: "37,5", "1.234,56", "2.500" (thousands), or "30.5".
 * Dots followed by groups of three digits are thousands separators; null when it is not a number.
 */
export function parseDanishNumber(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (!t) return null;
  let normal = t;
  if (t.includes(',')) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) normal = t.replace(/\./g, '');
  const n = Number(normal);
  return /^-?(\d+\.?\d*|\.\d+)$/.test(normal) && Number.isFinite(n) ? n : null;
}

/** 0.3391 -> "33,9 %" (one decimal unless told); a missing rate (no denominator) is a dash. */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  return fraction === null || fraction === undefined ? '–' : `${formatDecimal(fraction * 100, digits)} %`;
}

/** "2026-12-31" -> "31.12.2026"; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** Accepts "31.12.2026", "31-12-2026", "31/12/2026" or ISO; returns ISO or null. */
export function parseDanishDate(text: string): string | null {
  const t = text.trim();
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(t);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!isValidDateParts(y, mo, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isValidDateParts(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today's date as ISO in local time. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const mo = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${mo}-${d}`;
}

/** "2026-11-23T09:15:00.000Z" -> "23.11.2026 kl. 10.15" in local time. */
export function formatDateTime(isoDateTime: string): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${formatDate(todayIso(d))} kl. ${hh}.${mm}`;
}
