// A stamp of the data as this connection sees it, for answers kept while nothing they depend on can have
// changed: no write through this connection (total_changes), none through another (data_version), the
// same connection (a restore or a new unlock opens another), and the same day.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackendContext } from './context';
import { prepared } from './statements';

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
