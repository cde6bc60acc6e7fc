import type Database from 'better-sqlite3-multiple-ciphers';
import { todayIso } from '../../shared/format';
import type { PdfPrinter } from './pdf/printer';
import type { Vault } from './vault';

export interface BackendContext {
  /** The open connection, from the vault: throws LOCKED while the data file is locked. Read it at call time. */
  readonly db: Database.Database;
  vault: Vault;
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
  /** Web mode: the second backup location given at start (--kopimappe), offered on the backup page. */
  secondLocationFromStart?: string;
}

export function createContext(vault: Vault, version: string, today = () => todayIso()): BackendContext {
  return {
    get db() {
      return vault.db;
    },
    vault,
    dataFile: vault.dataFile,
    version,
    today,
  };
}
