// Input schemas for the audit log: reading it with filters, and how long reads are kept.
import { z } from 'zod';
import { danishNumber, id, integer, optionalIsoDate } from './common';
import { checkPeriod } from './common';

export const LOG_KINDS = ['read', 'write'] as const;

export const logFilter = z
  .strictObject({
    kind: z.enum(LOG_KINDS, { error: 'Slags skal være læsning eller ændring.' }).nullish(),
    menteeId: id('Person').nullish(),
    from: optionalIsoDate('Fra'),
    to: optionalIsoDate('Til'),
  })
  .superRefine((v, ctx) => checkPeriod(v.from, v.to, 'to', 'Til', 'Fra', ctx));

export const logList = z
  .strictObject({
    filter: logFilter.optional().default({ from: null, to: null }),
    offset: integer('Forskydning', 0, 1_000_000_000).default(0),
    limit: integer('Antal rækker', 1, 500).default(100),
  })
  .optional()
  .default({ filter: { from: null, to: null }, offset: 0, limit: 100 });

/** Reads are thinned after this many months; writes are kept. */
export const READ_LOG_MONTHS_DEFAULT = 6;
export const logSettings = z.strictObject({ readMonths: danishNumber(integer('Læsninger gemmes i måneder', 1, 120)) });
