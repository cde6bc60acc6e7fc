import type { backupMethods } from '../../../shared/api/backup';
import { backupDir } from '../db';
import { createBackup, listBackups } from '../backup';
import type { HandlerMap } from '../registry';

type BackupHandlers = Pick<HandlerMap, keyof typeof backupMethods>;

export const backupHandlers: BackupHandlers = {
  'backup.list': (_input, { dataFile }) => ({ folder: backupDir(dataFile), backups: listBackups(dataFile) }),
  'backup.create': (_input, ctx) => createBackup(ctx, 'manual'),
  'backup.restore': ({ name, passphrase, recoveryCode }, ctx) => ctx.vault.restore(name, { passphrase, recoveryCode }),
};
