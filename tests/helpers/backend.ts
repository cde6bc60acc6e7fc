// A real backend on a real SQLite file in a temp folder, for handler tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ApiError } from '../../shared/errors';
import { startBackend, type Backend } from '../../electron/backend/index';
import type { Kdfs } from '../../electron/backend/datafile/keys';
import type { VaultOptions } from '../../electron/backend/vault';

export const TEST_TODAY = '2026-11-23';
export const TEST_PASSPHRASE = 'grøn cykel under broen';
/** Cheap scrypt for tests (the envelope records its parameters); the default cost is tested in vault.test.ts. */
export const TEST_KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };

export interface TestBackend extends Backend {
  dir: string;
  dataFile: string;
  cleanup(): void;
}

/** A backend on an encrypted data file in a new temp folder, set up with TEST_PASSPHRASE and unlocked. */
export function makeBackend(today = TEST_TODAY, options: VaultOptions = {}): TestBackend & { recoveryCode: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-test-'));
  const dataFile = path.join(dir, 'data.sqlite');
  const backend = startBackend(dataFile, '0.0.0-test', () => today, { kdfs: TEST_KDFS, ...options });
  const { recoveryCode } = backend.vault.setup(TEST_PASSPHRASE);
  return {
    ...backend,
    recoveryCode,
    dir,
    dataFile,
    cleanup: () => {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table: compare before and after a refused call to prove nothing was written. */
export function dumpDatabase(backend: Backend): Record<string, unknown[]> {
  const { db } = backend.ctx;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  // Sorted in JS: WITHOUT ROWID tables have no rowid to order by.
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
  return out;
}

/**
 * Calls a method with bad input and asserts: a VALIDATION (or given) error whose fields name `field`
 * with a Danish message, and an unchanged database.
 */
export async function expectRefused(
  backend: Backend,
  method: string,
  input: unknown,
  field: string,
  code: ApiError['code'] = 'VALIDATION',
): Promise<ApiError> {
  const before = dumpDatabase(backend);
  let caught: unknown;
  try {
    await backend.registry.invoke(method, input);
  } catch (err) {
    caught = err;
  }
  expect(caught, `${method} should be refused`).toBeInstanceOf(ApiError);
  const error = caught as ApiError;
  expect(error.code).toBe(code);
  expect(Object.keys(error.fields), `fields of: ${error.message}`).toContain(field);
  expect(error.fields[field]).toMatch(/[a-zæøå]/i);
  expect(dumpDatabase(backend)).toEqual(before);
  return error;
}
