import { emptyInput } from '../schemas/common';
import { billingExportPdfs, billingFields, billingNewVersion, billingSettle, billingUpdate, byJobId, byVersionId } from '../schemas/billing';
import type { BillingVersion, BillingVersionSummary, PdfExportStart, PdfJobStatus } from '../billing/types';
import type { ExportFile } from './evaluation';

export const billingMethods = {
  'billing.list': { input: emptyInput, mutates: false },
  'billing.get': { input: byVersionId, mutates: false },
  'billing.create': { input: billingFields, mutates: true },
  'billing.update': { input: billingUpdate, mutates: true },
  'billing.issue': { input: byVersionId, mutates: true },
  'billing.newVersion': { input: billingNewVersion, mutates: true },
  'billing.settle': { input: billingSettle, mutates: true },
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
  'billing.issue': BillingVersion;
  'billing.newVersion': BillingVersion;
  'billing.settle': BillingVersion;
  'billing.exportXlsx': ExportFile;
  'billing.exportPdfs': PdfExportStart;
  /** Progress only: never carries the file's bytes. */
  'billing.pdfJob': PdfJobStatus;
  /** Web mode: the finished job's ZIP (or single PDF), handed out once; then the backend forgets the bytes. */
  'billing.pdfJobFile': ExportFile;
}
