// A full JSON export restored into an empty corps (#12): the uploaded file is checked whole (format, version,
// every row's shape, every link), then written in one transaction with ids kept, the corps' name set and one
// audit line naming the file. Only into an empty corps: merging two corps by id would mix their people.
import fs from 'node:fs';
import type { restoreMethods, RestoreResult, RestoreState } from '../../../shared/api/import';
import { ApiError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { corpsIsEmpty, countRows, writeExport } from '../import/restore';
import { parseExport, restoreRefusal } from '../import/restoreCheck';
import { uploadsOf } from '../import/state';
import { addLogLine } from '../log/store';
import { flushStatisticsSummaries } from '../evaluation/summaries';
import type { HandlerMap } from '../registry';
import { getSetting, setSetting } from '../settings';
import { RESTORE_PART_LABELS } from '../../../shared/schemas/restore';

const NOT_EMPTY =
  'Fuld indlæsning kræver et tomt korps: denne datafil har allerede kommuner, mentorer, forløb eller andre data. Indlæs eksporten i en ny datafil (eller før korpset sættes op).';

function state(ctx: BackendContext): RestoreState {
  return corpsIsEmpty(ctx.db) ? { allowed: true, reason: null } : { allowed: false, reason: NOT_EMPTY };
}

const refuseNotEmpty = () => new ApiError('CONFLICT', NOT_EMPTY, { uploadId: NOT_EMPTY });

/** A row the data file refused (a rule the schema does not know, e.g. a course closed before its referral). */
function rowRefused(part: string, row: object, err: unknown): never {
  if (!(err instanceof Error) || err.name !== 'SqliteError') throw err;
  const rowId = 'id' in row ? ` (id ${String(row.id)})` : 'year' in row ? ` (${String(row.year)})` : '';
  throw restoreRefusal(`Filen er beskadiget eller ændret: ${RESTORE_PART_LABELS[part] ?? part}${rowId} overholder ikke datafilens regler.`);
}

export const restoreHandlers: Pick<HandlerMap, keyof typeof restoreMethods> = {
  'import.restoreState': (_input, ctx) => state(ctx),

  'import.restoreFull': ({ uploadId }, ctx): RestoreResult => {
    if (!corpsIsEmpty(ctx.db)) throw refuseNotEmpty();
    const store = uploadsOf(ctx);
    const upload = store.complete(uploadId);
    const doc = parseExport(fs.readFileSync(upload.file));
    upload.progress = { phase: 'writing', done: 0, total: null };
    const result = ctx.db.transaction((): RestoreResult => {
      if (!corpsIsEmpty(ctx.db)) throw refuseNotEmpty();
      writeExport(ctx.db, doc, rowRefused);
      flushStatisticsSummaries(ctx.db);
      const corpsName = doc.corps.name ?? getSetting(ctx.db, 'corps_name');
      if (corpsName !== null) setSetting(ctx.db, 'corps_name', corpsName);
      setSetting(ctx.db, 'setup_done', '1');
      addLogLine(ctx.db, { method: 'import.restoreFull', kind: 'write', fields: ['fuld eksport', upload.fileName], at: new Date(ctx.vault.now()) });
      return {
        corpsName,
        municipalities: countRows(ctx.db, 'municipalities'),
        mentors: countRows(ctx.db, 'mentors'),
        mentees: countRows(ctx.db, 'mentees'),
        courses: countRows(ctx.db, 'courses'),
        contacts: countRows(ctx.db, 'contacts'),
      };
    })();
    store.remove(upload.id);
    return result;
  },
};
