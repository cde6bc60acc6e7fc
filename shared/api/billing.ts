import { emptyInput } from '../schemas/common';
import { billingExportPdfs, billingFields, billingNewVersion, billingSettle, billingUpdate, byVersionId, pdfJobStatus } from '../schemas/billing';
import type { BillingVersion, BillingVersionSummary, PdfJobStatus } from '../billing/types';
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
  'billing.pdfJob': { input: pdfJobStatus, mutates: false },
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
  'billing.exportPdfs': PdfJobStatus;
  'billing.pdfJob': PdfJobStatus;
}
