import { z } from 'zod';
import { emptyInput } from '../schemas/common';
import { givenPassphrase, recoveryCodeSchema } from '../security/passphrase';

export const BACKUP_KINDS = {
  auto: 'Automatisk',
  manual: 'Manuel',
  migration: 'Før opdatering',
  restore: 'Før gendannelse',
} as const;
export type BackupKind = keyof typeof BACKUP_KINDS;

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

const backupName = z
  .string({ error: 'Sikkerhedskopi skal vælges.' })
  .regex(/^[\w\-.æøåÆØÅ]+\.sqlite$/, { error: 'Sikkerhedskopi: ugyldigt filnavn.' });

export const backupMethods = {
  'backup.list': { input: emptyInput, mutates: false },
  'backup.create': { input: emptyInput, mutates: false },
  /** A copy made under another passphrase (before a change, or on another PC) needs that day's passphrase or recovery code. */
  'backup.restore': {
    input: z.strictObject({ name: backupName, passphrase: givenPassphrase().optional(), recoveryCode: recoveryCodeSchema.optional() }),
    mutates: false,
  },
} as const;

export interface BackupResults {
  'backup.list': { folder: string; backups: BackupInfo[] };
  'backup.create': BackupInfo;
  'backup.restore': { restored: string; safetyCopy: string | null };
}
