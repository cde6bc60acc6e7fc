// The full export of the corps (#12): every row as a workbook that imports back, or as documented JSON.
// It holds personal data, so each export is a logged read (purpose "fuld eksport", no one person).
import type { exportMethods } from '../../../shared/api/import';
import type { ExportFile } from '../../../shared/api/evaluation';
import { XLSX_MIME_TYPE } from '../billing/xlsx';
import type { BackendContext } from '../context';
import { gatherExport } from '../export/gather';
import { exportJson } from '../export/json';
import { exportWorkbook } from '../export/workbook';
import type { ExportDocument } from '../export/types';
import { addLogLine } from '../log/store';
import type { HandlerMap } from '../registry';

type ExportHandlers = Pick<HandlerMap, keyof typeof exportMethods>;

export const FULL_EXPORT_PURPOSE = 'fuld eksport';

/** Gathers the corps and logs the read before anything leaves the backend. */
function gatherLogged(ctx: BackendContext, method: keyof typeof exportMethods): { doc: ExportDocument; fileName: string } {
  const at = new Date(ctx.vault.now());
  const doc = gatherExport(ctx.db, ctx.version, at);
  addLogLine(ctx.db, { method, kind: 'read', menteeId: null, purpose: FULL_EXPORT_PURPOSE, at });
  return { doc, fileName: `Mentorkorps-eksport-${ctx.today()}` };
}

export const exportHandlers: ExportHandlers = {
  'export.fullXlsx': async (_input, ctx): Promise<ExportFile> => {
    const { doc, fileName } = gatherLogged(ctx, 'export.fullXlsx');
    return { fileName: `${fileName}.xlsx`, mimeType: XLSX_MIME_TYPE, base64: (await exportWorkbook(doc)).toString('base64') };
  },
  'export.fullJson': (_input, ctx): ExportFile => {
    const { doc, fileName } = gatherLogged(ctx, 'export.fullJson');
    return { fileName: `${fileName}.json`, mimeType: 'application/json;charset=utf-8', base64: exportJson(doc).toString('base64') };
  },
};
