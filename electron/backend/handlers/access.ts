// The access answer for one person (art. 15) as data, workbook, JSON and letter, and the information
// letter (art. 13). The registry logs each answer about a person as a look-up with its purpose
// (log/person.ts); the PDF is logged once, by the letter route's own read (access.letter).
import type { accessMethods, AccessData } from '../../../shared/api/access';
import type { ExportFile } from '../../../shared/api/evaluation';
import { ApiError } from '../../../shared/errors';
import { DEFAULT_ACCESS_PURPOSE } from '../../../shared/privacy/processing';
import { buildRoute } from '../../../shared/routes';
import { accessData, assertAccessible } from '../access/store';
import { accessJson, accessWorkbook } from '../access/files';
import { XLSX_MIME_TYPE } from '../billing/xlsx';
import type { BackendContext } from '../context';
import { renderPdf, type PdfPrinter } from '../pdf/printer';
import type { HandlerMap } from '../registry';
import { getSetting } from '../settings';
import { retentionSettings } from '../privacy/settings';

function dataOf(ctx: BackendContext, menteeId: number, purpose: string): AccessData {
  const { years, dpoContact } = retentionSettings(ctx);
  return accessData(ctx.db, menteeId, purpose, { corpsName: getSetting(ctx.db, 'corps_name') ?? 'Mentorkorpset', years, dpoContact, today: ctx.today() });
}

const file = (fileName: string, mimeType: string, bytes: Buffer): ExportFile => ({ fileName, mimeType, base64: bytes.toString('base64') });

function printer(ctx: BackendContext): PdfPrinter {
  if (!ctx.pdfPrinter) throw new ApiError('INTERNAL', 'PDF-udskrivning er ikke tilgængelig i denne udgave af programmet.');
  return ctx.pdfPrinter;
}

export const accessHandlers: Pick<HandlerMap, keyof typeof accessMethods> = {
  'access.data': ({ menteeId, purpose }, ctx) => dataOf(ctx, menteeId, purpose),

  'access.letter': ({ menteeId, purpose }, ctx) => dataOf(ctx, menteeId, purpose),

  'access.exportXlsx': async ({ menteeId, purpose }, ctx) =>
    file(`Indsigt-${menteeId}-${ctx.today()}.xlsx`, XLSX_MIME_TYPE, await accessWorkbook(dataOf(ctx, menteeId, purpose))),

  'access.exportJson': ({ menteeId, purpose }, ctx) => file(`Indsigt-${menteeId}-${ctx.today()}.json`, 'application/json', accessJson(dataOf(ctx, menteeId, purpose))),

  'access.exportPdf': async ({ menteeId, purpose, lang }, ctx) => {
    assertAccessible(ctx.db, menteeId);
    const route = buildRoute({ name: 'accessLetter', menteeId, lang, ...(purpose === DEFAULT_ACCESS_PURPOSE ? {} : { purpose }) });
    const name = lang === 'en' ? 'Access' : 'Indsigt';
    return file(`${name}-${menteeId}-${ctx.today()}.pdf`, 'application/pdf', await renderPdf(printer(ctx), route));
  },

  'access.infoLetterPdf': async ({ lang }, ctx) => {
    const name = lang === 'en' ? 'Information-letter' : 'Oplysningsbrev';
    return file(`${name}.pdf`, 'application/pdf', await renderPdf(printer(ctx), buildRoute({ name: 'infoLetter', lang })));
  },
};
