// The key's input schema, which the billing form and the backend share: Danish text parsed alike on
// both sides, and every field and cross-field error reported at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/api/index';
import { ApiError } from '../../shared/errors';
import { billingFields, kronerToOere } from '../../shared/schemas/billing';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput } from '../helpers/billingData';

let b: TestBackend;
beforeEach(async () => {
  b = makeBackend();
  await b.registry.call('municipalities.addFunen');
});
afterEach(() => b.cleanup());

const messages = (input: unknown) => {
  const r = billingFields.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('billing schema', () => {
  it('reads kroner as typed into whole øre; a number is øre already', () => {
    expect(kronerToOere('1.234,56')).toBe(123_456);
    expect(kronerToOere('0,3')).toBe(30);
    expect(kronerToOere('2.500')).toBe(250_000);
    expect(kronerToOere('')).toBeNull();
    expect(kronerToOere('12,345')).toBe(1234.5);
    expect(kronerToOere('abc')).toBe('abc');
    expect(kronerToOere(150)).toBe(150);
  });

  it('shows a field error and the cross-field errors together, also beside a mistyped date', async () => {
    const input = await billingYearInput(b.registry);
    const costLines = [{ kind: 'loen', amountOere: '' }];
    expect(messages({ ...input, costLines, instalmentDueDates: ['01.01.2027', '01.01.2027', '01.07.2027', '01.10.2027'] })).toEqual({
      'costLines.0.amountOere': 'Beløb skal være et beløb.',
      'instalmentDueDates.1': 'Forfaldsdato for rate 2 skal ligge efter rate 1.',
    });
    const participants = input.participants.map((p, i) => ({ ...p, students: 0, countDate: i === 0 ? '31.02.2026' : p.countDate }));
    expect(messages({ ...input, participants, instalmentDueDates: ['2027-01-01', '2027-04-01', 'x', '2026-10-01'] })).toEqual({
      'participants.0.countDate': 'Tælledato er ikke en gyldig dato.',
      participants: 'Elevtal kan ikke være 0 for alle kommuner: nøglen skal have noget at fordele efter.',
      'instalmentDueDates.2': 'Forfaldsdato er ikke en gyldig dato.',
      'instalmentDueDates.3': 'Forfaldsdato for rate 4 skal ligge i 2027.',
    });
  });

  it('the backend takes the form values as typed and refuses with the same messages', async () => {
    const input = await billingYearInput(b.registry);
    const typed: MethodInput<'billing.create'> = {
      ...input,
      year: '2027',
      paymentTermsDays: '30',
      participants: input.participants.map((p) => ({ ...p, students: String(p.students), countDate: '05.09.2026', phaseStudents: { grundforloeb: '', skoleperiode: null, oplaering: '0' } })),
      costLines: [{ kind: 'loen', description: '', amountOere: '1.500.000,00' }, { kind: 'husleje', description: null, amountOere: '12.345,67' }],
      instalmentDueDates: ['01.01.2027', '01.04.2027', '01.07.2027', '01.10.2027'],
    };
    const v = await b.registry.call('billing.create', typed);
    expect(v.budgetOere).toBe(151_234_567);
    expect(v.key.find((k) => k.name === 'Odense')).toMatchObject({ students: 500, countDate: '2026-09-05' });
    expect(v.participants.find((p) => p.name === 'Odense')?.phaseStudents).toEqual({ oplaering: 0 });
    const refused = await b.registry.invoke('billing.create', { ...typed, costLines: [{ kind: 'loen', amountOere: '' }], instalmentDueDates: ['01.04.2027', '01.01.2027', '01.07.2027', '01.10.2027'] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).fields).toEqual({
      'costLines.0.amountOere': 'Beløb skal være et beløb.',
      'instalmentDueDates.1': 'Forfaldsdato for rate 2 skal ligge efter rate 1.',
    });
  });
});
