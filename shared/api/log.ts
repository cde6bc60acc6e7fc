import type { z } from 'zod';
import { emptyInput } from '../schemas/common';
import { logList, logSettings } from '../schemas/log';
import type { Page } from '../caseloadTypes';
import type { ExportFile } from './evaluation';

export const logMethods = {
  'log.list': { input: logList, mutates: false },
  'log.exportXlsx': { input: logList, mutates: false },
  'log.settings': { input: emptyInput, mutates: false },
  'log.saveSettings': { input: logSettings, mutates: true },
} as const;

export interface LogEntry {
  id: number;
  at: string;
  kind: 'read' | 'write';
  /** The API method, and what it means in Danish. */
  method: string;
  action: string;
  menteeId: number | null;
  /** Null when the person has been erased or anonymised. */
  menteeName: string | null;
  purpose: string | null;
  /** For writes: the names of the fields sent, never their values. */
  fields: string[];
}

export interface LogResults {
  'log.list': Page<LogEntry>;
  'log.exportXlsx': ExportFile;
  'log.settings': z.output<typeof logSettings>;
  'log.saveSettings': z.output<typeof logSettings>;
}
