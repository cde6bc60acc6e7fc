// A whole billing year as a coordinator runs it (#11 "Done when"): issue, a correction, payments,
// the settlement against what was paid, and the files the finance department books — all adding up
// to the øre, and every issued document unchanged by what happens after it.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { sum } from '../../shared/billing/key';
import { billingInputOf } from '../../shared/schemas/billing';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { financeYear } from '../helpers/financeData';

let b: TestBackend;
afterEach(() => b.cleanup());

/** The debtor file's amount column, in øre, read back from the xlsx. */
async function bookedOere(id: number, kind: 'opkraevning' | 'efterregulering'): Promise<number[]> {
  const file = await b.registry.call('billing.debtorFile', { id, kind, format: 'xlsx' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const col = header.findIndex((h) => /^Beløb/.test(h));
  expect(col, `amount column in ${header.join(', ')}`).toBeGreaterThan(0);
  const out: number[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Math.round(Number(row.getCell(col).value) * 100));
  });
  return out;
}

describe('a whole billing year', () => {
  it('issues, corrects, takes payments, settles against them and hands off files that add up to the øre', async () => {
    // The year runs from January 2027 to the settlement in early 2028.
    b = makeBackend('2028-01-20');
    const { versionId: v1Id, ids } = await financeYear(b);
    const v1 = await b.registry.call('billing.get', { id: v1Id });
    expect(v1.frozen).toBe(true);
    expect(v1.key.every((k) => /^2027-\d{4}$/.test(k.statementNumber ?? ''))).toBe(true);
    expect(sum(await bookedOere(v1Id, 'opkraevning'))).toBe(v1.budgetOere);

    // Odense pays instalment 1; then a correction: Nyborg's count was wrong.
    const odense1 = v1.key.find((k) => k.municipalityId === ids.Odense)!;
    await b.registry.call('billing.addPayment', { year: 2027, municipalityId: ids.Odense, instalment: 1, paidOn: '2027-01-25', amountOere: odense1.instalmentsOere[0] });
    const draft = await b.registry.call('billing.newVersion', { id: v1Id, reason: 'Nyborgs elevtal var forkert' });
    const data = billingInputOf(draft);
    await b.registry.call('billing.update', {
      id: draft.id,
      data: { ...data, participants: data.participants.map((p) => (p.municipalityId === ids.Nyborg ? { ...p, students: 90 } : p)) },
    });
    await b.registry.call('billing.issue', { id: draft.id, acceptWarnings: true });
    const v2 = await b.registry.call('billing.get', { id: draft.id });
    for (const k of v2.key) {
      const before = v1.key.find((o) => o.municipalityId === k.municipalityId)!;
      expect(k.previousAmountOere).toBe(before.amountOere);
      expect(k.paidAtIssueOere).toBe(k.municipalityId === ids.Odense ? odense1.instalmentsOere[0] : 0);
    }
    // Version 2's debtor file books only the differences: they sum to 0, as the budget did not change.
    expect(sum(await bookedOere(v2.id, 'opkraevning'))).toBe(0);
    // Version 1 reprints as it was issued.
    expect(await b.registry.call('billing.get', { id: v1Id })).toMatchObject({ key: v1.key, budgetOere: v1.budgetOere });

    // Everyone pays the rest of version 2, except Nyborg, who pays 1.000 kr. less.
    for (const k of v2.key) {
      const paid = k.municipalityId === ids.Odense ? odense1.instalmentsOere[0] : 0;
      const rest = k.amountOere - paid - (k.municipalityId === ids.Nyborg ? 100_000 : 0);
      if (rest > 0) await b.registry.call('billing.addPayment', { year: 2027, municipalityId: k.municipalityId, paidOn: '2027-11-15', amountOere: rest });
    }
    const overview = await b.registry.call('billing.payments', { year: 2027 });
    expect(overview.versionId).toBe(v2.id);
    expect(overview.totals.outstandingOere).toBe(100_000);
    expect(overview.totals.paidOere + overview.totals.outstandingOere).toBe(overview.totals.billedOere);

    // The settlement: the actual cost was 2.000 kr. under budget; it settles against what was paid.
    const actual = v2.budgetOere - 200_000;
    const settled = await b.registry.call('billing.settle', { id: v2.id, actualCostOere: actual, dueDate: '2028-03-01', note: null });
    const rows = settled.settlement!.rows;
    expect(sum(rows.map((r) => r.actualShareOere))).toBe(actual);
    expect(sum(rows.map((r) => r.paidOere))).toBe(overview.totals.paidOere);
    expect(sum(rows.map((r) => r.differenceOere))).toBe(actual - overview.totals.paidOere);
    for (const r of rows) expect(r.differenceOere).toBe(r.actualShareOere - r.paidOere);
    await b.registry.call('billing.issueSettlement', { id: v2.id });
    const issued = (await b.registry.call('billing.get', { id: v2.id })).settlement!;
    expect(issued.rows.every((r) => /^2027-\d{4}$/.test(r.statementNumber ?? ''))).toBe(true);
    // The settlement's debtor file books each difference (0 kr. rows left out).
    expect(sum(await bookedOere(v2.id, 'efterregulering'))).toBe(actual - overview.totals.paidOere);

    // A late payment changes the overview, never the issued settlement.
    await b.registry.call('billing.addPayment', { year: 2027, municipalityId: ids.Nyborg, paidOn: '2027-12-30', amountOere: 100_000 });
    expect((await b.registry.call('billing.get', { id: v2.id })).settlement).toEqual(issued);
    expect((await b.registry.call('billing.payments', { year: 2027 })).totals.outstandingOere).toBe(0);
  });
});
