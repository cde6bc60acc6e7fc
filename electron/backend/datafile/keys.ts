// The data key and its wrappings. A random 256-bit key encrypts the SQLite file; it is stored only
// wrapped (AES-256-GCM) by a key derived with scrypt from the passphrase, and once more from the
// recovery code. Changing the passphrase re-wraps the key and leaves the data file as it is.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { RECOVERY_ALPHABET, RECOVERY_GROUP_LENGTH, RECOVERY_GROUPS } from '../../../shared/security/passphrase';
import { writeFileAtomic } from './files';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** About 0.3 s and 128 MB on an office PC: slow for someone guessing, unnoticed at unlock. */
export const PASSPHRASE_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
/** The recovery code carries 120 random bits; the KDF only has to stop it being a plain key. */
export const RECOVERY_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

interface Wrapped {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  key: string;
}

export interface KeyEnvelope {
  format: 'mentorkorps-nøgle';
  version: 1;
  /** Ties the wrappings to one data key (AAD), so an envelope cannot be swapped under another file. */
  keyId: string;
  passphrase: Wrapped & { changedAt: string };
  recovery: Wrapped & { createdAt: string };
}

export class KeyFileError extends Error {}

function derive(secret: string, salt: Buffer, { N, r, p }: KdfParams): Buffer {
  return crypto.scryptSync(secret.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * 1024 * 1024 });
}

function wrap(dataKey: Buffer, secret: string, params: KdfParams, keyId: string): Wrapped {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(secret, salt, params), iv);
  cipher.setAAD(Buffer.from(keyId));
  const key = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { kdf: 'scrypt', ...params, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), key: key.toString('base64') };
}

/** The data key, or null when the secret is wrong (the GCM tag does not match). */
function unwrap(w: Wrapped, secret: string, keyId: string): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', derive(secret, Buffer.from(w.salt, 'base64'), w), Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(w.key, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH);
  return [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
}

export interface Kdfs {
  passphrase: KdfParams;
  recovery: KdfParams;
}
export const DEFAULT_KDFS: Kdfs = { passphrase: PASSPHRASE_KDF, recovery: RECOVERY_KDF };

export function createEnvelope(passphrase: string, kdfs: Kdfs, now: string): { dataKey: Buffer; recoveryCode: string; envelope: KeyEnvelope } {
  const dataKey = crypto.randomBytes(32);
  const recoveryCode = newRecoveryCode();
  const keyId = crypto.randomUUID();
  const envelope: KeyEnvelope = {
    format: 'mentorkorps-nøgle',
    version: 1,
    keyId,
    passphrase: { ...wrap(dataKey, passphrase, kdfs.passphrase, keyId), changedAt: now },
    recovery: { ...wrap(dataKey, recoveryCode, kdfs.recovery, keyId), createdAt: now },
  };
  return { dataKey, recoveryCode, envelope };
}

export function unwrapWithPassphrase(envelope: KeyEnvelope, passphrase: string): Buffer | null {
  return unwrap(envelope.passphrase, passphrase, envelope.keyId);
}

export function unwrapWithRecoveryCode(envelope: KeyEnvelope, recoveryCode: string): Buffer | null {
  return unwrap(envelope.recovery, recoveryCode, envelope.keyId);
}

export function withNewPassphrase(envelope: KeyEnvelope, dataKey: Buffer, passphrase: string, kdfs: Kdfs, now: string): KeyEnvelope {
  return { ...envelope, passphrase: { ...wrap(dataKey, passphrase, kdfs.passphrase, envelope.keyId), changedAt: now } };
}

export function withNewRecoveryCode(envelope: KeyEnvelope, dataKey: Buffer, kdfs: Kdfs, now: string): { envelope: KeyEnvelope; recoveryCode: string } {
  const recoveryCode = newRecoveryCode();
  return { recoveryCode, envelope: { ...envelope, recovery: { ...wrap(dataKey, recoveryCode, kdfs.recovery, envelope.keyId), createdAt: now } } };
}

/** The data key as hex, for SQLite3MultipleCiphers' raw key (see rawKey in db.ts). */
export function hexKey(dataKey: Buffer): string {
  return dataKey.toString('hex');
}

export function keyFileOf(dataFile: string): string {
  return `${dataFile}.key`;
}

export function readEnvelope(file: string): KeyEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KeyFileError(`Nøglefilen ${file} kan ikke læses (${err instanceof Error && 'code' in err ? String(err.code) : 'ugyldigt indhold'}).`);
  }
  const e = parsed as Partial<KeyEnvelope>;
  const ok = (w: unknown) => !!w && typeof w === 'object' && ['salt', 'iv', 'tag', 'key'].every((k) => typeof (w as Record<string, unknown>)[k] === 'string');
  if (e?.format !== 'mentorkorps-nøgle' || e.version !== 1 || typeof e.keyId !== 'string' || !ok(e.passphrase) || !ok(e.recovery)) {
    throw new KeyFileError(`Nøglefilen ${file} er beskadiget eller ikke en Mentorkorps-nøglefil.`);
  }
  return e as KeyEnvelope;
}

export function writeEnvelope(file: string, envelope: KeyEnvelope): void {
  writeFileAtomic(file, `${JSON.stringify(envelope, null, 2)}\n`);
}
