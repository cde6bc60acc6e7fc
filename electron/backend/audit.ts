// One line in the audit log for a change: when, which method, and the record it was about (if any).
// Look-ups of one person and the fields a change sent are added by log/store.ts.
import type Database from 'better-sqlite3-multiple-ciphers';
import { addLogLine } from './log/store';

export function writeAudit(db: Database.Database, method: string, entityId: number | null = null, at = new Date()): void {
  addLogLine(db, { method, kind: 'write', entityId, at });
}
