// Zod's fallback messages, in Danish and naming the field. Schemas give their own message for the
// checks a form can trip; this covers the rest (a nested object of the wrong type, an unknown choice,
// too many list items...), so no refusal reaches the user in zod's English or without a field.
// Installed once by shared/schemas/common.ts, which every input schema imports (backend and renderer).
import { z } from 'zod';
import { formatInteger } from '../format';

/** Limits in messages as a Danish reader writes them: 1.000.000, 0,5; four digits stay whole (a year, 2100). */
const danishNumber = (n: number) => (Number.isInteger(n) ? (Math.abs(n) >= 10_000 ? formatInteger(n) : String(n)) : String(n).replace('.', ','));

/** Danish names of the API's input keys, for messages about a field whose schema has no message of its own. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  acceptWarnings: 'Bekræftelse af advarsler',
  accountString: 'Kontostreng',
  active: 'Aktiv',
  activeFrom: 'Aktiv fra',
  activeTo: 'Aktiv til',
  actualCostOere: 'Faktisk udgift',
  address: 'Adresse',
  amountOere: 'Beløb',
  base64: 'Filens indhold',
  birthYear: 'Fødselsår',
  capacity: 'Kapacitet',
  className: 'Klasse',
  closedOn: 'Afsluttet den',
  code: 'Kommunekode',
  confirm: 'Bekræftelse',
  confirmNewPerson: 'Bekræftelse af ny person',
  confirmOverCapacity: 'Bekræftelse',
  confirmZeroBudget: 'Bekræft budget på 0 kr.',
  confirmZeroCost: 'Bekræft faktisk udgift på 0 kr.',
  consentGivenOn: 'Samtykke givet',
  consentWithdrawnOn: 'Samtykke trukket tilbage',
  contactEmail: 'Kontaktens e-mail',
  contactName: 'Kontaktperson',
  contactPerson: 'Kontaktperson',
  contactPhone: 'Kontaktens telefon',
  corpsName: 'Korpsets navn',
  costLines: 'Budgetlinjer',
  countDate: 'Tælledato',
  counts: 'Svarfordeling',
  course: 'Forløb',
  courseId: 'Forløb',
  courseIds: 'Deltagere',
  create: 'Nye',
  currentPassphrase: 'Nuværende adgangskode',
  data: 'Oplysninger',
  date: 'Dato',
  days: 'Dage uden kontakt',
  delvis: 'Antal "Delvis enig"',
  description: 'Beskrivelse',
  direction: 'Sorteringsretning',
  dpoContact: 'Databeskyttelsesrådgiverens kontakt',
  dueDate: 'Forfaldsdato',
  durationMinutes: 'Varighed (minutter)',
  ean: 'EAN-nummer',
  education: 'Uddannelse',
  email: 'E-mail',
  employerMunicipalityId: 'Ansættende kommune',
  enig: 'Antal "Enig"',
  expected: 'Forventet resultat',
  expectedCount: 'Forventet antal personer',
  fileName: 'Filnavn',
  filter: 'Filter',
  financeReference: 'Kontaktperson eller bruger-id hos kommunen',
  firstSequence: 'Første fakturanummer',
  folder: 'Mappe',
  format: 'Filtype',
  from: 'Fra',
  fromDate: 'Fra dato',
  fromMentorActiveTo: 'Fra mentor aktiv til',
  fromMentorId: 'Fra mentor',
  grundforloeb: 'Elevtal for grundforløb',
  headCount: 'Antal deltagere',
  homeMunicipalityId: 'Hjemkommune',
  hoursPerWeek: 'Timer pr. uge',
  hovedforloeb_start: 'Elevtal for start på hovedforløb',
  id: 'Id',
  includeInactive: 'Vis inaktive',
  index: 'Del',
  instalment: 'Rate',
  instalmentDueDates: 'Rater',
  invitations: 'Inviterede',
  jobId: 'Job',
  keepId: 'Mentee der beholdes',
  kind: 'Slags',
  label: 'Tema',
  lang: 'Sprog',
  learnedOn: 'Oplyst den',
  limit: 'Antal rækker',
  mapping: 'Kolonner',
  mentee: 'Ny mentee',
  menteeId: 'Mentee',
  mentorId: 'Mentor',
  mergeId: 'Mentee der lægges sammen',
  minutes: 'Lås efter minutter',
  months: 'Måneder efter afslutning',
  municipalityId: 'Kommune',
  municipalityIds: 'Kommuner',
  name: 'Navn',
  newPassphrase: 'Ny adgangskode',
  note: 'Bemærkning',
  offer: 'Tilbud',
  offset: 'Forskydning',
  oplaering: 'Elevtal for oplæringsperiode (praktik)',
  orderNumber: 'Ordrenummer',
  outcome: 'Udfald',
  paidOn: 'Betalt den',
  participants: 'Kommuner',
  participatingFrom: 'Deltager fra',
  participatingTo: 'Deltager til',
  passphrase: 'Adgangskode',
  payeeAccount: 'Kontonummer',
  payeeAddress: 'Betalingsmodtagers adresse',
  payeeCvr: 'Betalingsmodtagers CVR-nummer',
  payeeEan: 'Betalingsmodtagers EAN-nummer',
  payeeName: 'Betalingsmodtager',
  payeeRegNo: 'Reg.nr.',
  payer: 'Betaler',
  paymentTermsDays: 'Betalingsfrist (dage)',
  phaseAtStart: 'Fase ved start',
  phaseStudents: 'Elevtal pr. fase',
  phone: 'Telefon',
  plannedReviewOn: 'Planlagt opfølgning',
  profession: 'Faggruppe',
  purpose: 'Formål',
  questions: 'Spørgsmål',
  readMonths: 'Læsninger gemmes i måneder',
  reason: 'Årsag',
  recoveryCode: 'Gendannelseskode',
  referralDate: 'Henvisningsdato',
  referredBy: 'Henvist af',
  referredOn: 'Henvist den',
  respondents: 'Besvarelser',
  school: 'Skole',
  schools: 'Skoler',
  search: 'Søgning',
  sheet: 'Ark',
  size: 'Filstørrelse',
  skoleperiode: 'Elevtal for skoleperiode',
  sort: 'Sortering',
  source: 'Kilde',
  statementText: 'Tekst på opkrævningen',
  status: 'Status',
  students: 'Elevtal',
  text: 'Tekst',
  themeIds: 'Temaer',
  to: 'Til',
  toDate: 'Til dato',
  toMentorId: 'Til mentor',
  type: 'Type',
  uenig: 'Antal "Uenig"',
  update: 'Ændrede',
  uploadId: 'Fil',
  ved_ikke: 'Antal "Ved ikke"',
  year: 'År',
  years: 'Opbevaringsperiode (år)',
};

const MAX_SHOWN = 60;
/** A key the caller sent, shortened so a huge junk key cannot flood the message. */
export const shownKey = (key: string): string => (key.length > MAX_SHOWN ? `${key.slice(0, MAX_SHOWN)}…` : key);

/** "Elevtal (nr. 3 i Kommuner)" for ['participants', 2, 'students']; "Indholdet" for the input itself. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'Indholdet';
  const name = (key: PropertyKey) =>
    typeof key === 'string' && Object.prototype.hasOwnProperty.call(FIELD_LABELS, key) ? FIELD_LABELS[key] : `Feltet "${shownKey(String(key))}"`;
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path.slice(0, -1);
    return parent.length ? `${fieldLabel(parent)} nr. ${last + 1}` : `Element nr. ${last + 1}`;
  }
  const index = path.findLast((k) => typeof k === 'number');
  return typeof index === 'number' ? `${name(last)} (nr. ${index + 1})` : name(last);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  bigint: 'et helt tal',
  boolean: 'ja eller nej',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato',
  null: 'tom',
};

type Issue = z.core.$ZodRawIssue;

/** The Danish message for one zod issue, starting with the field's name. */
export function danishIssueMessage(issue: Issue): string {
  const label = fieldLabel(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${label} skal udfyldes.`;
      return `${label} skal være ${TYPE_NAMES[issue.expected] ?? 'af en anden slags'}.`;
    case 'invalid_value':
      return `${label} skal vælges blandt de mulige værdier.`;
    case 'too_big': {
      const max = danishNumber(Number(issue.maximum));
      if (issue.origin === 'string') return `${label} må højst være ${max} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} må højst have ${max} elementer.`;
      return issue.inclusive ? `${label} må højst være ${max}.` : `${label} skal være mindre end ${max}.`;
    }
    case 'too_small': {
      const min = danishNumber(Number(issue.minimum));
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${label} skal udfyldes.` : `${label} skal være mindst ${min} tegn.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label} skal have mindst ${min} elementer.`;
      return issue.inclusive ? `${label} skal være mindst ${min}.` : `${label} skal være større end ${min}.`;
    }
    case 'not_multiple_of':
      return `${label} skal gå op i ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `${label} har ukendte felter: ${issue.keys.map(shownKey).join(', ')}.`;
    case 'invalid_format':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return `${label} er ugyldig.`;
  }
}

let installed = false;
/** Makes danishIssueMessage zod's fallback for every schema in this process (idempotent). */
export function installDanishErrors(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: danishIssueMessage });
}
