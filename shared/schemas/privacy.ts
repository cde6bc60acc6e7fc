// Inputs of the data-protection methods (erasure, refusal, retention). Messages are Danish and name the field.
import { z } from 'zod';
import { id, integer, optionalText, requiredText } from './common';
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '../privacy/retention';

export const byMentee = z.strictObject({ menteeId: id('Mentee') });

/** The reason is recorded with the decision; it must not repeat the person's name. */
export const erasureDecision = z.strictObject({ menteeId: id('Mentee'), reason: requiredText('Årsag', 500) });

export const retentionSettingsInput = z.strictObject({
  years: integer('Opbevaringsperiode (år)', RETENTION_YEARS_MIN, RETENTION_YEARS_MAX),
  dpoContact: optionalText('Databeskyttelsesrådgiverens kontakt', 500),
});

export const retentionRunInput = z.strictObject({
  confirm: z.literal(true, { error: 'Bekræftelse: kørslen skal bekræftes.' }),
  expectedCount: integer('Forventet antal personer', 1, 1_000_000),
});
