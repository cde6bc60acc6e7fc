// The dry run's checked rows, kept for the commit that follows it, so a large file is not read and
// checked a second time (half the time of 10,000 contacts). Kept only while nothing they depend on can
// have changed: the same upload file, kind, sheet and mapping, and the same data and day (dataStamp).
import fs from 'node:fs';
import type { ColumnMapping, ImportColumn, ImportKind } from '../../../shared/import/kinds';
import type { BackendContext } from '../context';
import { dataStamp } from '../dataStamp';
import type { Upload } from './uploads';

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
