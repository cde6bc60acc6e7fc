// No remnants: after an erasure neither the name nor any other identifier of the person is left.
// secure_delete zeroes freed content (raw byte search of a plain file, with a control run without it
// that finds the old sort key in free space) and the WAL is truncated after the commit.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, openDatabase } from '../../electron/backend/db';
import { hexKey } from '../../electron/backend/datafile/keys';
import type { BackendContext } from '../../electron/backend/context';
import { privacyHandlers } from '../../electron/backend/handlers/privacy';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { personText, seedCorps, type CorpsSpec } from '../helpers/privacyData';

const course = { referral: '2020-03-01', closedAfterDays: 200, phase: 'skoleperiode', outcome: 'fastholdt', mentor: 0, goals: ['aktiv'], offers: ['psykolog'], checkpoint: null } as const;
// Person 0 (closed course) is erased; person 1 shares a group contact with them.
const SPEC = {
  mentees: [0, 1].map(() => ({
    municipality: 0,
    education: 'sosu_hjaelper',
    birthYear: 2003,
    courses: [{ ...course, goals: [...course.goals], offers: [...course.offers], contacts: [{ afterDays: 10, type: 'individuel', minutes: 60, withOther: 1, theme: 0 }] }],
  })),
  students: [10, 10, 10],
  phaseStudents: null,
} as unknown as CorpsSpec;

/** Every identifier of person 0, as bytes (the sort key is the name in lower case). */
const needles = () => {
  const p = personText(0);
  return [p.name, p.name.toLowerCase(), p.phone, p.email, p.school, p.goal].map((t) => Buffer.from(t, 'utf8'));
};
const found = (bytes: Buffer) => needles().filter((n) => bytes.includes(n)).map((n) => n.toString());
const fileBytes = (file: string) => Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

const erase = (ctx: BackendContext) => privacyHandlers['privacy.erase']({ menteeId: 1, reason: 'Anmodning' }, ctx);

/**
 * The encrypted file decrypted into a plain copy. PRAGMA rekey = '' changes the reserved bytes and so
 * rebuilds the file like VACUUM: it shows every live row and index, not what free space held (the
 * backup API refuses encrypted-to-plain, and sqlite_dbpage is not compiled in). Free space is checked
 * on a plain file below, where the same connect() sets secure_delete.
 */
function decryptedCopy(b: TestBackend): Buffer {
  const key = hexKey((b.vault as unknown as { dataKey: Buffer }).dataKey);
  const copy = path.join(b.dir, 'dekrypteret.sqlite');
  fs.rmSync(copy, { force: true });
  fs.copyFileSync(b.dataFile, copy);
  const db = connect(copy, key);
  db.pragma("rekey = ''");
  db.close();
  const bytes = fileBytes(copy);
  expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
  return bytes;
}

let backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends) b.cleanup();
  backends = [];
});

describe('no remnants after erasure', () => {
  function seeded(): TestBackend {
    const b = makeBackend();
    backends.push(b);
    seedCorps(b, SPEC, TEST_TODAY);
    b.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return b;
  }

  it('the encrypted data file, decrypted, holds no identifier of the erased person, and its WAL is empty', async () => {
    const b = seeded();
    expect(found(decryptedCopy(b))).toHaveLength(6);
    await b.registry.call('privacy.erase', { menteeId: 1, reason: 'Anmodning' });
    expect(found(decryptedCopy(b))).toEqual([]);
    expect(fs.existsSync(`${b.dataFile}-wal`) ? fs.statSync(`${b.dataFile}-wal`).size : 0).toBe(0);
    // The other person of the group contact is untouched.
    expect(decryptedCopy(b).includes(Buffer.from(personText(1).name))).toBe(true);
  });

  function plainRun(secureDelete: boolean): string[] {
    const dir = fs.mkdtempSync(path.join(path.dirname(backends[0]?.dir ?? '/tmp'), 'mentorkorps-plain-'));
    const file = path.join(dir, 'plain.sqlite');
    const db: Database.Database = openDatabase(file);
    try {
      seedCorps({ ctx: { db } } as unknown as TestBackend, SPEC, TEST_TODAY);
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(found(fileBytes(file))).toHaveLength(6);
      if (!secureDelete) db.pragma('secure_delete = OFF');
      erase({ db, today: () => TEST_TODAY, vault: { now: Date.now } } as unknown as BackendContext);
      return found(fileBytes(file));
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a plain (unencrypted) file where the erasure ran holds no identifier in its raw bytes', () => {
    expect(plainRun(true)).toEqual([]);
  });

  it('control: a plain file erased without secure_delete still holds the text', () => {
    expect(plainRun(false).length).toBeGreaterThan(0);
  });
});
