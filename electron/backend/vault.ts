// The data file's lifecycle: which state it is in (new, plain, locked, unlocked, trouble), the key
// that opens it, the app lock, and every operation that replaces the file (encrypting a plain
// file, restoring a copy), which writes beside the file and renames, so a kill leaves a whole file.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDLE_LOCK_DEFAULT_MINUTES, type SessionState, type TroubleKind } from '../../shared/api/session';
import { ApiError, fieldError } from '../../shared/errors';
import { writeAudit } from './audit';
import { isBackupName, listBackups, removeBackupLeftovers, sidecarOf, writeBackup } from './backup';
import { acquireDataFileLock, DataFileInUseError, type DataFileLock } from './dataFileLock';
import { ioReason } from './ioErrors';
import { createPrivateEmptyFile, ensurePrivateDir, fsyncDir, isPlainSqlite, readHeader, replaceAtomically } from './datafile/files';
import {
  createEnvelope,
  DEFAULT_KDFS,
  hexKey,
  KeyFileError,
  keyFileOf,
  readEnvelope,
  unwrapWithPassphrase,
  unwrapWithRecoveryCode,
  withNewPassphrase,
  withNewRecoveryCode,
  writeEnvelope,
  type KeyEnvelope,
  type Kdfs,
} from './datafile/keys';
import { assertMentorkorpsFile, backupDir, connect, rawKey, DatabaseOpenError, LATEST_SCHEMA_VERSION, legacyBackupDir, openDataFile, optimize, quickCheck, schemaVersion } from './db';
import { copyInWorker, type BackgroundCopier } from './backgroundCopy';
import { CHECK_START_TIMES, checkInWorker, deferredStart, type CheckStartTimes, type DeferredStart, type IntegrityChecker } from './integrityCheck';
import { getSetting, setSetting } from './settings';

export interface VaultOptions {
  kdfs?: Kdfs;
  /** Milliseconds since the epoch; injectable so tests can move the clock for the idle lock. */
  now?: () => number;
  /** Runs quick_check beside the open file (integrityCheck.ts); injectable so tests can hold it. */
  integrityCheck?: IntegrityChecker;
  /** When the check starts after an unlock (integrityCheck.ts); injectable so tests need not wait. */
  checkStart?: CheckStartTimes;
  /** Copies the open file in the background (backgroundCopy.ts); injectable so tests can hold it. */
  copier?: BackgroundCopier;
}

interface Trouble {
  problem: TroubleKind;
  message: string;
  movedAsideTo: string | null;
}

export const FREE_ATTEMPTS = 5;
const IDLE_SETTING = 'idle_lock_minutes';

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

function wrongSecret(field: 'passphrase' | 'recoveryCode'): ApiError {
  return fieldError(field, field === 'passphrase' ? 'Forkert adgangskode. Prøv igen – store og små bogstaver tæller.' : 'Gendannelseskoden passer ikke til denne datafil.');
}

export class Vault {
  private db_: Database.Database | null = null;
  private dataKey: Buffer | null = null;
  private envelope: KeyEnvelope | null = null;
  private trouble: Trouble | null = null;
  private failedAttempts = 0;
  private retryUntil = 0;
  private lastActivity = 0;
  private epoch = 0;
  /** The integrity check of the open file while it runs; null once it has passed (or when locked). */
  private checking: Promise<void> | null = null;
  private cancelCheck: (() => void) | null = null;
  /** Until the check has started: when to start it. */
  private checkStart: DeferredStart | null = null;
  private readonly checker: IntegrityChecker;
  private readonly copier: BackgroundCopier;
  /** Stops for the background copies running now (copyInBackground). */
  private readonly copies = new Set<() => void>();
  private readonly checkStartTimes: CheckStartTimes;
  private readonly kdfs: Kdfs;
  readonly now: () => number;

  private constructor(
    readonly dataFile: string,
    private readonly fileLock: DataFileLock,
    options: VaultOptions,
  ) {
    this.kdfs = options.kdfs ?? DEFAULT_KDFS;
    this.now = options.now ?? Date.now;
    this.checker = options.integrityCheck ?? checkInWorker;
    this.checkStartTimes = options.checkStart ?? CHECK_START_TIMES;
    this.copier = options.copier ?? copyInWorker;
  }

  /** Takes the data file's lock (DataFileInUseError when another process has it), then looks at the file without changing it. */
  static open(dataFile: string, options: VaultOptions = {}): Vault {
    let lock: DataFileLock;
    try {
      ensurePrivateDir(path.dirname(dataFile));
      lock = acquireDataFileLock(dataFile);
    } catch (err) {
      if (err instanceof DataFileInUseError) throw err;
      // A folder that cannot be made or read: the start screen says so; nothing is written anywhere.
      const vault = new Vault(dataFile, { release: () => undefined }, options);
      vault.setTrouble('unreadable', `Datafilens mappe ${path.dirname(dataFile)} kan ikke bruges: ${ioReason(err)}.`);
      return vault;
    }
    const vault = new Vault(dataFile, lock, options);
    vault.removeLeftovers();
    vault.probe();
    return vault;
  }

  get keyFile(): string {
    return keyFileOf(this.dataFile);
  }

  isUnlocked(): boolean {
    return this.db_ !== null;
  }

  /** The open connection; every data call goes through here, so a locked file refuses them all. */
  get db(): Database.Database {
    if (!this.db_) throw new ApiError('LOCKED', 'Mentorkorps er låst. Lås op med din adgangskode.');
    return this.db_;
  }

  keyEnvelope(): KeyEnvelope | null {
    return this.envelope;
  }

  /** Changes at every unlock; null while locked. Web sessions are bound to it. */
  sessionEpoch(): number | null {
    return this.db_ ? this.epoch : null;
  }

  state(signedIn = true): SessionState {
    const dataFile = this.dataFile;
    if (this.trouble) return { kind: 'trouble', dataFile, ...this.trouble, backups: listBackups(dataFile) };
    if (this.db_ && signedIn) {
      return {
        kind: 'unlocked',
        dataFile,
        idleLockMinutes: this.idleLockMinutes(),
        recoveryCodeCreatedAt: this.envelope?.recovery.createdAt ?? '',
        passphraseChangedAt: this.envelope?.passphrase.changedAt ?? '',
      };
    }
    if (this.envelope) return { kind: 'locked', dataFile, failedAttempts: this.failedAttempts, retryAfterMs: Math.max(0, this.retryUntil - this.now()) };
    if (this.hasData()) return { kind: 'plain', dataFile, plainBackups: this.plainBackups().length };
    return { kind: 'new', dataFile };
  }

  // --- Looking at the file -------------------------------------------------------------------

  private hasData(): boolean {
    return fs.existsSync(this.dataFile) && fs.statSync(this.dataFile).size > 0;
  }

  private removeLeftovers(): void {
    for (const suffix of ['.gendan.tmp', '.krypter.tmp']) fs.rmSync(this.dataFile + suffix, { force: true });
    removeBackupLeftovers(this.dataFile);
  }

  private setTrouble(problem: TroubleKind, message: string, movedAsideTo: string | null = null): void {
    this.trouble = { problem, message, movedAsideTo };
    this.envelope = null;
  }

  /** Decides the state from the file and its key file. Never writes to the data file. */
  private probe(): void {
    this.trouble = null;
    this.envelope = null;
    if (!this.hasData()) {
      const keyFileThere = fs.existsSync(this.keyFile);
      if (listBackups(this.dataFile).length > 0 || keyFileThere) {
        this.setTrouble('missing', `Datafilen ${this.dataFile} findes ikke længere${keyFileThere ? ', men dens nøglefil gør' : ''}. Gendan den fra en sikkerhedskopi.`);
      }
      return;
    }
    const header = readHeader(this.dataFile);
    if (header === null) return this.setTrouble('unreadable', `Datafilen ${this.dataFile} kan ikke læses: der er ikke adgang til den.`);
    if (isPlainSqlite(header)) return this.probePlain();
    if (!fs.existsSync(this.keyFile)) {
      return this.setTrouble('keyfile', `Nøglefilen ${this.keyFile} mangler, så datafilen kan ikke åbnes (eller filen er ikke en Mentorkorps-fil). Gendan fra en sikkerhedskopi.`);
    }
    try {
      this.envelope = readEnvelope(this.keyFile);
    } catch (err) {
      if (err instanceof KeyFileError) return this.setTrouble('keyfile', `${err.message} Gendan fra en sikkerhedskopi.`);
      throw err;
    }
  }

  /** A plain SQLite file: an unencrypted Mentorkorps file from an earlier version, or another program's. Inspected on a private copy. */
  private probePlain(): void {
    const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-undersoeg-'));
    const copy = path.join(copyDir, 'kopi.sqlite');
    try {
      fs.copyFileSync(this.dataFile, copy);
      if (fs.existsSync(`${this.dataFile}-wal`)) fs.copyFileSync(`${this.dataFile}-wal`, `${copy}-wal`);
      const db = connect(copy, undefined);
      try {
        if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new DatabaseOpenError('beskadiget', 'corrupt');
        assertMentorkorpsFile(db, this.dataFile);
        if (schemaVersion(db) > LATEST_SCHEMA_VERSION) {
          throw new DatabaseOpenError(`Datafilen ${this.dataFile} er fra en nyere version af Mentorkorps. Opdater programmet – filen er ikke ændret.`, 'newer');
        }
      } finally {
        db.close();
      }
    } catch (err) {
      if (err instanceof DatabaseOpenError && err.kind === 'corrupt') return this.moveAsideCorrupt();
      if (err instanceof DatabaseOpenError) return this.setTrouble(err.kind, err.message);
      if (err instanceof Error && /not a database|malformed/i.test(err.message)) return this.moveAsideCorrupt();
      return this.setTrouble('unreadable', `Datafilen ${this.dataFile} kan ikke læses: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      fs.rmSync(copyDir, { recursive: true, force: true });
    }
  }

  /** A damaged file is renamed, never overwritten or deleted, and the start screen offers the backups. */
  private moveAsideCorrupt(): void {
    const aside = `${this.dataFile}.beskadiget-${stamp(this.now())}`;
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(this.dataFile + suffix)) fs.renameSync(this.dataFile + suffix, aside + suffix);
    this.setTrouble('corrupt', `Datafilen var beskadiget. Den er flyttet til ${aside} og er ikke ændret. Gendan fra en sikkerhedskopi.`, aside);
  }

  // --- Setup, unlock, lock ----------------------------------------------------------------------

  /** State 'new' or 'plain': chooses the passphrase. A plain file and its backups are encrypted. */
  setup(passphrase: string): { recoveryCode: string; encryptedBackups: number } {
    const kind = this.state().kind;
    if (kind !== 'new' && kind !== 'plain') throw new ApiError('CONFLICT', 'Datafilen har allerede en adgangskode.');
    const { dataKey, recoveryCode, envelope } = createEnvelope(passphrase, this.kdfs, new Date(this.now()).toISOString());
    let encryptedBackups = 0;
    if (kind === 'plain') {
      this.encryptPlainFileInPlace(dataKey, envelope);
      encryptedBackups = this.encryptPlainBackups(dataKey, envelope);
    } else {
      writeEnvelope(this.keyFile, envelope);
    }
    this.envelope = envelope;
    this.openWith(dataKey);
    return { recoveryCode, encryptedBackups };
  }

  /**
   * The plain file is copied, the copy encrypted, and renamed over the original: a kill at any
   * moment leaves the plain file or the encrypted one, each whole. The key file is written first;
   * beside a plain file it is simply replaced at the next setup.
   */
  private encryptPlainFileInPlace(dataKey: Buffer, envelope: KeyEnvelope): void {
    const temp = `${this.dataFile}.krypter.tmp`;
    encryptCopy(this.dataFile, temp, dataKey);
    writeEnvelope(this.keyFile, envelope);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(this.dataFile + suffix, { force: true });
    replaceAtomically(temp, this.dataFile);
  }

  /** Plain copies in this file's own set, and this app's copies in the folder earlier versions shared. */
  private plainBackups(): string[] {
    const own = backupDir(this.dataFile);
    const dirs: [string, (name: string) => boolean][] = [
      [own, (n) => n.endsWith('.sqlite')],
      [legacyBackupDir(this.dataFile), isBackupName],
    ];
    return dirs.flatMap(([dir, wanted]) =>
      fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter(wanted)
            .map((n) => path.join(dir, n))
            .filter((f) => fs.statSync(f).isFile() && isPlainSqlite(readHeader(f)))
        : [],
    );
  }

  /** Encrypts every plain backup of this file (also those in the shared folder of earlier versions) into its own set. */
  private encryptPlainBackups(dataKey: Buffer, envelope: KeyEnvelope): number {
    let count = 0;
    for (const file of this.plainBackups()) {
      const target = path.join(backupDir(this.dataFile), path.basename(file));
      const temp = `${target}.tmp`;
      try {
        ensurePrivateDir(path.dirname(target));
        encryptCopy(file, temp, dataKey);
        writeEnvelope(sidecarOf(target), envelope);
        const mtime = fs.statSync(file).mtime;
        replaceAtomically(temp, target);
        fs.utimesSync(target, mtime, mtime);
        if (file !== target) fs.rmSync(file, { force: true });
        count++;
      } catch (err) {
        fs.rmSync(temp, { force: true });
        // Another program's file in the old shared folder stays where it is.
        if (!(err instanceof DatabaseOpenError)) throw err;
      }
    }
    return count;
  }

  /**
   * Checks the passphrase even when the file is already open: in web mode a second browser signs
   * in with this call, and only the right passphrase may give it a session.
   */
  unlock(passphrase: string): SessionState {
    if (!this.envelope) throw new ApiError('CONFLICT', 'Datafilen kan ikke låses op i sin nuværende tilstand.');
    const key = this.checkSecret('passphrase', () => unwrapWithPassphrase(this.envelope as KeyEnvelope, passphrase));
    if (this.db_) {
      key.fill(0);
      this.touch();
    } else this.openWith(key);
    return this.state();
  }

  /** The recovery code unlocks and sets a new passphrase (the old one stops working). */
  recover(recoveryCode: string, newPassphrase: string): SessionState {
    if (!this.envelope) throw new ApiError('CONFLICT', 'Datafilen kan ikke låses op i sin nuværende tilstand.');
    const key = this.checkSecret('recoveryCode', () => unwrapWithRecoveryCode(this.envelope as KeyEnvelope, recoveryCode));
    this.envelope = withNewPassphrase(this.envelope, key, newPassphrase, this.kdfs, new Date(this.now()).toISOString());
    writeEnvelope(this.keyFile, this.envelope);
    if (this.db_) this.touch();
    else this.openWith(key);
    return this.state();
  }

  /** The data key from a secret, after the pause that repeated wrong tries impose; a wrong one is counted. */
  private checkSecret(field: 'passphrase' | 'recoveryCode', unwrap: () => Buffer | null): Buffer {
    const wait = this.retryUntil - this.now();
    if (wait > 0) throw fieldError(field, `For mange forkerte forsøg. Vent ${Math.ceil(wait / 1000)} sekunder, og prøv igen.`);
    const key = unwrap();
    if (!key) throw this.countFailure(field);
    this.failedAttempts = 0;
    return key;
  }

  /** After FREE_ATTEMPTS wrong tries in a row each further try waits longer: 5 s, 10 s, 20 s … at most 5 minutes. */
  private countFailure(field: 'passphrase' | 'recoveryCode'): ApiError {
    this.failedAttempts++;
    if (this.failedAttempts >= FREE_ATTEMPTS) {
      this.retryUntil = this.now() + Math.min(5 * 60_000, 5000 * 2 ** (this.failedAttempts - FREE_ATTEMPTS));
    }
    return wrongSecret(field);
  }

  /** checkNow: quick_check before anything else (a restored copy, which is written to at once). */
  private openWith(dataKey: Buffer, checkNow = false): void {
    try {
      const opened = openDataFile(this.dataFile, {
        key: hexKey(dataKey),
        beforeMigrate: (db) => void writeBackup(db, this.dataFile, this.envelope, 'migration', new Date(this.now())),
        deferCheck: !checkNow,
      });
      this.db_ = opened.db;
      if (!opened.checked) this.startCheck(opened.db, hexKey(dataKey));
    } catch (err) {
      if (err instanceof DatabaseOpenError) {
        if (err.kind === 'corrupt') this.moveAsideCorrupt();
        else this.setTrouble(err.kind, err.message);
        return;
      }
      throw err;
    }
    this.dataKey = dataKey;
    this.epoch++;
    // Not touch(): the check's quiet time counts from the first call after the unlock, not from the unlock.
    this.lastActivity = this.now();
    // A plain backup found later (copied back by hand, or left by an old version) is encrypted at once.
    if (this.envelope && this.plainBackups().length) this.encryptPlainBackups(dataKey, this.envelope);
  }

  // --- The integrity check beside the open file (integrityCheck.ts) ------------------------------

  private startCheck(db: Database.Database, key: string): void {
    let cancelWorker = () => undefined as void;
    let launch = () => undefined as void;
    const verdict = new Promise<string>((resolve, reject) => {
      launch = () => {
        const check = this.checker(this.dataFile, key);
        cancelWorker = check.cancel;
        check.verdict.then(resolve, reject);
      };
      // Locked before it started: settles as a cancelled worker does (the file is no longer open).
      cancelWorker = () => reject(new Error('Kontrollen blev ikke startet.'));
    });
    const settled = verdict
      // A worker that cannot run (not the file's fault) must not leave the file unchecked: check here.
      .catch((err: unknown) => {
        // Locked meanwhile (or before it started): nothing to check, and nothing failed.
        if (this.db_ !== db) return 'ok';
        console.error('Kontrol af datafilen i baggrunden mislykkedes, kontrollerer her:', err instanceof Error ? err.message : err);
        return quickCheck(db);
      })
      .then((verdict) => {
        // Locked meanwhile: the next unlock checks again.
        if (this.db_ !== db) return;
        if (verdict === 'ok') db.pragma('query_only = OFF');
        else this.failCheck(db);
      })
      .finally(() => {
        if (this.checking === settled) this.endCheck();
      });
    const start = deferredStart(launch, this.checkStartTimes);
    this.checking = settled;
    this.checkStart = start;
    this.cancelCheck = () => {
      start.cancel();
      cancelWorker();
    };
  }

  private endCheck(): void {
    this.checking = null;
    this.cancelCheck = null;
    this.checkStart = null;
  }

  /** The file is damaged: nothing more is read from or written to it; it is moved aside as at the start. */
  private failCheck(db: Database.Database): void {
    this.db_ = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    db.close();
    this.moveAsideCorrupt();
  }

  /** True while the open file's integrity check runs (the connection is query_only meanwhile). */
  integrityPending(): boolean {
    return this.checking !== null;
  }

  /**
   * Resolves once the open file has passed its check; refuses (LOCKED, saying why) when it failed or the file is locked.
   * A caller that needs it now starts a check still waiting for the first screen; `startNow: false` only waits.
   */
  async integrityChecked({ startNow = true }: { startNow?: boolean } = {}): Promise<void> {
    // A loop: locked and unlocked again meanwhile, the new connection's own check must pass too.
    while (this.checking) {
      if (startNow) this.checkStart?.now();
      await this.checking;
    }
    if (!this.db_) throw new ApiError('LOCKED', this.trouble ? this.trouble.message : 'Mentorkorps er låst. Lås op med din adgangskode.');
  }

  /** Copies the open file into `target` (VACUUM INTO, encrypted with its key) in a worker thread; a lock stops it. */
  copyInBackground(target: string): Promise<void> {
    if (!this.db_ || !this.dataKey) return Promise.reject(new ApiError('LOCKED', 'Mentorkorps er låst. Lås op med din adgangskode.'));
    const copy = this.copier(this.dataFile, hexKey(this.dataKey), target);
    this.copies.add(copy.cancel);
    return copy.done.finally(() => this.copies.delete(copy.cancel));
  }

  /** Closes the connection (writing the WAL back into the file) and forgets the key. */
  lock(): void {
    if (!this.db_) return;
    const db = this.db_;
    const unchecked = this.checking !== null;
    // A copy still running stops with the key it holds; its half-written file is removed by its caller.
    for (const stop of this.copies) stop();
    this.copies.clear();
    this.cancelCheck?.();
    this.endCheck();
    this.db_ = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
    closeCleanly(db, !unchecked);
  }

  close(): void {
    this.lock();
    this.fileLock.release();
  }

  // --- Passphrase, recovery code and idle lock while unlocked -----------------------------------

  changePassphrase(current: string, next: string): string {
    const envelope = this.unlockedEnvelope();
    if (!unwrapWithPassphrase(envelope, current)) throw fieldError('currentPassphrase', 'Den nuværende adgangskode er forkert.');
    this.envelope = withNewPassphrase(envelope, this.dataKey as Buffer, next, this.kdfs, new Date(this.now()).toISOString());
    writeEnvelope(this.keyFile, this.envelope);
    return this.envelope.passphrase.changedAt;
  }

  newRecoveryCode(passphrase: string): { recoveryCode: string; createdAt: string } {
    const envelope = this.unlockedEnvelope();
    if (!unwrapWithPassphrase(envelope, passphrase)) throw wrongSecret('passphrase');
    const next = withNewRecoveryCode(envelope, this.dataKey as Buffer, this.kdfs, new Date(this.now()).toISOString());
    this.envelope = next.envelope;
    writeEnvelope(this.keyFile, this.envelope);
    return { recoveryCode: next.recoveryCode, createdAt: this.envelope.recovery.createdAt };
  }

  private unlockedEnvelope(): KeyEnvelope {
    if (!this.db_ || !this.envelope || !this.dataKey) throw new ApiError('LOCKED', 'Mentorkorps er låst. Lås op med din adgangskode.');
    return this.envelope;
  }

  idleLockMinutes(): number {
    let value = NaN;
    try {
      if (this.db_) value = Number(getSetting(this.db_, IDLE_SETTING));
    } catch (err) {
      // A damaged page while the integrity check runs: the check moves the file aside; the state still answers.
      if (!this.checking) throw err;
    }
    return Number.isInteger(value) && value > 0 ? value : IDLE_LOCK_DEFAULT_MINUTES;
  }

  setIdleLockMinutes(minutes: number): void {
    setSetting(this.db, IDLE_SETTING, String(minutes));
  }

  touch(): void {
    this.lastActivity = this.now();
    this.checkStart?.activity();
  }

  /** Locks when nothing has been asked for longer than the idle time. True when it locked. */
  lockIfIdle(): boolean {
    if (!this.db_ || this.now() - this.lastActivity < this.idleLockMinutes() * 60_000) return false;
    this.lock();
    return true;
  }

  // --- Restore ----------------------------------------------------------------------------------

  /**
   * Replaces the data with one of this file's backups. The copy is checked (key, integrity,
   * application id, schema version) as a private temp file beside the data file, brought to the
   * current data key, and renamed over the data file after the live connection is closed; the
   * current data are kept as a backup first (when they can be read).
   */
  restore(name: string, secret: { passphrase?: string; recoveryCode?: string } = {}): { restored: string; safetyCopy: string | null } {
    if (!this.db_ && !this.trouble) throw new ApiError('LOCKED', 'Lås Mentorkorps op, før du gendanner en sikkerhedskopi.');
    if (this.trouble?.problem === 'unreadable') throw new ApiError('CONFLICT', 'Datafilens mappe kan ikke bruges; ret det først (se beskeden ovenfor).');
    const source = path.join(backupDir(this.dataFile), name);
    if (path.basename(name) !== name || !listBackups(this.dataFile).some((b) => b.name === name)) throw fieldError('name', `Sikkerhedskopien ${name} findes ikke.`);
    const temp = `${this.dataFile}.gendan.tmp`;
    try {
      fs.copyFileSync(source, temp);
      fs.chmodSync(temp, 0o600);
      const backupEnvelope = this.readEnvelopeIfAny(sidecarOf(source));
      const key = this.keyFor(temp, backupEnvelope, secret, name);
      checkBackup(temp, key, name);
      // The copy takes the current data key, so today's passphrase keeps working after the restore.
      // A copy: lock() below wipes the live key's buffer.
      const targetKey = this.dataKey ? Buffer.from(this.dataKey) : key;
      if (!targetKey) throw fieldError('name', `Sikkerhedskopien ${name} er ikke krypteret, og der er ingen nøgle at kryptere den med.`);
      if (!key || !key.equals(targetKey)) rekey(temp, key, targetKey);
      let safetyCopy: string | null = null;
      if (this.db_) {
        safetyCopy = writeBackup(this.db_, this.dataFile, this.envelope, 'restore', new Date(this.now())).name;
        this.lock();
      } else {
        this.moveAsideBeforeRestore();
        this.adoptKeyFileFor(backupEnvelope, name, source);
      }
      for (const suffix of ['-wal', '-shm']) fs.rmSync(this.dataFile + suffix, { force: true });
      replaceAtomically(temp, this.dataFile);
      this.trouble = null;
      this.openWith(targetKey, true);
      writeAudit(this.db, 'backup.restore', null, new Date(this.now()));
      return { restored: name, safetyCopy };
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  /**
   * Without an open file: today's key file stays when it wraps the same data key as the copy (so
   * today's passphrase keeps working); otherwise (lost, damaged, another PC) the copy's own envelope
   * becomes the key file, and a readable old one is kept beside it.
   */
  private adoptKeyFileFor(backupEnvelope: KeyEnvelope | null, name: string, source: string): void {
    const current = this.readEnvelopeIfAny(this.keyFile);
    if (current && backupEnvelope && current.keyId === backupEnvelope.keyId) {
      this.envelope = current;
      return;
    }
    if (!backupEnvelope) throw fieldError('name', `Sikkerhedskopien ${name} har ingen nøglefil (${path.basename(sidecarOf(source))}) og kan ikke åbnes.`);
    if (fs.existsSync(this.keyFile)) fs.renameSync(this.keyFile, `${this.keyFile}.før-gendannelse-${stamp(this.now())}`);
    writeEnvelope(this.keyFile, backupEnvelope);
    this.envelope = backupEnvelope;
  }

  private readEnvelopeIfAny(file: string): KeyEnvelope | null {
    try {
      return fs.existsSync(file) ? readEnvelope(file) : null;
    } catch {
      return null;
    }
  }

  /** The key that opens the copy: today's, or the copy's own envelope opened with the secret valid when it was taken. Null for a plain copy. */
  private keyFor(file: string, envelope: KeyEnvelope | null, secret: { passphrase?: string; recoveryCode?: string }, name: string): Buffer | null {
    if (isPlainSqlite(readHeader(file))) return null;
    if (this.dataKey && opens(file, this.dataKey)) return this.dataKey;
    if (!envelope) throw fieldError('name', `Sikkerhedskopien ${name} kan ikke åbnes med denne datafils nøgle, og dens nøglefil mangler.`);
    if (!secret.passphrase && !secret.recoveryCode) {
      throw fieldError('passphrase', 'Kopien er låst med en anden adgangskode. Skriv den adgangskode eller gendannelseskode, der gjaldt, da kopien blev taget.');
    }
    // The copy's own envelope, or today's key file when it wraps the same data key (today's passphrase then works too).
    const current = this.readEnvelopeIfAny(this.keyFile);
    const envelopes = current && current.keyId === envelope.keyId ? [envelope, current] : [envelope];
    for (const e of envelopes) {
      const key = secret.passphrase ? unwrapWithPassphrase(e, secret.passphrase) : unwrapWithRecoveryCode(e, secret.recoveryCode as string);
      if (key) return key;
    }
    throw wrongSecret(secret.passphrase ? 'passphrase' : 'recoveryCode');
  }

  /** In the trouble state the file in the way (foreign, unreadable) is renamed, never overwritten. */
  private moveAsideBeforeRestore(): void {
    if (!fs.existsSync(this.dataFile)) return;
    const aside = `${this.dataFile}.før-gendannelse-${stamp(this.now())}`;
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(this.dataFile + suffix)) fs.renameSync(this.dataFile + suffix, aside + suffix);
    fsyncDir(path.dirname(this.dataFile));
  }
}

function opens(file: string, key: Buffer): boolean {
  try {
    const db = connect(file, hexKey(key), { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Integrity, application id and schema version of a copy, before it may replace anything. */
function checkBackup(file: string, key: Buffer | null, name: string): void {
  let db: Database.Database | null = null;
  try {
    db = connect(file, key ? hexKey(key) : undefined, { fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw fieldError('name', `Sikkerhedskopien ${name} er beskadiget og kan ikke gendannes.`);
    assertMentorkorpsFile(db, name);
    if (schemaVersion(db) > LATEST_SCHEMA_VERSION) throw fieldError('name', `Sikkerhedskopien ${name} er fra en nyere version af Mentorkorps.`);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (err instanceof DatabaseOpenError) throw fieldError('name', `Sikkerhedskopien ${name} er ikke en Mentorkorps-kopi og kan ikke gendannes.`);
    throw fieldError('name', `Sikkerhedskopien ${name} kan ikke læses (beskadiget eller ikke en database).`);
  } finally {
    db?.close();
  }
}

/** A plain (or differently keyed) file takes the data key; SQLite3MultipleCiphers rewrites every page. */
function rekey(file: string, from: Buffer | null, key: Buffer): void {
  const db = connect(file, from ? hexKey(from) : undefined);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = ${rawKey(hexKey(key))}`);
  } finally {
    db.close();
  }
}

/** A plain file's whole content, encrypted into `temp` (the original is only read). */
function encryptCopy(plainFile: string, temp: string, dataKey: Buffer): void {
  fs.rmSync(temp, { force: true });
  const source = connect(plainFile, undefined, { fileMustExist: true });
  try {
    assertMentorkorpsFile(source, plainFile);
    createPrivateEmptyFile(temp);
    source.prepare('VACUUM INTO ?').run(temp);
  } finally {
    source.close();
  }
  rekey(temp, null, dataKey);
}

/**
 * A file whose check still runs gets no planner statistics. Its connection is query_only, which would
 * also stop SQLite's own checkpoint at close and leave a WAL without its index that a read-only reader
 * cannot open; so query_only is lifted for the close, which only moves already committed pages home.
 */
function closeCleanly(db: Database.Database, checked = true): void {
  try {
    if (checked) optimize(db);
    else db.pragma('query_only = OFF');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
