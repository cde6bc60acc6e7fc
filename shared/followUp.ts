// Follow-up checkpoints after a course closes: where the young person is N months later.
// Choices only (no free text): what the coordinator learned, and how.

import { keysOf } from './caseload';

export const CHECKPOINT_STATUSES = {
  uddannelse_samme: 'I uddannelse – samme',
  uddannelse_anden: 'I uddannelse – anden',
  fuldfoert: 'Fuldført uddannelse',
  arbejde: 'I arbejde',
  hverken: 'Hverken uddannelse eller arbejde',
  flyttet: 'Flyttet',
  ikke_naaet: 'Ikke nået',
} as const;
export type CheckpointStatus = keyof typeof CHECKPOINT_STATUSES;
export const CHECKPOINT_STATUS_KEYS = keysOf(CHECKPOINT_STATUSES);

export const CHECKPOINT_SOURCES = {
  egen_kontakt: 'Egen kontakt',
  skolen: 'Skolen',
  kommunen: 'Kommunen',
} as const;
export type CheckpointSource = keyof typeof CHECKPOINT_SOURCES;
export const CHECKPOINT_SOURCE_KEYS = keysOf(CHECKPOINT_SOURCES);

export const CHECKPOINT_MONTHS_MIN = 1;
export const CHECKPOINT_MONTHS_MAX = 36;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** An ISO date plus whole months; a day the target month lacks becomes its last day (31.08 + 6 = 28./29.02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, daysInMonth(ty, tm)))}`;
}

/** The day a course's N-month checkpoint falls due. */
export const checkpointDue = (closedOn: string, months: number) => addMonths(closedOn, months);

/**
 * The latest closing date whose N-month checkpoint is due on or before `day` (due dates never fall as
 * the closing date rises, so "due by day" is "closed on or before this"). On a month's last day every
 * close in the month N months back is due, since shorter months clamp to their last day.
 */
export function latestCloseDue(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const back = addMonths(`${pad(y, 4)}-${pad(m)}-01`, -months);
  const [by, bm] = back.split('-').map(Number);
  const last = daysInMonth(by, bm);
  const monthEnd = d === daysInMonth(y, m);
  return `${pad(by, 4)}-${pad(bm)}-${pad(monthEnd ? last : Math.min(d, last))}`;
}
