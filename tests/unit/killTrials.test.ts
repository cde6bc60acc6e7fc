// SIGKILL at random moments during writes, backups, restores and the upgrade of a plain file:
// the file always opens whole, and no acknowledged write is lost. KILL_TRIALS sets the count
// (`npm run kill-trials` runs many; the default keeps the suite quick).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from '../kill/build';
import { runTrials, type TrialKind } from '../kill/trials';

const TRIALS = Number(process.env.KILL_TRIALS ?? 6);
let dir: string;
let child: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-kill-'));
  // Inside the project, so the bundle finds better-sqlite3-multiple-ciphers in node_modules.
  child = await buildChild(path.resolve('node_modules/.cache/mentorkorps-kill'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cases: [TrialKind, number][] = [
  ['writes', 400],
  ['backup', 150],
  ['restore', 600],
  ['upgrade', 120],
];

describe('kill -9 at random moments', () => {
  for (const [kind, maxDelay] of cases) {
    it(`${kind}: the file opens whole and nothing acknowledged is lost`, async () => {
      const report = await runTrials(child, dir, kind, TRIALS, maxDelay);
      console.log(`kill -9 ${kind}: ${report.trials} forsøg, ${report.acknowledged} kvitterede skridt, ${report.lost} tabt, ${report.failures.length} fejl`);
      expect(report.failures).toEqual([]);
      expect(report.lost).toBe(0);
    }, 60_000 + TRIALS * 3000);
  }
});
