// Small read helpers shared by the export's gatherers.
import type Database from 'better-sqlite3-multiple-ciphers';

export type Row = Record<string, unknown>;
export const all = <T = Row>(db: Database.Database, sql: string): T[] => db.prepare(sql).all() as T[];
