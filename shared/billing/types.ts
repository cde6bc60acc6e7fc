// What the billing API returns. Money in øre, dates ISO.
import type { Phase } from '../caseload';

export const COST_KINDS = {
  loen: 'Mentorløn',
  husleje: 'Husleje',
  supervision: 'Supervision',
  transport: 'Transport',
  andet: 'Andet',
} as const;
export type CostKind = keyof typeof COST_KINDS;
export const COST_KIND_KEYS = Object.keys(COST_KINDS) as [CostKind, ...CostKind[]];

export const INSTALMENT_COUNTS = [1, 2, 4, 12] as const;

/** 1 milliard kr. in øre: the largest budget the key accepts. */
export const MAX_BUDGET_OERE = 100_000_000_000;

export interface BillingParticipant {
  municipalityId: number;
  name: string;
  code: number;
  ean: string | null;
  address: string | null;
  students: number;
  countDate: string;
  source: string;
  /** Student counts per phase, only for the phases given (optional in the key basis). */
  phaseStudents: Partial<Record<Phase, number>>;
  /** The municipality's own references for its finance system (from the register; frozen at issue). */
  reference: MunicipalityReference;
}

/** What a municipality's finance department asks to see on every statement (all optional in the register). */
export interface MunicipalityReference {
  /** Kontaktperson eller bruger-id. */
  financeReference: string | null;
  /** Ordrenummer / rekvisitionsnummer. */
  orderNumber: string | null;
  /** Kontostreng. */
  accountString: string | null;
  /** Betalingsfrist in days (1–30); null: the version's own terms. */
  paymentTermsDays: number | null;
}

/** The Danish public sector pays within at most 30 days (betalingsfrist). */
export const MAX_PAYMENT_TERMS_DAYS = 30;

export interface BillingCostLine {
  kind: CostKind;
  description: string | null;
  amountOere: number;
}

export interface BillingKeyRow extends BillingParticipant {
  shareBasisPoints: number;
  amountOere: number;
  instalmentsOere: number[];
  /** "2026-0007": given when the version is issued; null on a draft (and on statements issued before numbers existed). */
  statementNumber: string | null;
  /** Version 2 and later: the share in the newest earlier issued version (null in version 1). */
  previousAmountOere: number | null;
  /** Version 2 and later: payments registered for the year when this version was issued (null in version 1). */
  paidAtIssueOere: number | null;
}

export interface BillingSettlementRow {
  municipalityId: number;
  name: string;
  code: number;
  students: number;
  actualShareOere: number;
  /** Billed a conto: the share in the newest issued version. */
  billedOere: number;
  /** Actually paid: the payments registered for the year (what the settlement settles against). */
  paidOere: number;
  /** actualShareOere − paidOere: positive is to pay, negative is paid back. */
  differenceOere: number;
  /** Given when the settlement is issued. */
  statementNumber: string | null;
}

export interface BillingSettlement {
  actualCostOere: number;
  note: string | null;
  enteredOn: string;
  /** The settlement's own due date (forfaldsdato). */
  dueDate: string | null;
  /** Set when the settlement statements are issued; from then on the settlement is frozen. */
  issuedOn: string | null;
  rows: BillingSettlementRow[];
}

export interface BillingVersionSummary {
  id: number;
  year: number;
  version: number;
  reason: string | null;
  createdOn: string;
  lockedOn: string | null;
  budgetOere: number;
}

export interface BillingVersion extends BillingVersionSummary {
  corpsName: string;
  participants: BillingParticipant[];
  costLines: BillingCostLine[];
  instalmentDueDates: string[];
  paymentTermsDays: number;
  payeeName: string;
  payeeEan: string;
  payeeRegNo: string;
  payeeAccount: string;
  /** Null only on versions created before the payee's CVR and address were registered. */
  payeeCvr: string | null;
  payeeAddress: string | null;
  statementText: string | null;
  contactName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  /** In Danish order of the municipality names. */
  key: BillingKeyRow[];
  totalStudents: number;
  settlement: BillingSettlement | null;
  /** Every version of the same year, oldest first. */
  history: BillingVersionSummary[];
  /** True when this is the newest version of its year. */
  latest: boolean;
  /** True when the statement fields come from what was stored at issue (never from the live register). */
  frozen: boolean;
}

/** What issuing stores (billing_issued.document) and every reprint shows: the version as it was issued. */
export type FrozenVersion = Omit<BillingVersion, 'history' | 'latest' | 'settlement' | 'frozen'>;

/** billing.issueCheck: what the coordinator must see before money leaves. */
export interface IssueWarning {
  kind: 'noEan' | 'zeroAmount' | 'noReference';
  municipalityId: number;
  message: string;
}
export interface IssueCheck {
  warnings: IssueWarning[];
  /** The number the first statement gets unless another first number is given: "2026-0001". */
  firstNumber: string;
  /** The statements that will be numbered, in order. */
  count: number;
}

// --- Payments received ---------------------------------------------------------------------

export interface Payment {
  id: number;
  year: number;
  municipalityId: number;
  name: string;
  /** The instalment paid (1-based), or null when not tied to one. */
  instalment: number | null;
  paidOn: string;
  amountOere: number;
  note: string | null;
}

export interface InstalmentStatus {
  number: number;
  dueDate: string;
  billedOere: number;
  paidOere: number;
  outstandingOere: number;
  /** Due date passed (before today) and something is still outstanding. */
  overdue: boolean;
}

export interface PaymentStatusRow {
  municipalityId: number;
  name: string;
  code: number;
  billedOere: number;
  paidOere: number;
  outstandingOere: number;
  overdueOere: number;
  instalments: InstalmentStatus[];
}

/** billing.payments: the year's payments against the newest issued version. */
export interface PaymentsOverview {
  year: number;
  /** The newest issued version of the year; null while nothing is issued (no payments can be recorded). */
  versionId: number | null;
  version: number | null;
  today: string;
  rows: PaymentStatusRow[];
  payments: Payment[];
  totals: { billedOere: number; paidOere: number; outstandingOere: number; overdueOere: number };
}

export type StatementKind = 'opkraevning' | 'efterregulering';
export const STATEMENT_KINDS = ['opkraevning', 'efterregulering'] as const satisfies readonly StatementKind[];

/** "2026-0007": the year and a sequence of at least four digits. */
export const formatStatementNumber = (year: number, sequence: number): string => `${year}-${String(sequence).padStart(4, '0')}`;

export interface PdfJobStatus {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  total: number;
  completed: number;
  /** The municipality being printed now. */
  current: string | null;
  /** Desktop: the folder the coordinator chose in the dialog. Web mode: null (the result is one download). */
  folder: string | null;
  /** Names of the documents (only when done; none are left behind after a failure). */
  files: string[];
  /** Web mode, when done: the file billing.pdfJobFile hands out once (a ZIP, or the PDF itself for one document). */
  downloadName: string | null;
  error: string | null;
  /** What the coordinator should know about the result, e.g. statements a Peppol run left out and why. */
  notes: string[];
}

/** billing.exportPdfs: the started job, or cancelled when the coordinator closed the folder dialog. */
export type PdfExportStart = { cancelled: true } | { cancelled: false; job: PdfJobStatus };
