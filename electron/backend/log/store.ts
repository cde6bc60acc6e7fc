// The audit log's SQL: adding a change or a look-up, reading it back with filters, thinning old reads.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { LogEntry } from '../../../shared/api/log';
import type { Page } from '../../../shared/caseloadTypes';
import type { ParsedInput } from '../../../shared/api/index';
import { READ_LOG_MONTHS_DEFAULT } from '../../../shared/schemas/log';
import { getSetting, setSetting } from '../settings';
import { PERSON_READS } from './person';

export interface LogLine {
  method: string;
  kind: 'read' | 'write';
  entityId?: number | null;
  menteeId?: number | null;
  purpose?: string | null;
  fields?: string[];
  at?: Date;
}

/** The same look-up of the same person within this time is one entry (a list scrolled page by page is one read). */
const SAME_READ_MS = 10 * 60 * 1000;

export function addLogLine(db: Database.Database, line: LogLine): void {
  const at = (line.at ?? new Date()).toISOString();
  if (line.kind === 'read') {
    const since = new Date(Date.parse(at) - SAME_READ_MS).toISOString();
    const seen = db
      .prepare(`SELECT 1 FROM audit_log WHERE kind = 'read' AND method = ? AND mentee_id IS ? AND purpose IS ? AND at >= ? LIMIT 1`)
      .get(line.method, line.menteeId ?? null, line.purpose ?? null, since);
    if (seen) return;
  }
  db.prepare('INSERT INTO audit_log (at, method, entity_id, kind, mentee_id, purpose, fields) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    at,
    line.method,
    line.entityId ?? null,
    line.kind,
    line.menteeId ?? null,
    line.purpose ?? null,
    line.fields && line.fields.length ? JSON.stringify(line.fields) : null,
  );
}

type Filter = ParsedInput<'log.list'>['filter'];

function where(filter: Filter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filter.kind) add('l.kind = ?', filter.kind);
  if (filter.menteeId) add('l.mentee_id = ?', filter.menteeId);
  if (filter.from) add('l.at >= ?', filter.from);
  // "to" is a whole day: everything before the next midnight.
  if (filter.to) add("l.at < date(?, '+1 day')", filter.to);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

interface Row {
  id: number;
  at: string;
  kind: 'read' | 'write';
  method: string;
  mentee_id: number | null;
  mentee_name: string | null;
  purpose: string | null;
  fields: string | null;
}

export function actionOf(method: string, kind: 'read' | 'write'): string {
  return (kind === 'read' ? PERSON_READS[method] : undefined) ?? method;
}

function toEntry(r: Row): LogEntry {
  return {
    id: r.id,
    at: r.at,
    kind: r.kind,
    method: r.method,
    action: actionOf(r.method, r.kind),
    menteeId: r.mentee_id,
    menteeName: r.mentee_name,
    purpose: r.purpose,
    fields: r.fields ? (JSON.parse(r.fields) as string[]) : [],
  };
}

export function listLog(db: Database.Database, filter: Filter, offset: number, limit: number): Page<LogEntry> {
  const w = where(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log l ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT l.id, l.at, l.kind, l.method, l.mentee_id, CASE WHEN me.anonymised_at IS NULL THEN me.name END AS mentee_name, l.purpose, l.fields
       FROM audit_log l LEFT JOIN mentees me ON me.id = l.mentee_id ${w.sql}
       ORDER BY l.at DESC, l.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...w.params, limit, offset) as Row[];
  return { rows: rows.map(toEntry), total, offset };
}

const READ_MONTHS_KEY = 'log.readMonths';

export function readLogMonths(db: Database.Database): number {
  const stored = Number(getSetting(db, READ_MONTHS_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : READ_LOG_MONTHS_DEFAULT;
}

export function saveReadLogMonths(db: Database.Database, months: number): void {
  setSetting(db, READ_MONTHS_KEY, String(months));
}

/** Deletes look-ups older than the kept period; changes stay. Returns how many went. */
export function thinReadLog(db: Database.Database, today: Date): number {
  const cutoff = new Date(today);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - readLogMonths(db));
  return db.prepare(`DELETE FROM audit_log WHERE kind = 'read' AND at < ?`).run(cutoff.toISOString()).changes;
}
