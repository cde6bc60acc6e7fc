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
}

export interface BillingCostLine {
  kind: CostKind;
  description: string | null;
  amountOere: number;
}

export interface BillingKeyRow extends BillingParticipant {
  shareBasisPoints: number;
  amountOere: number;
  instalmentsOere: number[];
}

export interface BillingSettlementRow {
  municipalityId: number;
  name: string;
  code: number;
  students: number;
  actualShareOere: number;
  paidOere: number;
  differenceOere: number;
}

export interface BillingSettlement {
  actualCostOere: number;
  note: string | null;
  enteredOn: string;
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
}

export type StatementKind = 'opkraevning' | 'efterregulering';

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
}

/** billing.exportPdfs: the started job, or cancelled when the coordinator closed the folder dialog. */
export type PdfExportStart = { cancelled: true } | { cancelled: false; job: PdfJobStatus };
