// The full export's JSON document (docs/export-format.md) as a zod schema: what `import.restoreFull` accepts.
// Strict about shapes and choice keys; the links between rows (a contact's mentor exists…) are checked by the
// backend against the document itself. The backend asserts that the parsed type is its ExportDocument.
import { z } from 'zod';
import {
  ASSIGNMENT_KINDS,
  CONTACT_TYPE_KEYS,
  EDUCATION_KEYS,
  GOAL_STATUS_KEYS,
  keysOf,
  OFFER_KEYS,
  OUTCOME_KEYS,
  PAYER_KEYS,
  PHASE_KEYS,
  REFERRER_KEYS,
} from '../caseload';
import { CHECKPOINT_SOURCE_KEYS, CHECKPOINT_STATUS_KEYS } from '../followUp';
import { COST_KIND_KEYS, MAX_PAYMENT_TERMS_DAYS, STATEMENT_KINDS } from '../billing/types';
import { PROFESSION_KEYS } from '../reference';
import './common';

export const RESTORE_FORMAT = 'mentorkorps-export';
export const RESTORE_VERSION = 2;
/** Older versions this program still reads: version 1 had no finance fields (they come back empty). */
export const RESTORE_OLDER_VERSIONS = [1] as const;

const id = z.number().int().positive();
const int = (min = 0) => z.number().int().min(min);
const text = z.string();
const nullableText = z.string().nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const moment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
const row = z.strictObject;

const municipality = row({
  id,
  code: int(1),
  name: text.min(1),
  ean: nullableText,
  address: nullableText,
  contactPerson: nullableText,
  contactEmail: nullableText,
  participatingFrom: day.nullable(),
  participatingTo: day.nullable(),
  financeReference: nullableText,
  orderNumber: nullableText,
  accountString: nullableText,
  paymentTermsDays: int(1).max(MAX_PAYMENT_TERMS_DAYS).nullable(),
});

const mentor = row({
  id,
  name: text.min(1),
  profession: z.enum(PROFESSION_KEYS),
  employerMunicipalityId: id,
  hoursPerWeek: z.number().positive(),
  capacity: int(1),
  activeFrom: day,
  activeTo: day.nullable(),
  schools: z.array(text),
  email: nullableText,
  phone: nullableText,
});

const theme = row({ id, key: nullableText, label: text.min(1), position: int(), active: z.boolean() });

const mentee = row({
  id,
  anonymisedAt: moment.nullable(),
  name: nullableText,
  birthYear: z.number().int().nullable(),
  homeMunicipalityId: id,
  education: z.enum(EDUCATION_KEYS),
  school: nullableText,
  phone: nullableText,
  email: nullableText,
});

const course = row({
  id,
  menteeId: id,
  referralDate: day,
  referredBy: z.enum(REFERRER_KEYS),
  consentGivenOn: day.nullable(),
  consentWithdrawnOn: day.nullable(),
  phaseAtStart: z.enum(PHASE_KEYS),
  plannedReviewOn: day.nullable(),
  closedOn: day.nullable(),
  outcome: z.enum(OUTCOME_KEYS).nullable(),
  mentorId: id.nullable(),
  themeIds: z.array(id),
});

const assignment = row({
  id,
  courseId: id,
  mentorId: id,
  fromDate: day,
  toDate: day.nullable(),
  kind: z.enum(keysOf(ASSIGNMENT_KINDS)),
  overCapacityConfirmed: z.boolean(),
  recordedAt: moment,
});

const goal = row({ id, courseId: id, text: nullableText, status: z.enum(GOAL_STATUS_KEYS) });
const referral = row({ id, courseId: id, offer: z.enum(OFFER_KEYS), municipalityId: id, referredOn: day });
const payerPeriod = row({ id, courseId: id, payer: z.enum(PAYER_KEYS), fromDate: day, toDate: day.nullable() });

const contact = row({
  id,
  date: day,
  type: z.enum(CONTACT_TYPE_KEYS),
  mentorId: id,
  durationMinutes: int(1),
  school: nullableText,
  className: nullableText,
  headCount: int(1).nullable(),
  courseIds: z.array(id),
  themeIds: z.array(id),
});

const checkpoint = row({
  id,
  courseId: id,
  months: int(1).max(36),
  status: z.enum(CHECKPOINT_STATUS_KEYS),
  learnedOn: day,
  source: z.enum(CHECKPOINT_SOURCE_KEYS),
  recordedAt: moment,
});

const billingVersion = row({
  id,
  year: int(1900),
  version: int(1),
  status: z.enum(['draft', 'issued']),
  inForce: z.boolean(),
  reason: nullableText,
  createdOn: day,
  lockedOn: day.nullable(),
  paymentTermsDays: int(),
  payeeName: text,
  payeeEan: text,
  payeeRegNo: text,
  payeeAccount: text,
  payeeCvr: nullableText,
  payeeAddress: nullableText,
  statementText: nullableText,
  contactName: text,
  contactEmail: nullableText,
  contactPhone: nullableText,
  participants: z.array(
    row({ municipalityId: id, students: int(), countDate: day, source: text, phaseStudents: z.partialRecord(z.enum(PHASE_KEYS), int()) }),
  ),
  costLines: z.array(row({ position: int(), kind: z.enum(COST_KIND_KEYS), description: nullableText, amountOere: int() })),
  budgetOere: int(),
  instalments: z.array(row({ number: int(1), dueDate: day })),
  settlement: row({ actualCostOere: int(), note: nullableText, enteredOn: day, dueDate: day.nullable(), issuedOn: day.nullable() }).nullable(),
  // The frozen document is taken as it stands (it is restored unchanged, never read field by field here).
  issued: z.array(row({ kind: z.enum(STATEMENT_KINDS), issuedOn: day, document: z.record(text, z.unknown()) })),
  statementNumbers: z.array(row({ kind: z.enum(STATEMENT_KINDS), municipalityId: id, year: int(1900), sequence: int(1) })),
});

const payment = row({
  id,
  year: int(1900),
  municipalityId: id,
  instalment: int(1).max(12).nullable(),
  paidOn: day,
  amountOere: int(1),
  note: nullableText,
  createdOn: day,
});

const survey = row({
  year: int(1900),
  invitations: int(),
  respondents: int(),
  note: nullableText,
  updatedOn: day,
  questions: z.array(row({ position: int(), text: text.min(1), enig: int(), delvis: int(), uenig: int(), vedIkke: int() })),
});

const privacyDecision = row({
  id,
  kind: z.enum(['erasure', 'refusal', 'retention']),
  menteeId: id.nullable(),
  reason: nullableText,
  retentionYears: int(1).max(20).nullable(),
  cutoff: day.nullable(),
  persons: int(),
  courses: int(),
  decidedAt: moment,
});

/** The Danish name of each part of the document, for the messages that name the part. */
export const RESTORE_PART_LABELS: Readonly<Record<string, string>> = {
  format: 'Formatet',
  version: 'Versionen',
  exportedAt: 'Eksporttidspunktet',
  appVersion: 'Programversionen',
  schemaVersion: 'Skemaversionen',
  corps: 'Korpset',
  labels: 'Betegnelserne',
  municipalities: 'Kommuner',
  mentors: 'Mentorer',
  themes: 'Temaer',
  mentees: 'Mentees',
  courses: 'Forløb',
  assignments: 'Mentorhistorik',
  goals: 'Mål',
  referrals: 'Henvisninger videre',
  payerPeriods: 'Betalerperioder',
  contacts: 'Samtaler',
  checkpointMonths: 'Opfølgningstidspunkter',
  checkpoints: 'Opfølgning',
  billingVersions: 'Nøgleversioner',
  billingPayments: 'Indbetalinger',
  surveys: 'Spørgeskema',
  privacyDecisions: 'Sletninger',
};

/** The header: what is checked first, so a file that is no export (or a newer one) gets its own message. */
export const restoreHeader = z.looseObject({ format: z.literal(RESTORE_FORMAT), version: z.literal([RESTORE_VERSION, ...RESTORE_OLDER_VERSIONS]) });

export const restoreDocument = z.strictObject({
  format: z.literal(RESTORE_FORMAT),
  version: z.literal(RESTORE_VERSION),
  exportedAt: moment,
  appVersion: text,
  schemaVersion: int(),
  corps: row({ name: nullableText }),
  labels: z.record(text, z.record(text, text)),
  municipalities: z.array(municipality),
  mentors: z.array(mentor),
  themes: z.array(theme),
  mentees: z.array(mentee),
  courses: z.array(course),
  assignments: z.array(assignment),
  goals: z.array(goal),
  referrals: z.array(referral),
  payerPeriods: z.array(payerPeriod),
  contacts: z.array(contact),
  checkpointMonths: z.array(int(1).max(36)),
  checkpoints: z.array(checkpoint),
  billingVersions: z.array(billingVersion),
  billingPayments: z.array(payment),
  surveys: z.array(survey),
  privacyDecisions: z.array(privacyDecision),
});
export type RestoreDocument = z.output<typeof restoreDocument>;
