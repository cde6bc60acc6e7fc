import type { backupMethods } from '../../../shared/api/backup';
import { backupDir } from '../db';
import { ApiError } from '../../../shared/errors';
import { createBackup, listBackups, secondLocation, setSecondLocation } from '../backup';
import { latestErasureAt } from '../privacy/store';
import type { HandlerMap } from '../registry';

type BackupHandlers = Pick<HandlerMap, keyof typeof backupMethods>;

export const backupHandlers: BackupHandlers = {
  'backup.list': (_input, ctx) => ({ folder: backupDir(ctx.dataFile), backups: listBackups(ctx.dataFile, latestErasureAt(ctx.db)), secondLocation: secondLocation(ctx) }),
  'backup.chooseSecondLocation': async (_input, ctx) => {
    if (!ctx.chooseFolder && !ctx.secondLocationFromStart) {
      throw new ApiError('CONFLICT', 'I web-udgaven vælges den anden placering, når programmet startes: npm run web -- --kopimappe <mappe>.');
    }
    const folder = ctx.chooseFolder
      ? await ctx.chooseFolder('Vælg en anden placering til sikkerhedskopierne (f.eks. kommunens drev)')
      : (ctx.secondLocationFromStart as string);
    return folder === null ? secondLocation(ctx) : setSecondLocation(ctx, folder);
  },
  'backup.clearSecondLocation': (_input, ctx) => setSecondLocation(ctx, null),
  'backup.create': (_input, ctx) => createBackup(ctx, 'manual'),
  'backup.restore': ({ name, passphrase, recoveryCode }, ctx) => ctx.vault.restore(name, { passphrase, recoveryCode }),
};
