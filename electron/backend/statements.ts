// Prepared statements kept per connection for the hot paths (an import writes 10,000 contacts in one
// go; compiling the same SQL for every row cost more than running it).
import type Database from 'better-sqlite3-multiple-ciphers';

type DB = Database.Database;
const cache = new WeakMap<DB, Map<string, Database.Statement>>();

/** The statement for `sql` on this connection, compiled once. */
export function prepared(db: DB, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
