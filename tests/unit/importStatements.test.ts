// A large import compiles each SQL statement once, not once a row: better-sqlite3 keeps a statement's
// native memory until the garbage collector finalizes it, so a statement per row took 100,000 contacts
// to 1 GB of resident memory (npm run bench:import).
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { timeImport, writeSheetStreaming } from '../../electron/backend/import/bench';
import { contactRows, CONTACT_HEADER } from '../../scripts/benchImport';
import { makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.cleanup());

it('imports 400 contacts with statements compiled a fixed number of times, not per row', async () => {
  b = makeBackend();
  await b.registry.call('setup.loadDemo');
  const file = path.join(b.dir, 'samtaler.xlsx');
  await writeSheetStreaming(file, CONTACT_HEADER, contactRows(b.ctx.db, 400));
  const prepare = vi.spyOn(b.ctx.db, 'prepare');
  const t = await timeImport(b.registry, file, 'contacts');
  expect(t).toMatchObject({ rows: 400, problems: 0, created: 400 });
  // The lookups, the rules and the writer's statements, each compiled once (or once per plan): far below one a row.
  expect(prepare.mock.calls.length).toBeLessThan(60);
});
