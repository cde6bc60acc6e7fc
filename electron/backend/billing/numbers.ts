// Statement numbers: "2026-0007", one per statement, unique within the year. Issuing numbers the
// statements in Danish name order, from the year's next free number or from a first number the
// coordinator gives (to continue the host municipality's own series).
import type Database from 'better-sqlite3-multiple-ciphers';
import { formatStatementNumber, type StatementKind } from '../../../shared/billing/types';
import { fieldError } from '../../../shared/errors';

export function nextSequence(db: Database.Database, year: number): number {
  const row = db.prepare('SELECT coalesce(max(sequence), 0) AS n FROM billing_statement_numbers WHERE year = ?').get(year) as { n: number };
  return row.n + 1;
}

/**
 * Numbers the given municipalities' statements (in the order given) and returns the numbers by
 * municipality. Refused, naming `firstSequence`, when a number in the range already exists.
 */
export function assignStatementNumbers(
  db: Database.Database,
  target: { year: number; versionId: number; kind: StatementKind; municipalityIds: readonly number[] },
  firstSequence: number | null,
): Map<number, string> {
  const first = firstSequence ?? nextSequence(db, target.year);
  const last = first + target.municipalityIds.length - 1;
  const taken = db
    .prepare('SELECT sequence FROM billing_statement_numbers WHERE year = ? AND sequence BETWEEN ? AND ? ORDER BY sequence LIMIT 1')
    .get(target.year, first, last) as { sequence: number } | undefined;
  if (taken) {
    throw fieldError(
      'firstSequence',
      `Fakturanummer ${formatStatementNumber(target.year, taken.sequence)} findes allerede. Vælg et første nummer fra ${formatStatementNumber(target.year, nextSequence(db, target.year))}.`,
    );
  }
  const insert = db.prepare('INSERT INTO billing_statement_numbers (year, sequence, version_id, kind, municipality_id) VALUES (?, ?, ?, ?, ?)');
  const numbers = new Map<number, string>();
  target.municipalityIds.forEach((municipalityId, i) => {
    insert.run(target.year, first + i, target.versionId, target.kind, municipalityId);
    numbers.set(municipalityId, formatStatementNumber(target.year, first + i));
  });
  return numbers;
}

/** The numbers already given to a version's statements of one kind, by municipality. */
export function statementNumbersOf(db: Database.Database, versionId: number, kind: StatementKind): Map<number, string> {
  const rows = db
    .prepare('SELECT municipality_id, year, sequence FROM billing_statement_numbers WHERE version_id = ? AND kind = ?')
    .all(versionId, kind) as { municipality_id: number; year: number; sequence: number }[];
  return new Map(rows.map((r) => [r.municipality_id, formatStatementNumber(r.year, r.sequence)]));
}
