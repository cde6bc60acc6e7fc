// Import from spreadsheets: upload in pieces, dry run with progress, problems as a workbook, commit in
// one transaction (the engine runs it: reading the file is asynchronous), templates.
import type { importMethods } from '../../../shared/api/import';
import { IMPORT_COLUMNS } from '../../../shared/import/columns';
import { analyzeImport, commitImport } from '../import/engine';
import { uploadsOf } from '../import/state';
import { problemsWorkbook, templateWorkbook } from '../import/workbooks';
import type { HandlerMap } from '../registry';

export const importHandlers: Pick<HandlerMap, keyof typeof importMethods> = {
  'import.columns': () => IMPORT_COLUMNS,

  'import.begin': ({ fileName, size }, ctx) => ({ uploadId: uploadsOf(ctx).begin(fileName, size).id }),

  'import.chunk': ({ uploadId, index, base64 }, ctx) => ({ received: uploadsOf(ctx).chunk(uploadId, index, Buffer.from(base64, 'base64')).received }),

  'import.analyze': ({ uploadId, kind, sheet, mapping }, ctx) => analyzeImport(ctx, uploadsOf(ctx), { uploadId, kind, sheet, mapping }),

  'import.progress': ({ uploadId }, ctx) => uploadsOf(ctx).progress(uploadId) ?? { phase: 'done', done: 0, total: null },

  'import.problemsXlsx': async ({ uploadId, kind, sheet, mapping }, ctx) => {
    const analysis = await analyzeImport(ctx, uploadsOf(ctx), { uploadId, kind, sheet, mapping });
    return problemsWorkbook(analysis.fileName, analysis.problems);
  },

  'import.commit': ({ uploadId, kind, sheet, mapping, expected }, ctx) => commitImport(ctx, uploadsOf(ctx), { uploadId, kind, sheet, mapping, expected }),

  'import.template': ({ kind }) => templateWorkbook(kind),
};
