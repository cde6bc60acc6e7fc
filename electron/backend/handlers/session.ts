import type { sessionMethods } from '../../../shared/api/session';
import { ApiError } from '../../../shared/errors';
import type { HandlerMap } from '../registry';

type SessionHandlers = Pick<HandlerMap, keyof typeof sessionMethods>;

const pending = () => {
  throw new ApiError('INTERNAL', 'Ikke færdig endnu.');
};

// Filled in by the data-file work (issue 9); declared here so the contract type-checks.
export const sessionHandlers: SessionHandlers = {
  'session.state': (_i, ctx) => ({ kind: 'unlocked', dataFile: ctx.dataFile, idleLockMinutes: 15, recoveryCodeCreatedAt: '', passphraseChangedAt: '' }),
  'session.setup': pending,
  'session.unlock': pending,
  'session.recover': pending,
  'session.lock': pending,
  'session.changePassphrase': pending,
  'session.newRecoveryCode': pending,
  'session.setIdleLock': pending,
  'session.restoreBackup': pending,
};
