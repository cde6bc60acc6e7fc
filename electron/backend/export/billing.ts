// The billing keys of every year and version, with their basis, cost lines, instalments, settlement, the
// statements issued (frozen documents as stored) and their numbers; and the payments received.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Phase } from '../../../shared/caseload';
import { all, type Row } from './rows';
import type { StatementKind } from '../../../shared/billing/types';
import type { ExportBillingVersion, ExportPayment } from './types';

export function billingVersions(db: Database.Database): ExportBillingVersion[] {
  const phases = new Map<string, Partial<Record<Phase, number>>>();
  for (const p of all<{ version_id: number; municipality_id: number; phase: Phase; students: number }>(db, 'SELECT * FROM billing_phase_students')) {
    const key = `${p.version_id}:${p.municipality_id}`;
    phases.set(key, { ...phases.get(key), [p.phase]: p.students });
  }
  const participants = all<Row>(db, 'SELECT * FROM billing_participants ORDER BY version_id, municipality_id');
  const costLines = all<Row>(db, 'SELECT * FROM billing_cost_lines ORDER BY version_id, position');
  const instalments = all<Row>(db, 'SELECT * FROM billing_instalments ORDER BY version_id, number');
  const issued = all<Row>(db, 'SELECT * FROM billing_issued ORDER BY version_id, kind');
  const numbers = all<Row>(db, 'SELECT * FROM billing_statement_numbers ORDER BY version_id, kind, year, sequence');
  const settlements = new Map(all<Row>(db, 'SELECT * FROM billing_settlements').map((s) => [s.version_id as number, s]));
  // Same rule as the statistics (evaluation/aggregates.ts): the newest issued version, else the newest draft.
  const inForce = new Set(
    all<{ id: number }>(
      db,
      `SELECT (SELECT id FROM billing_versions w WHERE w.year = v.year ORDER BY locked_on IS NOT NULL DESC, version DESC LIMIT 1) AS id
       FROM billing_versions v GROUP BY year`,
    ).map((r) => r.id),
  );
  return all<Row>(db, 'SELECT * FROM billing_versions ORDER BY year, version').map((v) => {
    const id = v.id as number;
    const lines = costLines.filter((c) => c.version_id === id).map((c) => ({
      position: c.position as number,
      kind: c.kind as string,
      description: c.description as string | null,
      amountOere: c.amount_oere as number,
    }));
    const s = settlements.get(id);
    return {
      id,
      year: v.year as number,
      version: v.version as number,
      status: v.locked_on === null ? 'draft' : 'issued',
      inForce: inForce.has(id),
      reason: v.reason as string | null,
      createdOn: v.created_on as string,
      lockedOn: v.locked_on as string | null,
      paymentTermsDays: v.payment_terms_days as number,
      payeeName: v.payee_name as string,
      payeeEan: v.payee_ean as string,
      payeeRegNo: v.payee_reg_no as string,
      payeeAccount: v.payee_account as string,
      payeeCvr: v.payee_cvr as string | null,
      payeeAddress: v.payee_address as string | null,
      statementText: v.statement_text as string | null,
      contactName: v.contact_name as string,
      contactEmail: v.contact_email as string | null,
      contactPhone: v.contact_phone as string | null,
      participants: participants
        .filter((p) => p.version_id === id)
        .map((p) => ({
          municipalityId: p.municipality_id as number,
          students: p.students as number,
          countDate: p.count_date as string,
          source: p.source as string,
          phaseStudents: phases.get(`${id}:${p.municipality_id}`) ?? {},
        })),
      costLines: lines,
      budgetOere: lines.reduce((sum, l) => sum + l.amountOere, 0),
      instalments: instalments.filter((i) => i.version_id === id).map((i) => ({ number: i.number as number, dueDate: i.due_date as string })),
      settlement: s
        ? {
            actualCostOere: s.actual_cost_oere as number,
            note: s.note as string | null,
            enteredOn: s.entered_on as string,
            dueDate: s.due_date as string | null,
            issuedOn: s.issued_on as string | null,
          }
        : null,
      // The stored text is JSON.stringify of the document, so parsing it here and stringifying it on restore gives it back byte for byte.
      issued: issued.filter((i) => i.version_id === id).map((i) => ({
        kind: i.kind as StatementKind,
        issuedOn: i.issued_on as string,
        document: JSON.parse(i.document as string) as Record<string, unknown>,
      })),
      statementNumbers: numbers.filter((n) => n.version_id === id).map((n) => ({
        kind: n.kind as StatementKind,
        municipalityId: n.municipality_id as number,
        year: n.year as number,
        sequence: n.sequence as number,
      })),
    };
  });
}

export function billingPayments(db: Database.Database): ExportPayment[] {
  return all<Row>(db, 'SELECT * FROM billing_payments ORDER BY year, paid_on, id').map((p) => ({
    id: p.id as number,
    year: p.year as number,
    municipalityId: p.municipality_id as number,
    instalment: p.instalment as number | null,
    paidOn: p.paid_on as string,
    amountOere: p.amount_oere as number,
    note: p.note as string | null,
    createdOn: p.created_on as string,
  }));
}
