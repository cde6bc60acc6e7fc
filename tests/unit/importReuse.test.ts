// The commit re-uses the dry run's checked rows only while nothing they depend on has changed (kept.ts):
// a write since, through this connection or another, makes it read and check the file again.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { connect } from '../../electron/backend/db';
import { hexKey } from '../../electron/backend/datafile/keys';
import { writeSheetStreaming } from '../../electron/backend/import/bench';
import { contactsKind } from '../../electron/backend/import/kinds/contacts';
import { contactRows, CONTACT_HEADER } from '../../scripts/benchImport';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { caught, upload } from './importSupport';

const ROWS = 60;
let b: TestBackend;
afterEach(() => {
  vi.restoreAllMocks();
  b?.cleanup();
});

/** The demo corps and a clean dry run of ROWS contacts; `commit` sends what the page sends. */
async function dryRun() {
  b = makeBackend();
  await b.registry.call('setup.loadDemo');
  const file = path.join(b.dir, 'samtaler.xlsx');
  await writeSheetStreaming(file, CONTACT_HEADER, contactRows(b.ctx.db, ROWS));
  const uploadId = await upload(b, fs.readFileSync(file));
  const a = await b.registry.call('import.analyze', { uploadId, kind: 'contacts' });
  expect(a.problems).toEqual([]);
  expect(a.counts.create).toBe(ROWS);
  const check = vi.spyOn(contactsKind, 'check');
  const commit = () => b.registry.call('import.commit', { uploadId, kind: 'contacts', sheet: a.sheet, mapping: a.mapping, expected: { create: ROWS, update: 0 } });
  return { a, uploadId, check, commit };
}

/** A mentor the file names, renamed: every row naming the old name is a problem now. */
function mentorOfFirstRow(a: Awaited<ReturnType<typeof dryRun>>['a']): string {
  return a.preview[0].summary.split(' · ')[2];
}

it('commits the dry run without reading, checking or matching the file again when nothing changed', async () => {
  const { check, commit } = await dryRun();
  // Matching 100,000 rows against the data again inside the transaction cost 1.3 s (npm run bench:import).
  const plan = vi.spyOn(contactsKind, 'plan');
  const contacts = b.ctx.db.prepare('SELECT count(*) FROM contacts').pluck();
  const before = contacts.get() as number;
  expect(await commit()).toMatchObject({ created: ROWS, updated: 0 });
  expect(check).not.toHaveBeenCalled();
  expect(plan).not.toHaveBeenCalled();
  expect(contacts.get()).toBe(before + ROWS);
});

it('checks again when the data changed through this connection since the dry run', async () => {
  const { a, check, commit } = await dryRun();
  b.ctx.db.prepare("UPDATE mentors SET name = name || ' (gammel)' WHERE name = ?").run(mentorOfFirstRow(a));
  const err = await caught(commit());
  expect(err.message).toMatch(/Filen har stadig \d+ problem/);
  expect(check).toHaveBeenCalledTimes(ROWS);
});

it('checks again when the data changed through another connection since the dry run', async () => {
  const { a, check, commit } = await dryRun();
  const other = connect(b.dataFile, hexKey((b.vault as unknown as { dataKey: Buffer }).dataKey));
  try {
    other.prepare("UPDATE mentors SET name = name || ' (gammel)' WHERE name = ?").run(mentorOfFirstRow(a));
  } finally {
    other.close();
  }
  const err = await caught(commit());
  expect(err.message).toMatch(/Filen har stadig \d+ problem/);
  expect(check).toHaveBeenCalledTimes(ROWS);
});

it('checks again for a commit with another mapping than the dry run showed', async () => {
  const { a, uploadId, check } = await dryRun();
  const withoutThemes = { ...a.mapping, themes: null };
  const done = await b.registry.call('import.commit', { uploadId, kind: 'contacts', sheet: a.sheet, mapping: withoutThemes, expected: { create: ROWS, update: 0 } });
  expect(done.created).toBe(ROWS);
  expect(check).toHaveBeenCalledTimes(ROWS);
});

it('refuses a commit whose expected counts differ from the re-used dry run, writing nothing', async () => {
  const { a, uploadId, check } = await dryRun();
  const before = b.ctx.db.prepare('SELECT count(*) FROM contacts').pluck().get();
  const err = await caught(b.registry.call('import.commit', { uploadId, kind: 'contacts', sheet: a.sheet, mapping: a.mapping, expected: { create: ROWS - 1, update: 0 } }));
  expect(err.fields).toHaveProperty('expected');
  expect(check).not.toHaveBeenCalled();
  expect(b.ctx.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(before);
});
