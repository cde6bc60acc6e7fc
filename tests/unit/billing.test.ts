import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput } from '../helpers/billingData';

let b: TestBackend;
beforeEach(async () => {
  b = makeBackend();
  await b.registry.call('municipalities.addFunen');
});
afterEach(() => b.cleanup());

const yearInput = (over: Record<string, unknown> = {}) => billingYearInput(b.registry, over);

describe('billing key', () => {
  it('creates a year whose key adds up to the budget exactly, with instalments and shares', async () => {
    const v = await b.registry.call('billing.create', await yearInput());
    expect(v).toMatchObject({ year: 2027, version: 1, lockedOn: null, budgetOere: 151_234_567, totalStudents: 625, latest: true });
    expect(v).toMatchObject({ paymentTermsDays: 30, payeeName: 'Odense Kommune', payeeEan: '5798000004610', payeeRegNo: '1234', payeeAccount: '0012345678' });
    expect(v).toMatchObject({ contactName: 'Hanne Lund', contactEmail: null, statementText: null });
    // Danish order: Langeland, Middelfart, Odense, Ærø.
    expect(v.key.map((k) => k.name)).toEqual(['Langeland', 'Middelfart', 'Odense', 'Ærø']);
    expect(v.key.reduce((s, k) => s + k.amountOere, 0)).toBe(151_234_567);
    expect(v.key.reduce((s, k) => s + k.shareBasisPoints, 0)).toBe(10_000);
    expect(v.key[0]).toMatchObject({ students: 0, amountOere: 0, shareBasisPoints: 0, instalmentsOere: [0, 0, 0, 0] });
    // Exact shares 24197530,72 / 120987653,6 / 6049382,68: two øre left, to the largest remainders (,72 and ,68).
    expect(v.key.map((k) => k.amountOere)).toEqual([0, 24_197_531, 120_987_653, 6_049_383]);
    for (const k of v.key) expect(k.instalmentsOere.reduce((s, x) => s + x, 0)).toBe(k.amountOere);
    expect(v.costLines[1]).toEqual({ kind: 'husleje', description: null, amountOere: 1_234_567 });
    expect(await b.registry.call('billing.list')).toHaveLength(1);
  });

  it('locks on issue; a correction is a new version with a reason, and the history shows both', async () => {
    const v1 = await b.registry.call('billing.create', await yearInput());
    const issued = await b.registry.call('billing.issue', { id: v1.id, acceptWarnings: true });
    expect(issued.lockedOn).toBe('2026-11-23');
    await expectRefused(b, 'billing.update', { id: v1.id, data: await yearInput() }, 'id');
    const again = await expectRefused(b, 'billing.issue', { id: v1.id }, 'id');
    expect(again.message).toContain('allerede udstedt den 23.11.2026.');
    await expectRefused(b, 'billing.newVersion', { id: v1.id, reason: '  ' }, 'reason');

    const v2 = await b.registry.call('billing.newVersion', { id: v1.id, reason: 'Rettet elevtal for Ærø' });
    expect(v2).toMatchObject({ version: 2, reason: 'Rettet elevtal for Ærø', lockedOn: null, latest: true });
    expect(v2.key.map((k) => k.amountOere)).toEqual(issued.key.map((k) => k.amountOere));
    const input = await yearInput();
    input.participants[1].students = 30;
    const edited = await b.registry.call('billing.update', { id: v2.id, data: input });
    expect(edited.key.find((k) => k.name === 'Ærø')?.students).toBe(30);
    expect(edited.key.reduce((s, k) => s + k.amountOere, 0)).toBe(151_234_567);
    // Version 1 is untouched.
    const old = await b.registry.call('billing.get', { id: v1.id });
    expect(old.key.find((k) => k.name === 'Ærø')?.students).toBe(25);
    expect(old.latest).toBe(false);
    expect(edited.history.map((h) => [h.version, h.lockedOn])).toEqual([
      [1, '2026-11-23'],
      [2, null],
    ]);
    // Only the newest, issued version can be corrected.
    await expectRefused(b, 'billing.newVersion', { id: v1.id, reason: 'x' }, 'id');
    await expectRefused(b, 'billing.newVersion', { id: v2.id, reason: 'x' }, 'id');
  });

  it('settles against the actual cost exactly to the øre', async () => {
    const v1 = await b.registry.call('billing.create', await yearInput());
    await expectRefused(b, 'billing.settle', { id: v1.id, actualCostOere: 100, dueDate: '2028-03-01' }, 'id');
    await b.registry.call('billing.issue', { id: v1.id, acceptWarnings: true });
    const s = await b.registry.call('billing.settle', { id: v1.id, actualCostOere: 148_000_001, dueDate: '2028-03-01', note: 'Regnskab 2027' });
    const rows = s.settlement?.rows ?? [];
    expect(rows.reduce((t, r) => t + r.actualShareOere, 0)).toBe(148_000_001);
    // Nothing is registered as paid yet: billed a conto is shown, the difference is against what was paid (tests/unit/billingPayments.test.ts).
    expect(rows.map((r) => r.billedOere)).toEqual(s.key.map((k) => k.amountOere));
    expect(rows.reduce((t, r) => t + r.paidOere, 0)).toBe(0);
    expect(rows.reduce((t, r) => t + r.differenceOere, 0)).toBe(148_000_001);
    for (const r of rows) expect(r.paidOere + r.differenceOere).toBe(r.actualShareOere);
    await expectRefused(b, 'billing.settle', { id: v1.id, actualCostOere: -1 }, 'actualCostOere');
  });

  it('refuses bad input, naming the field, with nothing written', async () => {
    const base = await yearInput();
    const withParticipant = (i: number, over: object) => ({ ...base, participants: base.participants.map((p, j) => (j === i ? { ...p, ...over } : p)) });
    await expectRefused(b, 'billing.create', withParticipant(0, { students: -1 }), 'participants.0.students');
    await expectRefused(b, 'billing.create', withParticipant(1, { students: 2.5 }), 'participants.1.students');
    await expectRefused(b, 'billing.create', withParticipant(1, { students: 'mange' }), 'participants.1.students');
    await expectRefused(b, 'billing.create', { ...base, participants: base.participants.map((p) => ({ ...p, students: 0 })) }, 'participants');
    await expectRefused(b, 'billing.create', { ...base, participants: [...base.participants, base.participants[0]] }, 'participants.4.municipalityId');
    await expectRefused(b, 'billing.create', withParticipant(0, { municipalityId: 999 }), 'participants.0.municipalityId');
    await expectRefused(b, 'billing.create', withParticipant(2, { municipalityId: 999 }), 'participants.2.municipalityId');
    await expectRefused(b, 'billing.create', withParticipant(0, { countDate: '31.02.2026' }), 'participants.0.countDate');
    await expectRefused(b, 'billing.create', { ...base, costLines: [{ kind: 'loen', amountOere: -100 }] }, 'costLines.0.amountOere');
    await expectRefused(b, 'billing.create', { ...base, costLines: [{ kind: 'loen', amountOere: 100.5 }] }, 'costLines.0.amountOere');
    await expectRefused(b, 'billing.create', { ...base, costLines: [{ kind: 'loen', amountOere: 100_000_000_001 }] }, 'costLines.0.amountOere');
    await expectRefused(
      b,
      'billing.create',
      { ...base, costLines: [{ kind: 'loen', amountOere: 60_000_000_000 }, { kind: 'andet', amountOere: 60_000_000_000 }] },
      'costLines',
    );
    await expectRefused(b, 'billing.create', { ...base, costLines: [{ kind: 'fest', amountOere: 1 }] }, 'costLines.0.kind');
    await expectRefused(b, 'billing.create', { ...base, instalmentDueDates: ['2027-01-01', '2027-02-01', '2027-03-01'] }, 'instalmentDueDates');
    await expectRefused(b, 'billing.create', { ...base, instalmentDueDates: ['2026-12-01', '2027-04-01'] }, 'instalmentDueDates.0');
    await expectRefused(b, 'billing.create', { ...base, instalmentDueDates: ['2027-04-01', '2027-03-01'] }, 'instalmentDueDates.1');
    await expectRefused(b, 'billing.create', { ...base, payeeEan: '5798000004611' }, 'payeeEan');
    await expectRefused(b, 'billing.create', { ...base, payeeRegNo: '12' }, 'payeeRegNo');
    await expectRefused(b, 'billing.create', { ...base, payeeAccount: 'abc' }, 'payeeAccount');
    await expectRefused(b, 'billing.create', { ...base, paymentTermsDays: -5 }, 'paymentTermsDays');
    await expectRefused(b, 'billing.create', { ...base, contactName: '' }, 'contactName');
    await expectRefused(b, 'billing.create', { ...base, year: 1999 }, 'year');
    const v = await b.registry.call('billing.create', base);
    await expectRefused(b, 'billing.create', base, 'year');
    await expectRefused(b, 'billing.update', { id: v.id, data: { ...base, year: 2028, instalmentDueDates: ['2028-01-01'] } }, 'data.year');
    await expectRefused(b, 'billing.update', { id: v.id, data: withParticipant(3, { municipalityId: 999 }) }, 'data.participants.3.municipalityId');
    await expectRefused(b, 'billing.get', { id: 999 }, 'id', 'NOT_FOUND');
  });

  it('accepts EAN and account numbers typed in groups and stores the digits only', async () => {
    await expectRefused(b, 'billing.create', await yearInput({ payeeEan: '5798 0000 04611' }), 'payeeEan');
    await expectRefused(b, 'billing.create', await yearInput({ payeeAccount: '0012 345 67x' }), 'payeeAccount');
    const v = await b.registry.call('billing.create', await yearInput({ payeeEan: '5798 0000 04610', payeeAccount: ' 0012-345 678 ' }));
    expect(v).toMatchObject({ payeeEan: '5798000004610', payeeAccount: '0012345678' });
    expect((await b.registry.call('billing.get', { id: v.id })).payeeEan).toBe('5798000004610');

    // The municipality's own EAN, printed on its statement, the same way.
    const odense = (await b.registry.call('municipalities.list')).find((m) => m.name === 'Odense');
    if (!odense) throw new Error('Odense mangler');
    const data = { name: odense.name, code: odense.code, ean: '5798 0000 04610' };
    await expectRefused(b, 'municipalities.update', { id: odense.id, data: { ...data, ean: '5798 0000 0461' } }, 'data.ean');
    await b.registry.call('municipalities.update', { id: odense.id, data });
    const again = await b.registry.call('billing.get', { id: v.id });
    expect(again.key.find((k) => k.name === 'Odense')?.ean).toBe('5798000004610');
  });

  it('exports the key as xlsx with numbers as numbers and Danish formats', async () => {
    const v = await b.registry.call('billing.create', await yearInput());
    const file = await b.registry.call('billing.exportXlsx', { id: v.id });
    expect(file.fileName).toBe('Fordelingsnoegle-2027-v1.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Fordelingsnøgle');
    const odense = sheet?.getRows(1, 20)?.find((r) => r.getCell(1).value === 'Odense');
    expect(odense?.getCell(3).value).toBe(500);
    expect(odense?.getCell(6).value).toBe(v.key[2].shareBasisPoints / 10_000);
    expect(odense?.getCell(7).value).toBe(1_209_876.53);
    expect(odense?.getCell(7).numFmt).toBe('#,##0.00 "kr."');
    expect(odense?.getCell(4).value).toEqual(new Date('2026-09-05T00:00:00Z'));
  });
});

describe('demo', () => {
  it('gives the demo corps an unlocked billing year for this year with a plausible budget', async () => {
    const demo = makeBackend();
    try {
      await demo.registry.call('setup.loadDemo');
      const [summary] = await demo.registry.call('billing.list');
      expect(summary).toMatchObject({ year: 2026, version: 1, lockedOn: null, budgetOere: 202_000_000 });
      const v = await demo.registry.call('billing.get', { id: summary.id });
      expect(v.key).toHaveLength(10);
      expect(v.totalStudents).toBeGreaterThan(1300);
      expect(v.totalStudents).toBeLessThan(1500);
      const byStudents = [...v.key].sort((a, b2) => b2.students - a.students);
      expect(byStudents[0].name).toBe('Odense');
      expect(byStudents[9].name).toBe('Ærø');
    } finally {
      demo.cleanup();
    }
  });
});

describe('student counts per phase in the key basis', () => {
  const withPhases = async (i: number, phaseStudents: Record<string, unknown>) => {
    const base = await yearInput();
    return { ...base, participants: base.participants.map((p, j) => (j === i ? { ...p, phaseStudents } : p)) };
  };

  it('are stored, read back, kept out of the key and copied into a correction', async () => {
    const v1 = await b.registry.call('billing.create', await withPhases(0, { grundforloeb: 120, skoleperiode: 200, oplaering: null }));
    const odense = v1.participants.find((p) => p.name === 'Odense')!;
    expect(odense.phaseStudents).toEqual({ grundforloeb: 120, skoleperiode: 200 }); // null = not given
    expect(v1.participants.find((p) => p.name === 'Ærø')!.phaseStudents).toEqual({});
    expect(v1.totalStudents).toBe(625); // the key still divides by the total
    await b.registry.call('billing.issue', { id: v1.id, acceptWarnings: true });
    const v2 = await b.registry.call('billing.newVersion', { id: v1.id, reason: 'Rettet elevtal' });
    expect(v2.participants.find((p) => p.name === 'Odense')!.phaseStudents).toEqual({ grundforloeb: 120, skoleperiode: 200 });
    const edited = await b.registry.call('billing.update', { id: v2.id, data: await withPhases(0, { hovedforloeb_start: 80 }) });
    expect(edited.participants.find((p) => p.name === 'Odense')!.phaseStudents).toEqual({ hovedforloeb_start: 80 });
  });

  it('refuses a negative, fractional or too large phase count, naming the field, with nothing written', async () => {
    const negative = await expectRefused(b, 'billing.create', await withPhases(0, { grundforloeb: -1 }), 'participants.0.phaseStudents.grundforloeb');
    expect(negative.fields['participants.0.phaseStudents.grundforloeb']).toBe('Elevtal for grundforløb må ikke være negativt.');
    const fraction = await expectRefused(b, 'billing.create', await withPhases(1, { skoleperiode: 2.5 }), 'participants.1.phaseStudents.skoleperiode');
    expect(fraction.fields['participants.1.phaseStudents.skoleperiode']).toBe('Elevtal for skoleperiode skal være et helt tal.');
    // Ærø has 25 students in all.
    const tooMany = await expectRefused(b, 'billing.create', await withPhases(1, { oplaering: 26 }), 'participants.1.phaseStudents.oplaering');
    expect(tooMany.fields['participants.1.phaseStudents.oplaering']).toBe('Elevtal for oplæringsperiode (praktik) (26) må ikke være større end kommunens elevtal i alt (25).');
    await expectRefused(b, 'billing.create', await withPhases(0, { praktik: 5 }), 'participants.0.phaseStudents.praktik'); // an unknown phase
    const v = await b.registry.call('billing.create', await yearInput());
    await expectRefused(b, 'billing.update', { id: v.id, data: await withPhases(2, { hovedforloeb_start: 101 }) }, 'data.participants.2.phaseStudents.hovedforloeb_start');
  });
});
