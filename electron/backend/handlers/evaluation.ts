// Statistics, the yearly survey and the annual evaluation exports (PDF, xlsx, CSV).
import type { evaluationMethods, ExportFile } from '../../../shared/api/evaluation';
import { buildRoute } from '../../../shared/routes';
import { ApiError } from '../../../shared/errors';
import { periodText } from '../../../shared/statistics/definitions';
import { publishTables } from '../../../shared/statistics/publish';
import { statisticsTables, tablesCsv, type StatTable } from '../../../shared/statistics/tables';
import type { YearStatistics } from '../../../shared/statistics/types';
import { getSetting } from '../settings';
import type { BackendContext } from '../context';
import { assertYearInData, statisticsYears } from '../evaluation/aggregates';
import { keptYearStatistics } from '../evaluation/keptStatistics';
import { deleteSurvey, getSurvey, saveSurvey } from '../evaluation/survey';
import { XLSX_MIME_TYPE } from '../billing/xlsx';
import { evaluationWorkbook } from '../evaluation/xlsx';
import { renderPdf } from '../pdf/printer';
import type { HandlerMap } from '../registry';

type EvaluationHandlers = Pick<HandlerMap, keyof typeof evaluationMethods>;

/** The renderer route that prints the annual evaluation report. */

const UNFILTERED = { municipalityId: null, mentorId: null, education: null };

/** The year's tables as published: files leave the app, so small numbers are withheld. */
function evaluationOf(ctx: BackendContext, year: number): { stats: YearStatistics; heading: string; tables: StatTable[] } {
  const stats = keptYearStatistics(ctx, year, UNFILTERED);
  const corps = getSetting(ctx.db, 'corps_name') ?? 'Mentorkorpset';
  return { stats, heading: `${corps}: evaluering ${year}`, tables: publishTables(statisticsTables(stats)) };
}

const file = (fileName: string, mimeType: string, bytes: Buffer): ExportFile => ({ fileName, mimeType, base64: bytes.toString('base64') });

export const evaluationHandlers: EvaluationHandlers = {
  'statistics.years': (_input, { db, today }) => statisticsYears(db, today()),

  'statistics.get': ({ year, ...filter }, ctx) => keptYearStatistics(ctx, year, filter),

  'survey.get': ({ year }, { db }) => getSurvey(db, year),

  'survey.save': (survey, { db, today }) => {
    const day = today();
    const currentYear = Number(day.slice(0, 4));
    if (survey.year > currentYear) throw new ApiError('VALIDATION', `År ${survey.year} er ikke begyndt endnu.`, { year: `År ${survey.year} er ikke begyndt endnu.` });
    assertYearInData(db, survey.year, day);
    saveSurvey(db, survey, day);
    return getSurvey(db, survey.year)!;
  },

  'survey.delete': ({ year }, { db }) => {
    if (!deleteSurvey(db, year)) throw new ApiError('NOT_FOUND', `Der er ikke indtastet et spørgeskema for ${year}.`, { year: `Der er ikke et spørgeskema for ${year}.` });
    return { year };
  },

  'evaluation.exportXlsx': async ({ year }, ctx) => {
    const { stats, heading, tables } = evaluationOf(ctx, year);
    return file(`Evaluering-${year}.xlsx`, XLSX_MIME_TYPE, await evaluationWorkbook(heading, tables, periodText(stats.period)));
  },

  'evaluation.exportCsv': ({ year }, ctx) => {
    const { stats, heading, tables } = evaluationOf(ctx, year);
    return file(`Evaluering-${year}.csv`, 'text/csv;charset=utf-8', Buffer.from(tablesCsv(`${heading}. ${periodText(stats.period)}`, tables), 'utf8'));
  },

  'evaluation.exportPdf': async ({ year }, ctx) => {
    assertYearInData(ctx.db, year, ctx.today());
    if (!ctx.pdfPrinter) throw new ApiError('INTERNAL', 'PDF-udskrivning er ikke tilgængelig i denne udgave af programmet.');
    return file(`Evaluering-${year}.pdf`, 'application/pdf', await renderPdf(ctx.pdfPrinter, buildRoute({ name: 'evaluation', year })));
  },
};
