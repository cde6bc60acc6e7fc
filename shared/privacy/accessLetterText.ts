// The words of the access letter (answer to a request for access, GDPR art. 15), Danish and English.
// The data themselves are shown as registered (Danish labels); the English letter says so.
import { formatDate } from '../format';
import type { Texts } from './processing';

export interface AccessLetterText {
  documentTitle: string;
  title: string;
  greeting: (name: string) => string;
  intro: (corps: string) => string;
  asRecorded: string | null;
  made: (date: string) => string;
  person: string;
  personFields: { name: string; birthYear: string; homeMunicipality: string; education: string; school: string; phone: string; email: string };
  courses: string;
  course: (n: number, referral: string) => string;
  courseFields: {
    referredBy: string;
    phaseAtStart: string;
    status: string;
    consentGivenOn: string;
    consentWithdrawnOn: string;
    plannedReviewOn: string;
    closedOn: string;
    outcome: string;
    themes: string;
  };
  goals: string;
  referrals: string;
  payers: string;
  mentors: string;
  checkpoints: string;
  checkpointMonths: (months: number) => string;
  columns: { date: string; from: string; to: string; mentor: string; kind: string; text: string; status: string; offer: string; municipality: string; payer: string; source: string; type: string; minutes: string; themes: string; note: string; time: string; action: string; purpose: string };
  contacts: string;
  noContacts: string;
  /** A contact with others (a group): how many, never who. */
  othersNote: (others: number) => string;
  readLog: string;
  readLogIntro: string;
  noReads: string;
  why: string;
  legalBasis: string;
  recipients: string;
  retention: string;
  retentionText: (years: number, anonymisedOn: string | null, latestClose: string | null) => string;
  rights: string;
  dpo: string;
  noDpo: string;
  complaint: string;
  none: string;
  closing: (corps: string) => string;
}

const d = (iso: string | null) => (iso ? formatDate(iso) : '');

export const ACCESS_LETTER: Texts<AccessLetterText> = {
  da: {
    documentTitle: 'Indsigt',
    title: 'Svar på din anmodning om indsigt',
    greeting: (name) => `Kære ${name}`,
    intro: (corps) =>
      `Du har spurgt, hvilke oplysninger ${corps} har om dig. Her er alt, hvad vi har registreret, hvem der har set det, og hvad vi bruger det til.`,
    asRecorded: null,
    made: (date) => `Dannet ${formatDate(date)}`,
    person: 'Om dig',
    personFields: { name: 'Navn', birthYear: 'Fødselsår', homeMunicipality: 'Hjemkommune', education: 'Uddannelse', school: 'Skole', phone: 'Telefon', email: 'E-mail' },
    courses: 'Dine forløb',
    course: (n, referral) => `Forløb ${n}, henvist ${formatDate(referral)}`,
    courseFields: {
      referredBy: 'Henvist af',
      phaseAtStart: 'Fase ved start',
      status: 'Status',
      consentGivenOn: 'Samtykke givet',
      consentWithdrawnOn: 'Samtykke trukket tilbage',
      plannedReviewOn: 'Planlagt opfølgning',
      closedOn: 'Afsluttet',
      outcome: 'Udfald',
      themes: 'Temaer',
    },
    goals: 'Mål',
    referrals: 'Henvisninger til andre tilbud',
    payers: 'Hvem betaler',
    mentors: 'Dine mentorer',
    checkpoints: 'Opfølgning efter forløbet',
    checkpointMonths: (m) => `${m} måneder efter`,
    columns: {
      date: 'Dato',
      from: 'Fra',
      to: 'Til',
      mentor: 'Mentor',
      kind: 'Hvordan',
      text: 'Mål',
      status: 'Status',
      offer: 'Tilbud',
      municipality: 'Kommune',
      payer: 'Betaler',
      source: 'Kilde',
      type: 'Samtale',
      minutes: 'Minutter',
      themes: 'Temaer',
      note: 'Bemærkning',
      time: 'Tidspunkt',
      action: 'Hvad',
      purpose: 'Formål',
    },
    contacts: 'Dine samtaler',
    noContacts: 'Der er ikke registreret samtaler.',
    othersNote: (n) => `Sammen med ${n} ${n === 1 ? 'anden' : 'andre'}`,
    readLog: 'Hvornår dine oplysninger er set',
    readLogIntro: 'Hver gang nogen har åbnet dine oplysninger i programmet, er det skrevet i en log. Korpset har én bruger, koordinatoren.',
    noReads: 'Ingen har åbnet dine oplysninger i den periode, loggen gemmer.',
    why: 'Hvorfor vi har oplysningerne',
    legalBasis: 'Hvad giver os lov',
    recipients: 'Hvem ser oplysningerne',
    retention: 'Hvor længe vi gemmer dem',
    retentionText: (years, on, latest) =>
      on
        ? `Vi gemmer dine oplysninger i ${years} år efter, at dit sidste forløb sluttede (${d(latest)}). Den ${d(on)} fjerner vi alt, der kan pege på dig.`
        : `Vi gemmer dine oplysninger i ${years} år efter, at forløbet er afsluttet. Derefter fjerner vi alt, der kan pege på dig.`,
    rights: 'Dine rettigheder',
    dpo: 'Databeskyttelsesrådgiver',
    noDpo: 'Spørg din kommune, hvem der er databeskyttelsesrådgiver.',
    complaint: 'Klage',
    none: '–',
    closing: (corps) => `Har du spørgsmål, så kontakt os. Venlig hilsen ${corps}`,
  },
  en: {
    documentTitle: 'Access',
    title: 'Answer to your request for access',
    greeting: (name) => `Dear ${name}`,
    intro: (corps) =>
      `You asked which information ${corps} holds about you. Here is everything we have recorded, who has looked at it, and what we use it for.`,
    asRecorded: 'The information is shown as it is recorded, in Danish.',
    made: (date) => `Made on ${formatDate(date)}`,
    person: 'About you',
    personFields: { name: 'Name', birthYear: 'Year of birth', homeMunicipality: 'Home municipality', education: 'Education', school: 'School', phone: 'Phone', email: 'E-mail' },
    courses: 'Your mentoring',
    course: (n, referral) => `Mentoring ${n}, referred ${formatDate(referral)}`,
    courseFields: {
      referredBy: 'Referred by',
      phaseAtStart: 'Stage at start',
      status: 'Status',
      consentGivenOn: 'Consent given',
      consentWithdrawnOn: 'Consent withdrawn',
      plannedReviewOn: 'Planned follow-up',
      closedOn: 'Ended',
      outcome: 'Outcome',
      themes: 'Themes',
    },
    goals: 'Goals',
    referrals: 'Referrals to other services',
    payers: 'Who pays',
    mentors: 'Your mentors',
    checkpoints: 'Follow-up after the mentoring',
    checkpointMonths: (m) => `${m} months after`,
    columns: {
      date: 'Date',
      from: 'From',
      to: 'To',
      mentor: 'Mentor',
      kind: 'How',
      text: 'Goal',
      status: 'Status',
      offer: 'Service',
      municipality: 'Municipality',
      payer: 'Payer',
      source: 'Source',
      type: 'Meeting',
      minutes: 'Minutes',
      themes: 'Themes',
      note: 'Note',
      time: 'Time',
      action: 'What',
      purpose: 'Purpose',
    },
    contacts: 'Your meetings',
    noContacts: 'No meetings are recorded.',
    othersNote: (n) => `With ${n} ${n === 1 ? 'other person' : 'others'}`,
    readLog: 'When your information was looked at',
    readLogIntro: 'Every time someone opened your information in the program, it was written in a log. The mentor corps has one user, the coordinator.',
    noReads: 'No one has opened your information in the period the log keeps.',
    why: 'Why we have the information',
    legalBasis: 'What allows us to',
    recipients: 'Who sees the information',
    retention: 'How long we keep it',
    retentionText: (years, on, latest) =>
      on
        ? `We keep your information for ${years} years after your last mentoring ended (${d(latest)}). On ${d(on)} we remove everything that can point to you.`
        : `We keep your information for ${years} years after the mentoring has ended. Then we remove everything that can point to you.`,
    rights: 'Your rights',
    dpo: 'Data protection officer',
    noDpo: 'Ask your municipality who the data protection officer is.',
    complaint: 'Complaints',
    none: '–',
    closing: (corps) => `If you have questions, please contact us. Kind regards, ${corps}`,
  },
};
