import { z } from 'zod';
import { emptyInput } from '../schemas/common';

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
  'backup.restore': { input: z.strictObject({ name: backupName }), mutates: false },
} as const;

export interface BackupResults {
  'backup.list': { folder: string; backups: BackupInfo[] };
  'backup.create': BackupInfo;
  'backup.restore': { restored: string; safetyCopy: string };
}
