// Input schemas for follow-up checkpoints after close. Rules that need the database (the course is
// closed, the date is after the close, one status per checkpoint) live in the handler.
import { z } from 'zod';
import { CHECKPOINT_MONTHS_MAX, CHECKPOINT_MONTHS_MIN, CHECKPOINT_SOURCE_KEYS, CHECKPOINT_STATUS_KEYS } from '../followUp';
import { danishNumber, id, integer, isoDate } from './common';

const months = integer('Måneder efter afslutning', CHECKPOINT_MONTHS_MIN, CHECKPOINT_MONTHS_MAX);

// Typed in a text box: "12" is read as the number on both sides.
export const checkpointMonthsInput = z.strictObject({ months: danishNumber(months) });

export const checkpointDueList = z
  .strictObject({
    offset: integer('Forskydning', 0, 1_000_000_000).default(0),
    limit: integer('Antal rækker', 1, 500).default(100),
  })
  .optional()
  .default({ offset: 0, limit: 100 });

export const checkpointRecord = z.strictObject({
  courseId: id('Forløb'),
  months,
  status: z.enum(CHECKPOINT_STATUS_KEYS, { error: 'Status skal vælges.' }),
  learnedOn: isoDate('Oplyst den'),
  source: z.enum(CHECKPOINT_SOURCE_KEYS, { error: 'Kilde skal vælges.' }),
});
