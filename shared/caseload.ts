// The vocabulary of mentees, courses and contacts: one list each, used by the UI,
// the backend's schemas and (later) the annual statistics. Keys are stored; labels are shown.

export function keysOf<T extends Record<string, string>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

export const EDUCATIONS = {
  sosu_hjaelper: 'SOSU-hjælper',
  sosu_assistent: 'SOSU-assistent',
  pau: 'PAU',
  grundforloeb: 'Grundforløb',
  andet: 'Anden uddannelse',
} as const;
export type Education = keyof typeof EDUCATIONS;
export const EDUCATION_KEYS = keysOf(EDUCATIONS);

export const REFERRERS = {
  selv: 'Eleven selv',
  laerer: 'Lærer på skolen',
  praktikvejleder: 'Praktikvejleder',
  jobcenter: 'Jobcenter',
  ungevejledning: 'Ungdommens uddannelsesvejledning',
  andet: 'Andet',
} as const;
export type Referrer = keyof typeof REFERRERS;
export const REFERRER_KEYS = keysOf(REFERRERS);

export const PHASES = {
  grundforloeb: 'Grundforløb',
  skoleperiode: 'Skoleperiode',
  oplaering: 'Oplæringsperiode (praktik)',
  hovedforloeb_start: 'Start på hovedforløb',
} as const;
export type Phase = keyof typeof PHASES;
export const PHASE_KEYS = keysOf(PHASES);

/** The seeded themes. The list is configurable (table `themes`); seeded rows keep their key so the suggestion logic can use it. */
export const SEED_THEMES = {
  struktur: 'Struktur og balance',
  konflikter: 'Konflikter',
  eksamensangst: 'Eksamens- og præstationsangst',
  skolestart: 'Skolestart',
  selvvaerd: 'Lavt selvværd',
  privatliv: 'Privatliv',
  oekonomi: 'Økonomi',
  bolig: 'Bolig',
  fysisk: 'Fysisk helbred',
  psykisk: 'Mental sundhed',
  misbrug: 'Rusmidler',
  netvaerk: 'Netværk',
  andet: 'Andet',
} as const;
export type ThemeKey = keyof typeof SEED_THEMES;

export const GOAL_STATUSES = {
  ikke_startet: 'Ikke startet',
  i_gang: 'I gang',
  naaet: 'Nået',
  opgivet: 'Opgivet',
} as const;
export type GoalStatus = keyof typeof GOAL_STATUSES;
export const GOAL_STATUS_KEYS = keysOf(GOAL_STATUSES);

export const OFFERS = {
  misbrugsbehandling: 'Misbrugsbehandling',
  rygestop: 'Rygestop',
  psykolog: 'Psykolog',
  psykiatri: 'Psykiatri',
  gaeldsraadgivning: 'Gældsrådgivning',
  andet: 'Andet tilbud',
} as const;
export type Offer = keyof typeof OFFERS;
export const OFFER_KEYS = keysOf(OFFERS);

export const PAYERS = {
  korps: 'Mentorkorpset (fordelingsnøglen)',
  jobcenter: 'Jobcenter',
  kommune: 'Kommunen (anden forvaltning)',
  skole: 'Uddannelsesinstitutionen',
  organisation: 'Organisationen',
  andet: 'Anden betaler',
} as const;
export type Payer = keyof typeof PAYERS;
export const PAYER_KEYS = keysOf(PAYERS);

export const OUTCOMES = {
  fastholdt: 'Fastholdt i uddannelse',
  gennemfoert: 'Gennemført',
  skiftet: 'Skiftet uddannelse',
  afbrudt: 'Afbrudt',
  job: 'Job',
  fraflyttet: 'Fraflyttet',
  ukendt: 'Ukendt',
} as const;
export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_KEYS = keysOf(OUTCOMES);

export const CONTACT_TYPES = {
  afklarende: 'Afklarende samtale',
  individuel: 'Individuel samtale',
  gruppe: 'Gruppesamtale',
  klasse: 'Klasseoplæg',
  ledsagelse: 'Ledsagelse',
  netvaerk: 'Netværksmøde',
  telefon: 'Telefon/mail/sms',
  forsoeg: 'Forsøgt – ikke truffet',
} as const;
export type ContactType = keyof typeof CONTACT_TYPES;
export const CONTACT_TYPE_KEYS = keysOf(CONTACT_TYPES);

/** A class session counts heads, never names; every other type is about named courses. */
export const isClassSession = (t: ContactType) => t === 'klasse';

/** An attempt that did not reach the person: logged as work, but it is no contact (no clock reset, not in the statistics). */
export const ATTEMPT_TYPE = 'forsoeg' satisfies ContactType;
export const isAttempt = (t: ContactType) => t === ATTEMPT_TYPE;

export const COURSE_STATUSES = {
  venteliste: 'Venteliste',
  aktiv: 'Aktiv',
  afsluttet: 'Afsluttet',
} as const;
export type CourseStatus = keyof typeof COURSE_STATUSES;
export const COURSE_STATUS_KEYS = keysOf(COURSE_STATUSES);

export const ASSIGNMENT_KINDS = {
  tildelt: 'Tildelt',
  skiftet: 'Skiftet mentor',
  overdraget: 'Overdraget samlet',
} as const;
export type AssignmentKind = keyof typeof ASSIGNMENT_KINDS;

/** Default for the follow-up list: an active course with no contact for this many days. */
export const FOLLOW_UP_DAYS = 30;
/** Courses older than this are flagged on the follow-up list. */
export const LONG_COURSE_YEARS = 2;
export const BIRTH_YEAR_MIN = 1940;

/** ISO date minus whole years (29 Feb falls back to 28 Feb). */
export function yearsBefore(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) - years;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** ISO date minus days. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
