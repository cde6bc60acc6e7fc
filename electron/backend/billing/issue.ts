// Issuing a version: warnings first (the coordinator must say yes to them), then numbers in Danish name
// order and the frozen snapshot, all in the registry's one transaction (a refusal writes nothing).
import type Database from 'better-sqlite3-multiple-ciphers';
import { formatStatementNumber, type FrozenVersion, type IssueCheck, type IssueWarning } from '../../../shared/billing/types';
import { fieldError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { BackendContext } from '../context';
import { freeze } from './frozen';
import { liveVersion, versionRow, type VersionRow } from './live';
import { assignStatementNumbers, nextSequence } from './numbers';

function warningsOf(v: FrozenVersion): IssueWarning[] {
  const out: IssueWarning[] = [];
  for (const k of v.key) {
    if (!k.ean) out.push({ kind: 'noEan', municipalityId: k.municipalityId, message: `${k.name} har intet EAN-nummer, så opkrævningen kan ikke sendes som e-faktura.` });
    if (k.amountOere === 0) out.push({ kind: 'zeroAmount', municipalityId: k.municipalityId, message: `${k.name}s opkrævning er på 0,00 kr.` });
    // The public finance systems need a contact/bruger-id or an order number to route the invoice.
    if (!k.reference.financeReference && !k.reference.orderNumber) {
      out.push({ kind: 'noReference', municipalityId: k.municipalityId, message: `${k.name} har hverken kontaktperson/bruger-id eller ordrenummer.` });
    }
  }
  return out;
}

function draftRow(db: Database.Database, id: number): VersionRow {
  const r = versionRow(db, id);
  if (r.locked_on) throw fieldError('id', `Version ${r.version} af ${r.year} er allerede udstedt den ${formatDate(r.locked_on)}.`);
  return r;
}

export function issueCheck(db: Database.Database, id: number): IssueCheck {
  const r = draftRow(db, id);
  const v = liveVersion(db, r);
  return { warnings: warningsOf(v), firstNumber: formatStatementNumber(r.year, nextSequence(db, r.year)), count: v.key.length };
}

export function issueVersion(ctx: BackendContext, input: { id: number; firstSequence: number | null; acceptWarnings: boolean }): void {
  const { db } = ctx;
  const r = draftRow(db, input.id);
  const live = liveVersion(db, r);
  const warnings = warningsOf(live);
  if (warnings.length && !input.acceptWarnings) {
    throw fieldError(
      'acceptWarnings',
      `Opkrævningerne er ikke udstedt. Se advarslerne igennem, og sæt kryds i "Udsted alligevel", hvis de skal udstedes sådan: ${warnings.map((w) => w.message).join(' ')}`,
    );
  }
  const today = ctx.today();
  // The key is in Danish name order: the numbers follow it.
  const numbers = assignStatementNumbers(db, { year: r.year, versionId: r.id, kind: 'opkraevning', municipalityIds: live.key.map((k) => k.municipalityId) }, input.firstSequence);
  db.prepare('UPDATE billing_versions SET locked_on = ? WHERE id = ?').run(today, r.id);
  freeze(db, { ...r, locked_on: today }, today, numbers);
}
