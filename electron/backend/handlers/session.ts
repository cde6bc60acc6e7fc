import type { sessionMethods } from '../../../shared/api/session';
import { ApiError } from '../../../shared/errors';
import { writeAudit } from '../audit';
import { autoBackupIfDue, logBackupFailure } from '../backup';
import type { BackendContext } from '../context';
import type { HandlerMap } from '../registry';

type SessionHandlers = Pick<HandlerMap, keyof typeof sessionMethods>;

function audit(ctx: BackendContext, method: string): void {
  writeAudit(ctx.db, method, null, new Date(ctx.vault.now()));
}

/**
 * After an unlock: the audit line and the day's backup if it is due (an app opened once a week still
 * gets one), once the file has passed its integrity check: nothing is written to or copied from a damaged file.
 */
function afterUnlock(ctx: BackendContext, method: string): void {
  if (!ctx.vault.isUnlocked()) return;
  const run = () => {
    audit(ctx, method);
    autoBackupIfDue(ctx, ctx.vault.now()).catch(logBackupFailure);
  };
  if (!ctx.vault.integrityPending()) return run();
  // Waits without starting the check early: it starts when the first screen has been answered.
  ctx.vault.integrityChecked({ startNow: false }).then(run, () => undefined);
}

export const sessionHandlers: SessionHandlers = {
  'session.state': (_input, ctx) => ctx.vault.state(),

  'session.setup': ({ passphrase }, ctx) => {
    const result = ctx.vault.setup(passphrase);
    afterUnlock(ctx, 'session.setup');
    return { ...result, state: ctx.vault.state() };
  },

  'session.unlock': ({ passphrase }, ctx) => {
    ctx.vault.unlock(passphrase);
    afterUnlock(ctx, 'session.unlock');
    return ctx.vault.state();
  },

  'session.recover': ({ recoveryCode, newPassphrase }, ctx) => {
    ctx.vault.recover(recoveryCode, newPassphrase);
    afterUnlock(ctx, 'session.recover');
    return ctx.vault.state();
  },

  'session.lock': (_input, ctx) => {
    ctx.vault.lock();
    return ctx.vault.state();
  },

  'session.changePassphrase': ({ currentPassphrase, newPassphrase }, ctx) => {
    const changedAt = ctx.vault.changePassphrase(currentPassphrase, newPassphrase);
    audit(ctx, 'session.changePassphrase');
    return { changedAt };
  },

  'session.newRecoveryCode': ({ passphrase }, ctx) => {
    const result = ctx.vault.newRecoveryCode(passphrase);
    audit(ctx, 'session.newRecoveryCode');
    return result;
  },

  'session.setIdleLock': ({ minutes }, ctx) => {
    ctx.db.transaction(() => {
      ctx.vault.setIdleLockMinutes(minutes);
      audit(ctx, 'session.setIdleLock');
    })();
    return ctx.vault.state();
  },

  'session.restoreBackup': ({ name, passphrase, recoveryCode }, ctx) => {
    if (ctx.vault.state().kind !== 'trouble') throw new ApiError('CONFLICT', 'Gendan fra siden Sikkerhedskopier, når Mentorkorps er låst op.');
    ctx.vault.restore(name, { passphrase, recoveryCode });
    return ctx.vault.state();
  },
};
