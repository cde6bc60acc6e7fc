import type { z } from 'zod';
import { emptyInput } from '../schemas/common';
import { byYear, statisticsQuery, surveyFields } from '../schemas/evaluation';
import type { SurveyResult } from '../statistics/survey';
import type { StatisticsYears, YearStatistics } from '../statistics/types';

export const evaluationMethods = {
  'statistics.years': { input: emptyInput, mutates: false },
  'statistics.get': { input: statisticsQuery, mutates: false },
  'survey.get': { input: byYear, mutates: false },
  'survey.save': { input: surveyFields, mutates: true },
  'survey.delete': { input: byYear, mutates: true },
  'evaluation.exportXlsx': { input: byYear, mutates: false },
  'evaluation.exportCsv': { input: byYear, mutates: false },
  'evaluation.exportPdf': { input: byYear, mutates: false },
} as const;

/** A file for the renderer to save, its bytes base64-encoded (PDF, xlsx, and CSV as UTF-8 with BOM). */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface EvaluationResults {
  'statistics.years': StatisticsYears;
  'statistics.get': YearStatistics;
  'survey.get': SurveyResult | null;
  'survey.save': SurveyResult;
  'survey.delete': { year: number };
  'evaluation.exportXlsx': ExportFile;
  'evaluation.exportCsv': ExportFile;
  'evaluation.exportPdf': ExportFile;
}

export type SurveyInput = z.input<typeof surveyFields>;
