// #11 Issuing: issued means frozen, warnings before money leaves, statement numbers, previous amounts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BillingVersion } from '../../shared/billing/types';
import { freezeLegacyIssued } from '../../electron/backend/billing/frozen';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput, municipalityIds } from '../helpers/billingData';

let b: TestBackend;
beforeEach(async () => {
  b = makeBackend();
  await b.registry.call('municipalities.addFunen');
});
afterEach(() => b.cleanup());

/** What a statement shows: everything but the live parts (history, latest, settlement). */
const shown = ({ history: _h, latest: _l, settlement: _s, frozen: _f, ...rest }: BillingVersion) => rest;

async function municipality(name: string) {
  const list = await b.registry.call('municipalities.list');
  const m = list.find((x) => x.name === name);
  if (!m) throw new Error(name);
  return m;
}

async function editMunicipality(name: string, over: Record<string, unknown>) {
  const { id, ...m } = await municipality(name);
  const { name: n, code, ean, address, contactPerson, contactEmail, participatingFrom, participatingTo, financeReference, orderNumber, accountString, paymentTermsDays } = m;
  const data = { name: n, code, ean, address, contactPerson, contactEmail, participatingFrom, participatingTo, financeReference, orderNumber, accountString, paymentTermsDays };
  await b.registry.call('municipalities.update', { id, data: { ...data, ...over } });
}

/** Nyborg and Ærø with the same count: the odd øre goes by the tie-break, the lower municipality code. */
async function tieYear() {
  const m = await municipalityIds(b.registry);
  return billingYearInput(b.registry, {
    participants: [
      { municipalityId: m.Nyborg, students: 10, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: m.Ærø, students: 10, countDate: '2026-09-05', source: 'SOSU Fyn' },
    ],
    costLines: [{ kind: 'loen', description: null, amountOere: 100_000_01 }],
  });
}

describe('issued means frozen', () => {
  it('an issued version never changes when the register does (an øre moved between Nyborg and Ærø)', async () => {
    const year = await tieYear();
    const v1 = await b.registry.call('billing.create', year);
    const issued = await b.registry.call('billing.issue', { id: v1.id, acceptWarnings: true });
    expect(issued.frozen).toBe(true);
    expect(issued.key.map((k) => [k.name, k.amountOere])).toEqual([
      ['Nyborg', 50_000_01],
      ['Ærø', 50_000_00],
    ]);
    await editMunicipality('Ærø', { code: 401, name: 'Ærø Ø', ean: '5798000004610', address: 'Ny vej 1', financeReference: 'ABC123', orderNumber: 'PO-9', accountString: '1.2.3', paymentTermsDays: 14 });
    await editMunicipality('Nyborg', { address: 'Torvet 1, 5800 Nyborg' });
    b.ctx.db.prepare("UPDATE settings SET value = 'Et andet korps' WHERE key = 'corps_name'").run();
    const again = await b.registry.call('billing.get', { id: v1.id });
    expect(shown(again)).toEqual(shown(issued));
    // The register did change: a new draft shows the new code and the øre on Ærø.
    const draft = await b.registry.call('billing.create', { ...year, year: 2028, instalmentDueDates: ['2028-01-01'] });
    expect(draft.frozen).toBe(false);
    expect(draft.key.map((k) => [k.name, k.code, k.amountOere])).toEqual([
      ['Nyborg', 450, 50_000_00],
      ['Ærø Ø', 401, 50_000_01],
    ]);
  });

  it('versions issued before snapshots are frozen once, from the register as it was then', async () => {
    const v1 = await b.registry.call('billing.create', await tieYear());
    // As a file from before this change: locked, no snapshot.
    b.ctx.db.prepare("UPDATE billing_versions SET locked_on = '2026-01-15' WHERE id = ?").run(v1.id);
    expect(freezeLegacyIssued(b.ctx.db)).toBe(1);
    expect(freezeLegacyIssued(b.ctx.db)).toBe(0);
    const before = await b.registry.call('billing.get', { id: v1.id });
    expect(before).toMatchObject({ frozen: true, lockedOn: '2026-01-15' });
    await editMunicipality('Ærø', { code: 401, name: 'Ærø Ø' });
    expect(shown(await b.registry.call('billing.get', { id: v1.id }))).toEqual(shown(before));
    // A snapshot cannot be changed or removed afterwards.
    expect(() => b.ctx.db.prepare("UPDATE billing_issued SET document = '{}'").run()).toThrow(/kan ikke ændres/);
    expect(() => b.ctx.db.prepare('DELETE FROM billing_issued').run()).toThrow(/kan ikke slettes/);
  });
});

describe('issue: warnings and numbers', () => {
  it('warns of missing EAN, 0 kr. and missing references, and refuses without a yes', async () => {
    const m = await municipalityIds(b.registry);
    const v = await b.registry.call('billing.create', await billingYearInput(b.registry));
    const check = await b.registry.call('billing.issueCheck', { id: v.id });
    expect(check.firstNumber).toBe('2027-0001');
    expect(check.count).toBe(4);
    expect(check.warnings.filter((w) => w.kind === 'noEan')).toHaveLength(4);
    expect(check.warnings.filter((w) => w.kind === 'zeroAmount').map((w) => w.municipalityId)).toEqual([m.Langeland]);
    expect(check.warnings.filter((w) => w.kind === 'noReference')).toHaveLength(4);
    const err = await expectRefused(b, 'billing.issue', { id: v.id }, 'acceptWarnings');
    expect(err.message).toContain('Langelands opkrævning er på 0,00 kr.');
    expect(err.message).toContain('Ærø har intet EAN-nummer');

    // With EAN and references everywhere and no 0 kr. statement, there is nothing to accept.
    for (const [name, ean] of [['Odense', '5798000004610'], ['Ærø', '5798000004610'], ['Middelfart', '5798000004610']] as const) {
      await editMunicipality(name, { ean, orderNumber: `PO-${name}` });
    }
    const input = await billingYearInput(b.registry);
    await b.registry.call('billing.update', { id: v.id, data: { ...input, participants: input.participants.filter((p) => p.municipalityId !== m.Langeland) } });
    expect((await b.registry.call('billing.issueCheck', { id: v.id })).warnings).toEqual([]);
    const issued = await b.registry.call('billing.issue', { id: v.id });
    // Danish name order: Middelfart, Odense, Ærø.
    expect(issued.key.map((k) => [k.name, k.statementNumber])).toEqual([
      ['Middelfart', '2027-0001'],
      ['Odense', '2027-0002'],
      ['Ærø', '2027-0003'],
    ]);
    await expectRefused(b, 'billing.issueCheck', { id: v.id }, 'id');
  });

  it('continues a given series, and refuses a number that exists with nothing written', async () => {
    const v1 = await b.registry.call('billing.create', await billingYearInput(b.registry));
    const issued = await b.registry.call('billing.issue', { id: v1.id, firstSequence: 41, acceptWarnings: true });
    expect(issued.key.map((k) => k.statementNumber)).toEqual(['2027-0041', '2027-0042', '2027-0043', '2027-0044']);
    const v2 = await b.registry.call('billing.newVersion', { id: v1.id, reason: 'Rettet elevtal' });
    expect((await b.registry.call('billing.issueCheck', { id: v2.id })).firstNumber).toBe('2027-0045');
    const err = await expectRefused(b, 'billing.issue', { id: v2.id, firstSequence: 44, acceptWarnings: true }, 'firstSequence');
    expect(err.message).toContain('2027-0044 findes allerede');
    await expectRefused(b, 'billing.issue', { id: v2.id, firstSequence: 0, acceptWarnings: true }, 'firstSequence');
    const ok = await b.registry.call('billing.issue', { id: v2.id, firstSequence: 100, acceptWarnings: true });
    expect(ok.key.map((k) => k.statementNumber)).toEqual(['2027-0100', '2027-0101', '2027-0102', '2027-0103']);
  });

  it('refuses an invalid CVR, an invalid EAN and terms over 30 days, naming the field', async () => {
    const input = await billingYearInput(b.registry);
    await expectRefused(b, 'billing.create', { ...input, payeeCvr: '35209116' }, 'payeeCvr');
    await expectRefused(b, 'billing.create', { ...input, payeeEan: '5798000004611' }, 'payeeEan');
    await expectRefused(b, 'billing.create', { ...input, paymentTermsDays: 31 }, 'paymentTermsDays');
    const v = await b.registry.call('billing.create', input);
    await expectRefused(b, 'billing.update', { id: v.id, data: { ...input, payeeCvr: '1234567' } }, 'data.payeeCvr');
    const { id } = await municipality('Odense');
    await expectRefused(b, 'municipalities.update', { id, data: { name: 'Odense', code: 461, paymentTermsDays: 45 } }, 'data.paymentTermsDays');
  });

  it('a budget of 0 kr. needs an explicit yes, on create and on update', async () => {
    const zero = await billingYearInput(b.registry, { costLines: [{ kind: 'loen', description: null, amountOere: 0 }] });
    await expectRefused(b, 'billing.create', zero, 'confirmZeroBudget');
    const v = await b.registry.call('billing.create', await billingYearInput(b.registry));
    await expectRefused(b, 'billing.update', { id: v.id, data: zero }, 'data.confirmZeroBudget');
    const ok = await b.registry.call('billing.update', { id: v.id, data: { ...zero, confirmZeroBudget: true } });
    expect(ok.budgetOere).toBe(0);
  });
});

describe('version 2: previous amount, difference and payments at issue', () => {
  it('freezes each municipality’s previous share and what it had paid when the correction was issued', async () => {
    const m = await municipalityIds(b.registry);
    const v1 = await b.registry.call('billing.issue', { id: (await b.registry.call('billing.create', await billingYearInput(b.registry))).id, acceptWarnings: true });
    expect(v1.key.every((k) => k.previousAmountOere === null && k.paidAtIssueOere === null)).toBe(true);
    b.ctx.db
      .prepare("INSERT INTO billing_payments (year, municipality_id, instalment, paid_on, amount_oere, created_on) VALUES (2027, ?, 1, '2027-01-02', 30000000, '2027-01-02')")
      .run(m.Odense);
    const v2 = await b.registry.call('billing.newVersion', { id: v1.id, reason: 'Rettet elevtal for Ærø' });
    const input = await billingYearInput(b.registry);
    input.participants[1].students = 100;
    await b.registry.call('billing.update', { id: v2.id, data: input });
    const issued = await b.registry.call('billing.issue', { id: v2.id, acceptWarnings: true });
    const byName = (v: BillingVersion, name: string) => v.key.find((k) => k.name === name);
    expect(byName(issued, 'Odense')).toMatchObject({ previousAmountOere: byName(v1, 'Odense')?.amountOere, paidAtIssueOere: 30_000_000 });
    expect(byName(issued, 'Ærø')).toMatchObject({ previousAmountOere: byName(v1, 'Ærø')?.amountOere, paidAtIssueOere: 0 });
    expect(byName(issued, 'Ærø')?.amountOere).toBeGreaterThan(byName(v1, 'Ærø')?.amountOere ?? 0);
    // A payment recorded later does not change the issued statement.
    b.ctx.db
      .prepare("INSERT INTO billing_payments (year, municipality_id, instalment, paid_on, amount_oere, created_on) VALUES (2027, ?, 2, '2027-04-02', 100, '2027-04-02')")
      .run(m.Odense);
    expect(byName(await b.registry.call('billing.get', { id: v2.id }), 'Odense')?.paidAtIssueOere).toBe(30_000_000);
  });
});
