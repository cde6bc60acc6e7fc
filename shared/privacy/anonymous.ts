// What an anonymised (erased or retention-expired) person keeps, decided once. Every published
// figure (shared/statistics/definitions.ts, electron/backend/evaluation/*) reads a person only through
// the mentee row's id, home municipality and education, and through the course's phase at start,
// referral, close and outcome dates, mentor, referrals, contacts, themes and checkpoint statuses.
// Those stay; everything that names or describes the person is cleared. No figure reads birth year,
// school, name, phone, e-mail, goal texts or consent dates (checked: grep of the statistics code),
// and billing statements count students from the entered key basis, never mentees.

/** The name an anonymised row shows: no identity, and the same for everyone. */
export const ANONYMOUS_NAME = 'Anonymiseret person';
/**
 * The frozen schema (002) keeps birth_year NOT NULL; 0 means "removed". No figure uses age or birth
 * year, so nothing of it is kept (data minimisation: an age band would serve no figure).
 */
export const REMOVED_BIRTH_YEAR = 0;

export const PRIVACY_KINDS = {
  erasure: 'Sletning efter anmodning',
  refusal: 'Afvist anmodning om sletning',
  retention: 'Anonymisering efter opbevaringsperiode',
} as const;
export type PrivacyKind = keyof typeof PRIVACY_KINDS;

/** Shown in the erasure preview: what is removed from the person and their courses. */
export const CLEARED_FIELDS: readonly string[] = [
  'Navn',
  'Fødselsår',
  'Skole',
  'Telefon',
  'E-mail',
  'Målenes tekst',
  'Samtykke givet / trukket tilbage (datoer)',
  'Planlagt opfølgningsdato',
];

/** Shown in the erasure preview: what stays, as anonymous rows, and why. */
export const KEPT_FIELDS: readonly { field: string; why: string }[] = [
  { field: 'Anonym personnøgle (internt løbenummer)', why: 'personer tælles én gang ("unikke personer"), også i opfølgningen' },
  { field: 'Hjemkommune', why: 'personer og rækkevidde pr. kommune' },
  { field: 'Uddannelse', why: 'personer pr. uddannelse og filteret på uddannelse' },
  { field: 'Forløbenes fase ved start, henvisnings- og afslutningsdato, udfald og ansvarlige mentor', why: 'fase, fastholdelse, udfald og mentorernes sager' },
  { field: 'Samtaler (dato, type, varighed, temaer, mentor) og gruppesamtaler som anonyme deltagere', why: 'samtaler, timer, temaer og personer nået' },
  { field: 'Henvisninger videre, betalerperioder, mentorhistorik og opfølgningsstatus', why: 'henvisninger og opfølgning efter afslutning' },
  { field: 'Målenes status (uden tekst)', why: 'forløbets struktur; ingen tekst bevares' },
];
