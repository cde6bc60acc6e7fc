// One line in the audit log: when, which method, and the record it was about (if any).
import type Database from 'better-sqlite3-multiple-ciphers';

export function writeAudit(db: Database.Database, method: string, entityId: number | null = null, at = new Date()): void {
  db.prepare('INSERT INTO audit_log (at, method, entity_id) VALUES (?, ?, ?)').run(at.toISOString(), method, entityId);
}
