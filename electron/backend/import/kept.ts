// The dry run's checked rows, kept for the commit that follows it, so a large file is not read and
// checked a second time (half the time of 10,000 contacts). Kept only while nothing they depend on can
// have changed: the same upload file, kind, sheet and mapping, the same day, and the same data — no
// write through this connection (total_changes), none through another (data_version), same connection.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import type { ColumnMapping, ImportColumn, ImportKind } from '../../../shared/import/kinds';
import type { BackendContext } from '../context';
import { prepared } from '../statements';
import type { Upload } from './uploads';

const connections = new WeakMap<Database.Database, number>();
let nextConnection = 1;

/** Differs once anything was written, through this connection (total_changes) or another (data_version). */
export function changeStamp(db: Database.Database): string {
  // Two statements: cheaper than one selecting from pragma_data_version (the import asks once a row).
  const n = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  const v = (prepared(db, 'PRAGMA data_version').get() as { data_version: number }).data_version;
  return `${n}|${v}`;
}

/** What the data and the day look like now, on this connection. */
export function dataStamp(ctx: BackendContext): string {
  const { db } = ctx;
  let connection = connections.get(db);
  if (connection === undefined) connections.set(db, (connection = nextConnection++));
  return `${connection}|${changeStamp(db)}|${ctx.today()}`;
}

/** The request as the engine resolves it: every column of the kind, unmapped ones null. */
export function requestKey(upload: Upload, kind: ImportKind, sheet: string | null, mapping: ColumnMapping, columns: readonly ImportColumn[]): string {
  const stat = fs.statSync(upload.file);
  return JSON.stringify([kind, sheet, columns.map((c) => mapping[c.key] ?? null), stat.size, stat.mtimeMs]);
}

const kept = new WeakMap<Upload, { key: string; stamp: string; value: unknown }>();

/** Keeps `value` for the upload, for the commit of the same request while `stamp` (taken before reading) still holds. */
export function keep(upload: Upload, key: string, stamp: string, value: unknown): void {
  kept.set(upload, { key, stamp, value });
}

export function forget(upload: Upload): void {
  kept.delete(upload);
}

/** The kept value when the request and the data are the same as then; used once. */
export function take<T>(ctx: BackendContext, upload: Upload, key: string): T | null {
  const hit = kept.get(upload);
  kept.delete(upload);
  return hit && hit.key === key && hit.stamp === dataStamp(ctx) ? (hit.value as T) : null;
}
