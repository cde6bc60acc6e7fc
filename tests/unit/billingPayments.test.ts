// Payments received, the overview of outstanding and overdue, and the settlement against what was paid.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { sum } from '../../shared/billing/key';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput, municipalityIds } from '../helpers/billingData';

// Mid-2027: instalments 1 (1.1.) and 2 (1.4.) are due, 3 (1.7.) and 4 (1.10.) are not.
const TODAY = '2027-06-15';
let b: TestBackend;
afterEach(() => b.cleanup());

async function issuedYear(today = TODAY) {
  b = makeBackend(today);
  await b.registry.call('municipalities.addFunen');
  const v = await b.registry.call('billing.create', await billingYearInput(b.registry));
  await b.registry.call('billing.issue', { id: v.id, acceptWarnings: true });
  return { v: await b.registry.call('billing.get', { id: v.id }), m: await municipalityIds(b.registry) };
}

describe('payments received', () => {
  it('records payments and shows billed, paid, outstanding and overdue per municipality', async () => {
    const { v, m } = await issuedYear();
    const odense = v.key.find((k) => k.name === 'Odense');
    if (!odense) throw new Error('Odense mangler');
    // Odense pays instalment 1 in full and part of instalment 2 untied.
    const first = await b.registry.call('billing.addPayment', { year: 2027, municipalityId: m.Odense, instalment: 1, paidOn: '2027-01-20', amountOere: odense.instalmentsOere[0] });
    expect(first).toMatchObject({ year: 2027, name: 'Odense', instalment: 1, paidOn: '2027-01-20' });
    await b.registry.call('billing.addPayment', { year: 2027, municipalityId: m.Odense, paidOn: '15.04.2027', amountOere: '10.000,00' });
    const o = await b.registry.call('billing.payments', { year: 2027 });
    expect(o).toMatchObject({ year: 2027, versionId: v.id, version: 1, today: TODAY });
    const row = o.rows.find((r) => r.name === 'Odense');
    expect(row).toMatchObject({ billedOere: odense.amountOere, paidOere: odense.instalmentsOere[0] + 1_000_000 });
    expect(row?.outstandingOere).toBe(odense.amountOere - odense.instalmentsOere[0] - 1_000_000);
    expect(row?.instalments.map((s) => s.overdue)).toEqual([false, true, false, false]);
    expect(row?.overdueOere).toBe(odense.instalmentsOere[1] - 1_000_000);
    // Middelfart paid nothing: instalments 1 and 2 are overdue.
    const middelfart = o.rows.find((r) => r.name === 'Middelfart');
    const mk = v.key.find((k) => k.name === 'Middelfart');
    expect(middelfart?.overdueOere).toBe((mk?.instalmentsOere[0] ?? 0) + (mk?.instalmentsOere[1] ?? 0));
    expect(o.totals.billedOere).toBe(v.budgetOere);
    expect(o.totals.paidOere).toBe(sum(o.payments.map((p) => p.amountOere)));
    expect(o.totals.outstandingOere + o.totals.paidOere).toBe(o.totals.billedOere);
    expect(o.rows.map((r) => r.name)).toEqual(['Langeland', 'Middelfart', 'Odense', 'Ærø']);

    const after = await b.registry.call('billing.deletePayment', { id: first.id });
    expect(after.payments).toHaveLength(1);
    expect(after.rows.find((r) => r.name === 'Odense')?.instalments[0].overdue).toBe(true);
    await expectRefused(b, 'billing.deletePayment', { id: first.id }, 'id', 'NOT_FOUND');
  });

  it('refuses bad payments, naming the field, with nothing written', async () => {
    const { v, m } = await issuedYear();
    const ok = { year: 2027, municipalityId: m.Ærø, instalment: 1, paidOn: '2027-02-01', amountOere: 100_000 };
    await expectRefused(b, 'billing.addPayment', { ...ok, amountOere: -5 }, 'amountOere');
    await expectRefused(b, 'billing.addPayment', { ...ok, amountOere: 0 }, 'amountOere');
    const aeroe = v.key.find((k) => k.name === 'Ærø')?.amountOere ?? 0;
    const absurd = await expectRefused(b, 'billing.addPayment', { ...ok, amountOere: aeroe + 1 }, 'amountOere');
    expect(absurd.message).toContain('60.493,84 kr.');
    expect(absurd.message).toContain('60.493,83 kr.');
    await expectRefused(b, 'billing.addPayment', { ...ok, paidOn: '2026-12-30' }, 'paidOn');
    await expectRefused(b, 'billing.addPayment', { ...ok, paidOn: '2027-06-16' }, 'paidOn');
    await expectRefused(b, 'billing.addPayment', { ...ok, paidOn: '31.02.2027' }, 'paidOn');
    await expectRefused(b, 'billing.addPayment', { ...ok, municipalityId: m.Nyborg }, 'municipalityId');
    await expectRefused(b, 'billing.addPayment', { ...ok, instalment: 5 }, 'instalment');
    await expectRefused(b, 'billing.addPayment', { ...ok, year: 2028, paidOn: '2028-01-01' }, 'year');
    // A draft is no statement: nothing can be paid against it.
    const draft = await b.registry.call('billing.create', await billingYearInput(b.registry, { year: 2026, instalmentDueDates: ['2026-03-01'] }));
    expect(draft.lockedOn).toBeNull();
    await expectRefused(b, 'billing.addPayment', { ...ok, year: 2026, paidOn: '2026-03-01' }, 'year');
    expect((await b.registry.call('billing.payments', { year: 2026 })).versionId).toBeNull();
  });
});

describe('settlement against what was actually paid', () => {
  it('settles against the payments, not against what was billed (one municipality paid less)', async () => {
    const { v, m } = await issuedYear('2028-01-10');
    for (const k of v.key) if (k.amountOere > 0) await b.registry.call('billing.addPayment', { year: 2027, municipalityId: k.municipalityId, paidOn: '2027-12-01', amountOere: k.name === 'Middelfart' ? k.amountOere - 500_000 : k.amountOere });
    const s = await b.registry.call('billing.settle', { id: v.id, actualCostOere: 148_000_001, dueDate: '10.02.2028', note: null });
    const rows = s.settlement?.rows ?? [];
    expect(s.settlement).toMatchObject({ dueDate: '2028-02-10', issuedOn: null, enteredOn: '2028-01-10' });
    const middelfart = rows.find((r) => r.municipalityId === m.Middelfart);
    const billed = v.key.find((k) => k.name === 'Middelfart')?.amountOere ?? 0;
    expect(middelfart).toMatchObject({ billedOere: billed, paidOere: billed - 500_000 });
    expect(middelfart?.differenceOere).toBe((middelfart?.actualShareOere ?? 0) - billed + 500_000);
    expect(sum(rows.map((r) => r.differenceOere))).toBe(148_000_001 - (v.budgetOere - 500_000));
    for (const r of rows) expect(r.differenceOere).toBe(r.actualShareOere - r.paidOere);
  });

  it('needs a sensible due date, and an issued settlement is frozen and numbered', async () => {
    const { v, m } = await issuedYear('2028-01-10');
    const input = { id: v.id, actualCostOere: 150_000_000, dueDate: '2028-02-10', note: null };
    await expectRefused(b, 'billing.settle', { ...input, dueDate: '2028-01-09' }, 'dueDate');
    await expectRefused(b, 'billing.settle', { ...input, dueDate: '2030-01-01' }, 'dueDate');
    await expectRefused(b, 'billing.settle', { ...input, dueDate: undefined }, 'dueDate');
    await expectRefused(b, 'billing.settle', { ...input, actualCostOere: 0 }, 'confirmZeroCost');
    await expectRefused(b, 'billing.issueSettlement', { id: v.id }, 'id');
    await b.registry.call('billing.settle', input);
    await b.registry.call('billing.addPayment', { year: 2027, municipalityId: m.Odense, paidOn: '2027-03-01', amountOere: 5_000_000 });

    const issued = await b.registry.call('billing.issueSettlement', { id: v.id, firstSequence: 40 });
    expect(issued.settlement?.issuedOn).toBe('2028-01-10');
    expect(issued.settlement?.rows.map((r) => [r.name, r.statementNumber])).toEqual([
      ['Langeland', '2027-0040'],
      ['Middelfart', '2027-0041'],
      ['Odense', '2027-0042'],
      ['Ærø', '2027-0043'],
    ]);
    expect(issued.settlement?.rows.find((r) => r.name === 'Odense')?.paidOere).toBe(5_000_000);
    await expectRefused(b, 'billing.settle', input, 'id');
    await expectRefused(b, 'billing.issueSettlement', { id: v.id }, 'id');
    // Payments registered later do not change what was issued.
    await b.registry.call('billing.addPayment', { year: 2027, municipalityId: m.Odense, paidOn: '2027-12-01', amountOere: 7_000_000 });
    expect((await b.registry.call('billing.get', { id: v.id })).settlement).toEqual(issued.settlement);
  });

  it('adds up to the øre for random payments and actual costs', async () => {
    const { v } = await issuedYear('2028-01-10');
    const billed = v.key.filter((k) => k.amountOere > 0);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ i: fc.nat(billed.length - 1), share: fc.double({ min: 0.01, max: 1, noNaN: true }), instalment: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }) }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        async (payments, actual) => {
          run++;
          for (const p of (await b.registry.call('billing.payments', { year: 2027 })).payments) await b.registry.call('billing.deletePayment', { id: p.id });
          for (const p of payments) {
            const k = billed[p.i];
            await b.registry.call('billing.addPayment', { year: 2027, municipalityId: k.municipalityId, instalment: p.instalment, paidOn: `2027-0${1 + (run % 9)}-15`, amountOere: Math.max(1, Math.floor(k.amountOere * p.share)) });
          }
          const o = await b.registry.call('billing.payments', { year: 2027 });
          const paid = sum(o.payments.map((p) => p.amountOere));
          for (const r of o.rows) {
            expect(sum(r.instalments.map((s) => s.paidOere))).toBe(r.paidOere);
            if (r.paidOere <= r.billedOere) {
              expect(r.outstandingOere + r.paidOere).toBe(r.billedOere);
              for (const s of r.instalments) expect(s.outstandingOere + s.paidOere).toBe(s.billedOere);
            }
          }
          const s = await b.registry.call('billing.settle', { id: v.id, actualCostOere: actual, dueDate: '2028-03-01', note: null });
          const rows = s.settlement?.rows ?? [];
          expect(sum(rows.map((r) => r.actualShareOere))).toBe(actual);
          expect(sum(rows.map((r) => r.differenceOere))).toBe(actual - paid);
          for (const r of rows) expect(r.differenceOere).toBe(r.actualShareOere - r.paidOere);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('demo', () => {
  it('has last year issued with payments: one municipality paid short, one is overdue, this year stays a draft', async () => {
    b = makeBackend();
    await b.registry.call('setup.loadDemo');
    const list = await b.registry.call('billing.list');
    expect(list.map((s) => [s.year, s.lockedOn === null])).toEqual([
      [2026, true],
      [2025, false],
    ]);
    const o = await b.registry.call('billing.payments', { year: 2025 });
    expect(o.payments.length).toBeGreaterThan(30);
    expect(o.rows).toHaveLength(10);
    const late = o.rows.filter((r) => r.overdueOere > 0).map((r) => r.name);
    expect(late).toEqual(['Langeland', 'Ærø']);
    expect(o.totals.outstandingOere + o.totals.paidOere).toBe(o.totals.billedOere);
  });
});
