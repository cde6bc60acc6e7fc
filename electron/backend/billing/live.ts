// A version as the register shows it now: what a draft displays, and what issuing freezes.
import type Database from 'better-sqlite3-multiple-ciphers';
import { computeKey, sum } from '../../../shared/billing/key';
import type { BillingParticipant, BillingVersionSummary, CostKind, FrozenVersion } from '../../../shared/billing/types';
import type { Phase } from '../../../shared/caseload';
import { notFound } from '../../../shared/errors';
import { compareDanish } from '../../../shared/format';
import { getSetting } from '../settings';

export interface VersionRow {
  id: number;
  year: number;
  version: number;
  reason: string | null;
  created_on: string;
  locked_on: string | null;
  payment_terms_days: number;
  payee_name: string;
  payee_ean: string;
  payee_reg_no: string;
  payee_account: string;
  payee_cvr: string | null;
  payee_address: string | null;
  statement_text: string | null;
  contact_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  budget_oere: number;
}

export const VERSION_SELECT = `SELECT v.*, (SELECT coalesce(sum(amount_oere), 0) FROM billing_cost_lines c WHERE c.version_id = v.id) AS budget_oere
  FROM billing_versions v`;

export const toSummary = (r: VersionRow): BillingVersionSummary => ({
  id: r.id,
  year: r.year,
  version: r.version,
  reason: r.reason,
  createdOn: r.created_on,
  lockedOn: r.locked_on,
  budgetOere: r.budget_oere,
});

export function versionRow(db: Database.Database, id: number): VersionRow {
  const row = db.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(id) as VersionRow | undefined;
  if (!row) throw notFound('id', 'Versionen af fordelingsnøglen findes ikke.');
  return row;
}

/** The version's optional student counts per phase, by municipality. */
function phaseStudentsOf(db: Database.Database, versionId: number): Map<number, Partial<Record<Phase, number>>> {
  const out = new Map<number, Partial<Record<Phase, number>>>();
  const rows = db.prepare('SELECT municipality_id, phase, students FROM billing_phase_students WHERE version_id = ?').all(versionId) as {
    municipality_id: number;
    phase: Phase;
    students: number;
  }[];
  for (const p of rows) out.set(p.municipality_id, { ...out.get(p.municipality_id), [p.phase]: p.students });
  return out;
}

interface ParticipantRow {
  municipality_id: number;
  name: string;
  code: number;
  ean: string | null;
  address: string | null;
  students: number;
  count_date: string;
  source: string;
  finance_reference: string | null;
  order_number: string | null;
  account_string: string | null;
  payment_terms_days: number | null;
}

function participantsOf(db: Database.Database, id: number): BillingParticipant[] {
  const phases = phaseStudentsOf(db, id);
  const rows = db
    .prepare(
      `SELECT p.municipality_id, m.name, m.code, m.ean, m.address, p.students, p.count_date, p.source,
         m.finance_reference, m.order_number, m.account_string, m.payment_terms_days
       FROM billing_participants p JOIN municipalities m ON m.id = p.municipality_id WHERE p.version_id = ?`,
    )
    .all(id) as ParticipantRow[];
  return rows
    .map(
      (p): BillingParticipant => ({
        municipalityId: p.municipality_id,
        name: p.name,
        code: p.code,
        ean: p.ean,
        address: p.address,
        students: p.students,
        countDate: p.count_date,
        source: p.source,
        phaseStudents: phases.get(p.municipality_id) ?? {},
        reference: { financeReference: p.finance_reference, orderNumber: p.order_number, accountString: p.account_string, paymentTermsDays: p.payment_terms_days },
      }),
    )
    .sort((a, b) => compareDanish(a.name, b.name));
}

/**
 * The version from the live register (municipalities, corps name): a draft shows this; issuing stores it.
 * Numbers, previous amounts and payments are not known before issue (null).
 */
export function liveVersion(db: Database.Database, r: VersionRow): FrozenVersion {
  const participants = participantsOf(db, r.id);
  const costLines = (
    db.prepare('SELECT kind, description, amount_oere FROM billing_cost_lines WHERE version_id = ? ORDER BY position').all(r.id) as {
      kind: CostKind;
      description: string | null;
      amount_oere: number;
    }[]
  ).map((c) => ({ kind: c.kind, description: c.description, amountOere: c.amount_oere }));
  const instalmentDueDates = (db.prepare('SELECT due_date FROM billing_instalments WHERE version_id = ? ORDER BY number').all(r.id) as { due_date: string }[]).map(
    (d) => d.due_date,
  );
  const lines = computeKey(participants, r.budget_oere, instalmentDueDates.length);
  const key = participants.map((p, i) => ({ ...p, ...lines[i], statementNumber: null, previousAmountOere: null, paidAtIssueOere: null }));
  return {
    ...toSummary(r),
    corpsName: getSetting(db, 'corps_name') ?? 'Mentorkorpset',
    participants,
    costLines,
    instalmentDueDates,
    paymentTermsDays: r.payment_terms_days,
    payeeName: r.payee_name,
    payeeEan: r.payee_ean,
    payeeRegNo: r.payee_reg_no,
    payeeAccount: r.payee_account,
    payeeCvr: r.payee_cvr,
    payeeAddress: r.payee_address,
    statementText: r.statement_text,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    key,
    totalStudents: sum(participants.map((p) => p.students)),
  };
}
