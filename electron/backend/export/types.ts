// The full export's JSON document (docs/export-format.md describes every field). Ids are the data file's
// own; money is integer øre; dates are ISO 8601 (YYYY-MM-DD), moments ISO 8601 UTC. Choice fields hold the
// stored key (the labels are in the document's `labels`). Anonymised persons keep no identifying field.
import type { AssignmentKind, ContactType, Education, GoalStatus, Offer, Outcome, Payer, Phase, Referrer } from '../../../shared/caseload';
import type { Profession } from '../../../shared/reference';
import type { BillingVersion, MunicipalityReference, StatementKind } from '../../../shared/billing/types';

export const EXPORT_FORMAT = 'mentorkorps-export';
/** 2: the finance fields (municipality references, payee CVR/address, issued documents, statement numbers, payments). */
export const EXPORT_VERSION = 2;

/** The municipality's references for its finance department (as the roster names them). */
export interface ExportMunicipality extends MunicipalityReference {
  id: number;
  code: number;
  name: string;
  ean: string | null;
  address: string | null;
  contactPerson: string | null;
  contactEmail: string | null;
  participatingFrom: string | null;
  participatingTo: string | null;
}

export interface ExportMentor {
  id: number;
  name: string;
  profession: Profession;
  employerMunicipalityId: number;
  hoursPerWeek: number;
  capacity: number;
  activeFrom: string;
  activeTo: string | null;
  schools: string[];
  email: string | null;
  phone: string | null;
}

export interface ExportMentee {
  id: number;
  /** Set when the person was erased or anonymised after the retention period: then every field below that names them is null. */
  anonymisedAt: string | null;
  name: string | null;
  birthYear: number | null;
  homeMunicipalityId: number;
  education: Education;
  school: string | null;
  phone: string | null;
  email: string | null;
}

export interface ExportCourse {
  id: number;
  menteeId: number;
  referralDate: string;
  referredBy: Referrer;
  consentGivenOn: string | null;
  consentWithdrawnOn: string | null;
  phaseAtStart: Phase;
  plannedReviewOn: string | null;
  closedOn: string | null;
  outcome: Outcome | null;
  /** The responsible mentor now; null on the waiting list. The history is in `assignments`. */
  mentorId: number | null;
  themeIds: number[];
}

export interface ExportAssignment {
  id: number;
  courseId: number;
  mentorId: number;
  fromDate: string;
  toDate: string | null;
  kind: AssignmentKind;
  overCapacityConfirmed: boolean;
  recordedAt: string;
}

export interface ExportGoal {
  id: number;
  courseId: number;
  text: string | null;
  status: GoalStatus;
}

export interface ExportReferral {
  id: number;
  courseId: number;
  offer: Offer;
  municipalityId: number;
  referredOn: string;
}

export interface ExportPayerPeriod {
  id: number;
  courseId: number;
  payer: Payer;
  fromDate: string;
  toDate: string | null;
}

export interface ExportContact {
  id: number;
  date: string;
  type: ContactType;
  mentorId: number;
  durationMinutes: number;
  school: string | null;
  className: string | null;
  headCount: number | null;
  /** The courses (not persons) that took part; empty for class sessions. */
  courseIds: number[];
  themeIds: number[];
}

export interface ExportTheme {
  id: number;
  key: string | null;
  label: string;
  position: number;
  active: boolean;
}

export interface ExportCheckpoint {
  id: number;
  courseId: number;
  months: number;
  status: string;
  learnedOn: string;
  source: string;
  recordedAt: string;
}

/** The version's payment and contact fields, as the billing API names them. */
type BillingTerms = Pick<
  BillingVersion,
  | 'paymentTermsDays'
  | 'payeeName'
  | 'payeeEan'
  | 'payeeRegNo'
  | 'payeeAccount'
  | 'payeeCvr'
  | 'payeeAddress'
  | 'statementText'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
>;

/** A statement as it was issued (billing_issued): the document is the frozen JSON, never changed afterwards. */
export interface ExportIssued {
  kind: StatementKind;
  issuedOn: string;
  document: Record<string, unknown>;
}

export interface ExportStatementNumber {
  kind: StatementKind;
  municipalityId: number;
  year: number;
  sequence: number;
}

export interface ExportPayment {
  id: number;
  year: number;
  municipalityId: number;
  instalment: number | null;
  paidOn: string;
  amountOere: number;
  note: string | null;
  createdOn: string;
}

export interface ExportBillingVersion extends BillingTerms {
  id: number;
  year: number;
  version: number;
  status: 'draft' | 'issued';
  /** The version statistics and statements use for its year: the newest issued, else the newest draft. */
  inForce: boolean;
  reason: string | null;
  createdOn: string;
  lockedOn: string | null;
  participants: { municipalityId: number; students: number; countDate: string; source: string; phaseStudents: Partial<Record<Phase, number>> }[];
  costLines: { position: number; kind: string; description: string | null; amountOere: number }[];
  budgetOere: number;
  instalments: { number: number; dueDate: string }[];
  settlement: { actualCostOere: number; note: string | null; enteredOn: string; dueDate: string | null; issuedOn: string | null } | null;
  issued: ExportIssued[];
  statementNumbers: ExportStatementNumber[];
}

export interface ExportSurvey {
  year: number;
  invitations: number;
  respondents: number;
  note: string | null;
  updatedOn: string;
  questions: { position: number; text: string; enig: number; delvis: number; uenig: number; vedIkke: number }[];
}

export interface ExportPrivacyDecision {
  id: number;
  kind: 'erasure' | 'refusal' | 'retention';
  menteeId: number | null;
  reason: string | null;
  retentionYears: number | null;
  cutoff: string | null;
  persons: number;
  courses: number;
  decidedAt: string;
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  corps: { name: string | null };
  labels: Record<string, Record<string, string>>;
  municipalities: ExportMunicipality[];
  mentors: ExportMentor[];
  themes: ExportTheme[];
  mentees: ExportMentee[];
  courses: ExportCourse[];
  assignments: ExportAssignment[];
  goals: ExportGoal[];
  referrals: ExportReferral[];
  payerPeriods: ExportPayerPeriod[];
  contacts: ExportContact[];
  checkpointMonths: number[];
  checkpoints: ExportCheckpoint[];
  billingVersions: ExportBillingVersion[];
  billingPayments: ExportPayment[];
  surveys: ExportSurvey[];
  privacyDecisions: ExportPrivacyDecision[];
}

/** The top-level keys, in order: the test checks the document and docs/export-format.md against this list. */
export const EXPORT_KEYS = [
  'format', 'version', 'exportedAt', 'appVersion', 'schemaVersion', 'corps', 'labels', 'municipalities', 'mentors', 'themes', 'mentees',
  'courses', 'assignments', 'goals', 'referrals', 'payerPeriods', 'contacts', 'checkpointMonths', 'checkpoints', 'billingVersions',
  'billingPayments', 'surveys', 'privacyDecisions',
] as const satisfies readonly (keyof ExportDocument)[];
