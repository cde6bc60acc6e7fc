// What the full export and restore tests add to the demo corps so every finance table and column (#11) holds
// something: last year's settlement issued (frozen and numbered), a payment with a note, Odense's references.
import type { TestBackend } from './backend';

export const ODENSE_REFERENCES = { financeReference: 'OKO1234', orderNumber: '4500012345', accountString: '3.30.46.1', paymentTermsDays: 20 };

export async function addFinanceExtras(b: TestBackend): Promise<void> {
  const versions = await b.registry.call('billing.list');
  const newest = Math.max(...versions.map((v) => v.year));
  const lastYear = versions.find((v) => v.year === newest - 1 && v.lockedOn !== null);
  if (!lastYear) throw new Error('The demo corps has no issued key for last year');
  const [odense] = (await b.registry.call('municipalities.list')).filter((m) => m.code === 461);
  if (!odense) throw new Error('The demo corps has no Odense');
  await b.registry.call('billing.addPayment', { year: lastYear.year, municipalityId: odense.id, instalment: null, paidOn: `${lastYear.year}-12-15`, amountOere: 50_000, note: 'Restbeløb' });
  await b.registry.call('billing.settle', { id: lastYear.id, actualCostOere: lastYear.budgetOere - 1_000_000, dueDate: `${newest}-12-31`, note: 'Lavere lønudgift' });
  await b.registry.call('billing.issueSettlement', { id: lastYear.id });
  const { id, ...fields } = odense;
  await b.registry.call('municipalities.update', { id, data: { ...fields, ...ODENSE_REFERENCES } });
}
