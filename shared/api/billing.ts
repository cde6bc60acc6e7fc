import { emptyInput } from '../schemas/common';
import {
  billingExportPdfs,
  billingFields,
  billingIssue,
  billingIssueSettlement,
  billingNewVersion,
  billingSettle,
  billingUpdate,
  byJobId,
  byPaymentId,
  byVersionId,
  byYear,
  debtorFileInput,
  paymentFields,
} from '../schemas/billing';
import type { BillingVersion, BillingVersionSummary, IssueCheck, Payment, PaymentsOverview, PdfExportStart, PdfJobStatus } from '../billing/types';
import type { ExportFile } from './evaluation';

export const billingMethods = {
  'billing.list': { input: emptyInput, mutates: false },
  'billing.get': { input: byVersionId, mutates: false },
  'billing.create': { input: billingFields, mutates: true },
  'billing.update': { input: billingUpdate, mutates: true },
  'billing.issueCheck': { input: byVersionId, mutates: false },
  'billing.issue': { input: billingIssue, mutates: true },
  'billing.newVersion': { input: billingNewVersion, mutates: true },
  'billing.settle': { input: billingSettle, mutates: true },
  'billing.issueSettlement': { input: billingIssueSettlement, mutates: true },
  'billing.payments': { input: byYear, mutates: false },
  'billing.addPayment': { input: paymentFields, mutates: true },
  'billing.deletePayment': { input: byPaymentId, mutates: true },
  'billing.debtorFile': { input: debtorFileInput, mutates: false },
  'billing.exportPeppol': { input: billingExportPdfs, mutates: false },
  'billing.exportXlsx': { input: byVersionId, mutates: false },
  'billing.exportPdfs': { input: billingExportPdfs, mutates: false },
  'billing.pdfJob': { input: byJobId, mutates: false },
  'billing.pdfJobFile': { input: byJobId, mutates: false },
} as const;

export interface BillingResults {
  /** Every version of every year, newest year first. */
  'billing.list': BillingVersionSummary[];
  'billing.get': BillingVersion;
  'billing.create': BillingVersion;
  'billing.update': BillingVersion;
  /** Warnings and the first statement number, before issuing. */
  'billing.issueCheck': IssueCheck;
  'billing.issue': BillingVersion;
  'billing.newVersion': BillingVersion;
  'billing.settle': BillingVersion;
  /** Freezes the settlement and numbers its statements. */
  'billing.issueSettlement': BillingVersion;
  'billing.payments': PaymentsOverview;
  'billing.addPayment': Payment;
  'billing.deletePayment': PaymentsOverview;
  /** The debtor file for the host municipality's finance system (xlsx or CSV). */
  'billing.debtorFile': ExportFile;
  /** Peppol BIS Billing 3.0 invoice XML per statement, each with its PDF embedded: a job like exportPdfs. */
  'billing.exportPeppol': PdfExportStart;
  'billing.exportXlsx': ExportFile;
  'billing.exportPdfs': PdfExportStart;
  /** Progress only: never carries the file's bytes. */
  'billing.pdfJob': PdfJobStatus;
  /** Web mode: the finished job's ZIP (or single PDF), handed out once; then the backend forgets the bytes. */
  'billing.pdfJobFile': ExportFile;
}
