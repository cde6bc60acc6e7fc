import type Database from 'better-sqlite3-multiple-ciphers';
import { todayIso } from '../../shared/format';
import type { PdfPrinter } from './pdf/printer';

export interface BackendContext {
  /** Replaced when a backup is restored; always read it from the context at call time. */
  db: Database.Database;
  dataFile: string;
  version: string;
  /** Today as ISO date; injectable so tests can fix the calendar. */
  today: () => string;
  /** Prints renderer routes to PDF; set by the entry point (Chromium in web mode, printToPDF in Electron). */
  pdfPrinter?: PdfPrinter;
  /**
   * Desktop app: asks the coordinator for a folder with the native dialog (null when cancelled).
   * Absent in web mode, where files are downloads instead. The renderer never sends a path.
   */
  chooseFolder?: (title: string) => Promise<string | null>;
}

export function createContext(db: Database.Database, dataFile: string, version: string, today = () => todayIso()): BackendContext {
  return { db, dataFile, version, today };
}
