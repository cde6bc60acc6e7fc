// Unlocking the data file, the app lock and the start screen for a data file in trouble.
// These are the only methods a caller without a session may use (see PUBLIC_METHODS).
import { z } from 'zod';
import { danishNumber, emptyInput, integer } from '../schemas/common';
import { givenPassphrase, newPassphrase, recoveryCodeSchema, withRepeat } from '../security/passphrase';
import type { BackupInfo } from './backup';

/** What is wrong with the data file when the app cannot open it. */
export type TroubleKind =
  /** The file is gone, but its backups are there. */
  | 'missing'
  /** The file fails the integrity check (it has been moved aside, not changed). */
  | 'corrupt'
  /** Written by a newer Mentorkorps. */
  | 'newer'
  /** An SQLite file of another program, or not a database at all: left unchanged. */
  | 'foreign'
  /** The key file beside the data file is missing or damaged. */
  | 'keyfile'
  /** The file or its folder cannot be read or written (permissions, vanished drive). */
  | 'unreadable';

export type SessionState =
  /** No data file yet: choose a passphrase first. */
  | { kind: 'new'; dataFile: string }
  /** An unencrypted file from an earlier version: choose a passphrase to encrypt it (and its backups). */
  | { kind: 'plain'; dataFile: string; plainBackups: number }
  /** Encrypted and locked: the unlock screen. retryAfterMs > 0 after repeated wrong tries. */
  | { kind: 'locked'; dataFile: string; failedAttempts: number; retryAfterMs: number }
  | { kind: 'unlocked'; dataFile: string; idleLockMinutes: number; recoveryCodeCreatedAt: string; passphraseChangedAt: string }
  | { kind: 'trouble'; dataFile: string; problem: TroubleKind; message: string; movedAsideTo: string | null; backups: BackupInfo[] };

export type SessionKind = SessionState['kind'];

export const IDLE_LOCK_DEFAULT_MINUTES = 15;

const secret = z.strictObject({
  passphrase: givenPassphrase().optional(),
  recoveryCode: recoveryCodeSchema.optional(),
});

export const sessionMethods = {
  'session.state': { input: emptyInput, mutates: false },
  /** State 'new' or 'plain': sets the passphrase, makes the recovery code (and encrypts a plain file). */
  'session.setup': { input: z.strictObject({ passphrase: newPassphrase('Adgangskode') }), mutates: false },
  'session.unlock': { input: z.strictObject({ passphrase: givenPassphrase() }), mutates: false },
  /** Unlocks with the recovery code and sets a new passphrase. */
  'session.recover': { input: z.strictObject({ recoveryCode: recoveryCodeSchema, newPassphrase: newPassphrase() }), mutates: false },
  'session.lock': { input: emptyInput, mutates: false },
  'session.changePassphrase': { input: z.strictObject({ currentPassphrase: givenPassphrase('Nuværende adgangskode'), newPassphrase: newPassphrase() }), mutates: false },
  'session.newRecoveryCode': { input: z.strictObject({ passphrase: givenPassphrase() }), mutates: false },
  'session.setIdleLock': { input: z.strictObject({ minutes: danishNumber(integer('Lås efter minutter', 1, 240)) }), mutates: false },
  /** State 'trouble': restores one of this file's backups, opened with the secret valid when it was taken. */
  'session.restoreBackup': {
    input: z.strictObject({ name: z.string({ error: 'Sikkerhedskopi skal vælges.' }).min(1, { error: 'Sikkerhedskopi skal vælges.' }).max(200) }).and(secret),
    mutates: false,
  },
} as const;

/** The forms that take the new passphrase twice: the method's input and its repeat, checked by the same rules. */
export const newPassphraseForms = {
  'session.setup': withRepeat(sessionMethods['session.setup'].input, 'passphrase', 'Gentag adgangskode'),
  'session.recover': withRepeat(sessionMethods['session.recover'].input, 'newPassphrase', 'Gentag ny adgangskode'),
  'session.changePassphrase': withRepeat(sessionMethods['session.changePassphrase'].input, 'newPassphrase', 'Gentag ny adgangskode'),
};

/** Callable without a session (web mode); everything else needs one and an unlocked data file. */
export const PUBLIC_METHODS: ReadonlySet<string> = new Set(['session.state', 'session.setup', 'session.unlock', 'session.recover', 'session.restoreBackup']);
/** A successful call of one of these starts a session (web mode sets the session cookie). */
export const SESSION_STARTING_METHODS: ReadonlySet<string> = new Set(['session.setup', 'session.unlock', 'session.recover', 'session.restoreBackup']);

export interface SessionResults {
  'session.state': SessionState;
  /** encryptedBackups: plain backups of an upgraded file that were encrypted too. */
  'session.setup': { recoveryCode: string; encryptedBackups: number; state: SessionState };
  'session.unlock': SessionState;
  'session.recover': SessionState;
  'session.lock': SessionState;
  'session.changePassphrase': { changedAt: string };
  'session.newRecoveryCode': { recoveryCode: string; createdAt: string };
  'session.setIdleLock': SessionState;
  'session.restoreBackup': SessionState;
}
