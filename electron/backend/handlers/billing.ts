import type { billingMethods } from '../../../shared/api/billing';
import type { BillingVersion, StatementKind } from '../../../shared/billing/types';
import { buildRoute } from '../../../shared/routes';
import { ApiError, fieldError } from '../../../shared/errors';
import { issueCheck, issueVersion } from '../billing/issue';
import { createYear, getVersion, listVersions, newVersion, updateDraft } from '../billing/store';
import { keyFileBaseName, keyWorkbook, XLSX_MIME_TYPE } from '../billing/xlsx';
import { assertWritableFolder, fileNamePart, jobStatus, startPdfBatch, takeJobFile, type BatchDocument, type BatchTarget } from '../pdf/batch';
import type { HandlerMap } from '../registry';

/** The payments and settlement (handlers/billingPayments.ts) and the finance files (handlers/billingFiles.ts) have their own handlers. */
type BillingHandlers = Pick<HandlerMap, Exclude<keyof typeof billingMethods, PaymentMethod | FileMethod>>;
type PaymentMethod = 'billing.settle' | 'billing.issueSettlement' | 'billing.payments' | 'billing.addPayment' | 'billing.deletePayment';
type FileMethod = 'billing.debtorFile' | 'billing.exportPeppol';

const FILE_PREFIX: Record<StatementKind, string> = { opkraevning: 'Opkraevning', efterregulering: 'Efterregulering' };
const ZIP_PREFIX: Record<StatementKind, string> = { opkraevning: 'Opkraevninger', efterregulering: 'Efterreguleringer' };
const DIALOG_NOUN: Record<StatementKind, string> = { opkraevning: 'opkrævningerne', efterregulering: 'efterreguleringerne' };

export function statementFileName(kind: StatementKind, v: Pick<BillingVersion, 'year' | 'version'>, code: number, name: string): string {
  return `${FILE_PREFIX[kind]}-${v.year}-v${v.version}-${code}-${fileNamePart(name)}.pdf`;
}

/** "Opkraevninger-2026-v1.zip": the web-mode download of a whole batch. */
export function statementZipName(kind: StatementKind, v: Pick<BillingVersion, 'year' | 'version'>): string {
  return `${ZIP_PREFIX[kind]}-${v.year}-v${v.version}.zip`;
}

export const billingHandlers: BillingHandlers = {
  'billing.list': (_input, { db }) => listVersions(db),

  'billing.get': ({ id }, ctx) => getVersion(ctx, id),

  'billing.create': (data, ctx) => getVersion(ctx, createYear(ctx, data)),

  'billing.update': ({ id, data }, ctx) => {
    updateDraft(ctx, id, data);
    return getVersion(ctx, id);
  },

  'billing.issueCheck': ({ id }, { db }) => issueCheck(db, id),

  'billing.issue': (input, ctx) => {
    issueVersion(ctx, input);
    return getVersion(ctx, input.id);
  },

  'billing.newVersion': ({ id, reason }, ctx) => getVersion(ctx, newVersion(ctx, id, reason)),

  'billing.exportXlsx': async ({ id }, ctx) => {
    const v = getVersion(ctx, id);
    return { fileName: `${keyFileBaseName(v)}.xlsx`, mimeType: XLSX_MIME_TYPE, base64: (await keyWorkbook(v)).toString('base64') };
  },

  // The renderer sends no path: the desktop asks with the native dialog, web mode hands out one download.
  'billing.exportPdfs': async ({ id, kind, municipalityIds }, ctx) => {
    const v = getVersion(ctx, id);
    if (kind === 'opkraevning' && !v.lockedOn) {
      throw fieldError('id', `Version ${v.version} af ${v.year} er en kladde. Udsted opkrævningerne (det låser nøglen), før de gemmes som PDF.`);
    }
    if (kind === 'efterregulering' && !v.settlement) throw fieldError('id', `Der er ikke indtastet en efterregulering for ${v.year}.`);
    const chosen = municipalityIds ? v.key.filter((k) => municipalityIds.includes(k.municipalityId)) : v.key;
    if (municipalityIds && chosen.length !== new Set(municipalityIds).size) {
      throw fieldError('municipalityIds', `En valgt kommune er ikke med i fordelingsnøglen for ${v.year}.`);
    }
    const printer = ctx.pdfPrinter;
    if (!printer) throw new ApiError('INTERNAL', 'PDF-udskrivning er ikke tilgængelig i denne udgave af programmet.');
    const docs: BatchDocument[] = chosen.map((k) => ({
      label: k.name,
      route: buildRoute({ name: 'statement', kind, versionId: v.id, municipalityId: k.municipalityId }),
      fileName: statementFileName(kind, v, k.code, k.name),
    }));
    let target: BatchTarget;
    if (ctx.chooseFolder) {
      const folder = await ctx.chooseFolder(`Vælg mappe til ${DIALOG_NOUN[kind]} ${v.year}`);
      if (folder === null) return { cancelled: true };
      target = { folder: await assertWritableFolder(folder) };
    } else {
      const single = docs.length === 1;
      target = { download: { fileName: single ? docs[0].fileName : statementZipName(kind, v), zip: !single } };
    }
    return { cancelled: false, job: startPdfBatch(printer, docs, target) };
  },

  'billing.pdfJob': ({ jobId }) => {
    const status = jobStatus(jobId);
    if (!status) throw new ApiError('NOT_FOUND', 'PDF-kørslen findes ikke (programmet er måske genstartet).', { jobId: 'PDF-kørslen findes ikke.' });
    return status;
  },

  'billing.pdfJobFile': ({ jobId }) => takeJobFile(jobId),
};
