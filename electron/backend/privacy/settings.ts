// The retention rule's settings (years, and the data protection officer's contact), read by the
// privacy handlers and by the access answer.
import type { RetentionSettings } from '../../../shared/api/privacy';
import { RETENTION_YEARS_DEFAULT } from '../../../shared/privacy/retention';
import type { BackendContext } from '../context';
import { getSetting } from '../settings';

export const YEARS_SETTING = 'retention_years';
export const DPO_SETTING = 'dpo_contact';

export function retentionSettings(ctx: BackendContext): RetentionSettings {
  const years = Number(getSetting(ctx.db, YEARS_SETTING) ?? RETENTION_YEARS_DEFAULT);
  return { years, dpoContact: getSetting(ctx.db, DPO_SETTING) };
}
