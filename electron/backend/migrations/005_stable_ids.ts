import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

// Rows the API can delete get ids that are never handed out again: without AUTOINCREMENT SQLite reuses
// max(id)+1, so a new contact could take the id the audit log still names for a deleted one.
// SQLite's 12-step rebuild (https://sqlite.org/lang_altertable.html#otheralter), adapted to run inside the
// migration's transaction, where foreign_keys cannot be switched off: dropping a parent would then
// cascade-delete its children, so the children's rows are set aside and the children rebuilt too.
const TABLES: readonly { table: string; auditPrefix: string }[] = [
  { table: 'goals', auditPrefix: 'goals.' },
  { table: 'referrals', auditPrefix: 'referrals.' },
  { table: 'payer_periods', auditPrefix: 'payerPeriods.' },
  { table: 'contacts', auditPrefix: 'contacts.' },
];

interface SchemaRow {
  type: string;
  name: string;
  sql: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableSql(db: Database.Database, table: string): string {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined;
  if (!row) throw new Error(`Migration 005: tabellen ${table} findes ikke.`);
  return row.sql;
}

/** Indexes and triggers of a table (not the automatic ones, which have no SQL). */
function dependents(db: Database.Database, table: string): SchemaRow[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")
    .all(table) as SchemaRow[];
}

/** Tables with a foreign key to `table`. */
function children(db: Database.Database, table: string): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables
    .map((t) => t.name)
    .filter((name) => name !== table && (db.pragma(`foreign_key_list(${quote(name)})`) as { table: string }[]).some((fk) => fk.table === table));
}

function rebuild(db: Database.Database, table: string, auditPrefix: string): void {
  const sql = tableSql(db, table);
  const pk = /\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)/i;
  if (!pk.test(sql)) return;
  // Children go first, their rows kept in plain holding tables (no foreign keys, so nothing cascades).
  const kids = children(db, table).map((name) => ({ name, sql: tableSql(db, name), deps: dependents(db, name), hold: `_hold_005_${name}` }));
  for (const kid of kids) {
    if (children(db, kid.name).length) throw new Error(`Migration 005: ${kid.name} har selv afhængige tabeller.`);
    db.exec(`CREATE TABLE ${quote(kid.hold)} AS SELECT * FROM ${quote(kid.name)}; DROP TABLE ${quote(kid.name)};`);
  }
  const deps = dependents(db, table);
  const temp = `_new_005_${table}`;
  const newSql = sql.replace(/^CREATE TABLE\s+("?)\w+\1/i, `CREATE TABLE ${quote(temp)}`).replace(pk, 'id INTEGER PRIMARY KEY AUTOINCREMENT');
  db.exec(newSql);
  db.exec(`INSERT INTO ${quote(temp)} SELECT * FROM ${quote(table)}`);
  db.exec(`DROP TABLE ${quote(table)}`);
  db.exec(`ALTER TABLE ${quote(temp)} RENAME TO ${quote(table)}`);
  for (const d of deps) db.exec(d.sql);
  for (const kid of kids) {
    db.exec(kid.sql);
    db.exec(`INSERT INTO ${quote(kid.name)} SELECT * FROM ${quote(kid.hold)}; DROP TABLE ${quote(kid.hold)};`);
    for (const d of kid.deps) db.exec(d.sql);
  }
  // Ids already deleted before this migration may still be named in the audit log: start above them too.
  const { top } = db
    .prepare(
      `SELECT max(coalesce((SELECT max(id) FROM ${quote(table)}), 0),
                  coalesce((SELECT max(entity_id) FROM audit_log WHERE substr(method, 1, length(?)) = ?), 0)) AS top`,
    )
    .get(auditPrefix, auditPrefix) as { top: number };
  db.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
  if (top > 0) db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, top);
}

export const stableIds: Migration = {
  version: 5,
  name: 'stable ids',
  up: (db) => {
    for (const { table, auditPrefix } of TABLES) rebuild(db, table, auditPrefix);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`Migration 005: ${broken.length} brudte fremmednøgler efter ombygningen.`);
  },
};
