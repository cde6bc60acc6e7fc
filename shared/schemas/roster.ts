import { z } from 'zod';
import { MAX_PAYMENT_TERMS_DAYS } from '../billing/types';
import { isIsoDate } from '../format';
import { PROFESSION_KEYS } from '../reference';
import {
  checkPeriod,
  danishNumber,
  id,
  integer,
  isoDate,
  optionalEan,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  requiredText,
} from './common';

/**
 * Cross-field checks run even when a field failed, so every error shows at the first submit (zod 4 skips
 * them after a wrong type by default); they compare only dates that parsed.
 */
const evenAfterFieldErrors = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
const parsedDate = (v: unknown): string | null => (typeof v === 'string' && isIsoDate(v) ? v : null);

export const municipalityFields = z
  .strictObject({
    name: requiredText('Navn', 100),
    code: danishNumber(integer('Kommunekode', 101, 999)),
    ean: optionalEan('EAN-nummer'),
    address: optionalText('Adresse', 300),
    contactPerson: optionalText('Kontaktperson', 100),
    contactEmail: optionalEmail('Kontaktens e-mail'),
    participatingFrom: optionalIsoDate('Deltager fra'),
    participatingTo: optionalIsoDate('Deltager til'),
    // The municipality's references for its finance system, printed on statements and in the debtor file.
    financeReference: optionalText('Kontaktperson eller bruger-id hos kommunen', 100),
    orderNumber: optionalText('Ordrenummer', 50),
    accountString: optionalText('Kontostreng', 100),
    paymentTermsDays: danishNumber(integer('Betalingsfrist (dage)', 1, MAX_PAYMENT_TERMS_DAYS).nullable()).default(null),
  })
  .superRefine(
    (v, ctx) => checkPeriod(parsedDate(v.participatingFrom), parsedDate(v.participatingTo), 'participatingTo', 'Deltager til', 'Deltager fra', ctx),
    evenAfterFieldErrors,
  );

export const municipalityUpdate = z.strictObject({ id: id('Kommune'), data: municipalityFields });

export const mentorFields = z
  .strictObject({
    name: requiredText('Navn', 100),
    profession: z.enum(PROFESSION_KEYS, { error: 'Faggruppe skal vælges.' }),
    employerMunicipalityId: id('Ansættende kommune'),
    hoursPerWeek: danishNumber(
      z
        .number({ error: 'Timer pr. uge skal være et tal.' })
        .gt(0, { error: 'Timer pr. uge skal være større end 0.' })
        .max(60, { error: 'Timer pr. uge må højst være 60.' }),
    ),
    capacity: danishNumber(integer('Kapacitet', 1, 200)).default(20),
    activeFrom: isoDate('Aktiv fra'),
    activeTo: optionalIsoDate('Aktiv til'),
    schools: z
      .array(requiredText('Skole', 100), { error: 'Skoler skal være en liste.' })
      .max(30, { error: 'Højst 30 skoler.' })
      .default([]),
    email: optionalEmail('E-mail'),
    phone: optionalText('Telefon', 30),
  })
  .superRefine((v, ctx) => checkPeriod(parsedDate(v.activeFrom), parsedDate(v.activeTo), 'activeTo', 'Aktiv til', 'Aktiv fra', ctx), evenAfterFieldErrors);

export const mentorUpdate = z.strictObject({ id: id('Mentor'), data: mentorFields });

export const mentorDeactivate = z.strictObject({ id: id('Mentor'), activeTo: isoDate('Aktiv til') });

export const mentorSortKeys = ['name', 'profession', 'municipality', 'capacity', 'activeFrom'] as const;

export const mentorList = z
  .strictObject({
    search: optionalText('Søgning', 100),
    sort: z.enum(mentorSortKeys, { error: 'Ukendt sortering.' }).default('name'),
    direction: z.enum(['asc', 'desc'], { error: 'Ukendt sorteringsretning.' }).default('asc'),
    includeInactive: z.boolean({ error: 'Vis inaktive skal være ja eller nej.' }).default(false),
  })
  .optional()
  .default({ sort: 'name', direction: 'asc', includeInactive: false, search: null });

export const byId = (label: string) => z.strictObject({ id: id(label) });
