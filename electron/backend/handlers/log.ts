// The audit log, read-only through the API: the log page's list, its export, and how long look-ups are kept.
import type { logMethods } from '../../../shared/api/log';
import { formatDate } from '../../../shared/format';
import type { HandlerMap } from '../registry';
import { addLogLine, listLog, readLogMonths, saveReadLogMonths } from '../log/store';
import { logWorkbook } from '../log/xlsx';

/** An export holds at most this many lines; a longer period is exported in parts. */
const EXPORT_MAX = 100_000;

export const logHandlers: Pick<HandlerMap, keyof typeof logMethods> = {
  'log.list': ({ filter, offset, limit }, { db }) => listLog(db, filter, offset, limit),

  'log.exportXlsx': async ({ filter }, { db, today, vault }) => {
    const page = listLog(db, filter, 0, EXPORT_MAX);
    // The export shows who was looked at: it is itself a look-up, of the one person when filtered to one.
    addLogLine(db, { method: 'log.exportXlsx', kind: 'read', menteeId: filter.menteeId ?? null, at: new Date(vault.now()) });
    const heading = `Mentorkorps – log udtrukket ${formatDate(today())}${page.total > page.rows.length ? ` (de nyeste ${page.rows.length} af ${page.total})` : ''}`;
    const bytes = await logWorkbook(page.rows, heading);
    return { fileName: `Log-${today()}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
  },

  'log.settings': (_input, { db }) => ({ readMonths: readLogMonths(db) }),

  'log.saveSettings': ({ readMonths }, { db }) => {
    saveReadLogMonths(db, readMonths);
    return { readMonths };
  },
};
