import { z } from 'zod';
import { emptyInput } from '../schemas/common';
import { givenPassphrase, recoveryCodeSchema } from '../security/passphrase';

export const BACKUP_KINDS = {
  auto: 'Automatisk',
  manual: 'Manuel',
  migration: 'Før opdatering',
  restore: 'Før gendannelse',
  change: 'Før større ændring',
} as const;
export type BackupKind = keyof typeof BACKUP_KINDS;

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  /** Taken before the latest erasure or anonymisation run: restoring it brings erased people back
   * (the UI warns: "Kopien er fra før en sletning …"). */
  beforeErasure: boolean;
}

const backupName = z
  .string({ error: 'Sikkerhedskopi skal vælges.' })
  .regex(/^[\w\-.æøåÆØÅ]+\.sqlite$/, { error: 'Sikkerhedskopi: ugyldigt filnavn.' });

/** The second location (e.g. the municipality's drive), where every automatic and manual copy is copied too. */
export interface SecondLocation {
  folder: string | null;
  lastCopyAt: string | null;
  /** No copy has reached it for more than a week (or never, once chosen). */
  stale: boolean;
  /** False in web mode: there the folder is chosen at start with --kopimappe. */
  canChoose: boolean;
}

export const backupMethods = {
  'backup.list': { input: emptyInput, mutates: false },
  'backup.create': { input: emptyInput, mutates: false },
  /** Desktop: the main process asks for the folder with the native dialog; the renderer never sends a path. */
  'backup.chooseSecondLocation': { input: emptyInput, mutates: false },
  'backup.clearSecondLocation': { input: emptyInput, mutates: false },
  /** A copy made under another passphrase (before a change, or on another PC) needs that day's passphrase or recovery code. */
  'backup.restore': {
    input: z.strictObject({ name: backupName, passphrase: givenPassphrase().optional(), recoveryCode: recoveryCodeSchema.optional() }),
    mutates: false,
  },
} as const;

export interface BackupResults {
  'backup.list': { folder: string; backups: BackupInfo[]; secondLocation: SecondLocation };
  'backup.chooseSecondLocation': SecondLocation;
  'backup.clearSecondLocation': SecondLocation;
  'backup.create': BackupInfo;
  'backup.restore': { restored: string; safetyCopy: string | null };
}
