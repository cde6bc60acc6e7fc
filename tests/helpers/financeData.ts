// An issued billing year with EANs, references and hostile names, for the debtor file and Peppol tests.
import { eanCheckDigit } from '../../shared/ean';
import type { TestBackend } from './backend';
import { billingYearInput, municipalityIds } from './billingData';

export const gln = (first12: string) => `${first12}${eanCheckDigit(first12)}`;

/** Names and references a spreadsheet would evaluate if written as they are. */
export const HOSTILE = { name: '=1+1', financeReference: '@SUM(A1)', orderNumber: '-2', accountString: '+x' } as const;

export interface FinanceYear {
  versionId: number;
  ids: Record<string, number>;
}

/**
 * Funen, 2027: Odense (EAN, all references), Ærø renamed to "=1+1" with hostile references, Middelfart
 * renamed "-2+3" with an EAN and no references, Langeland with 0 students, Nyborg without EAN. Issued.
 */
export async function financeYear(b: TestBackend): Promise<FinanceYear> {
  await b.registry.call('municipalities.addFunen');
  const ids = await municipalityIds(b.registry);
  const list = await b.registry.call('municipalities.list');
  const update = async (name: string, change: Record<string, unknown>) => {
    const { id, ...data } = list.find((m) => m.name === name)!;
    await b.registry.call('municipalities.update', { id, data: { ...data, ...change } });
  };
  await update('Odense', { ean: gln('579800000461'), address: 'Flakhaven 2, 5000 Odense C', financeReference: 'BUR-4711', orderNumber: 'PO-2027-17', accountString: '4.22.05.1-1' });
  await update('Ærø', { ean: gln('579800000492'), ...HOSTILE });
  await update('Middelfart', { name: '-2+3', ean: gln('579800000410'), address: 'Nytorv 9\n5500 Middelfart' });
  const input = await billingYearInput(b.registry, {
    participants: [
      { municipalityId: ids.Odense, students: 500, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: ids.Ærø, students: 25, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: ids.Middelfart, students: 100, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: ids.Langeland, students: 0, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: ids.Nyborg, students: 60, countDate: '2026-09-05', source: 'SOSU Fyn' },
    ],
  });
  const v = await b.registry.call('billing.create', input);
  await issue(b, v.id);
  return { versionId: v.id, ids };
}

/** Issues a version (its test data has warnings: municipalities without EAN or references). */
export async function issue(b: TestBackend, id: number): Promise<void> {
  await b.registry.call('billing.issue', { id, acceptWarnings: true });
}

/** Enters and issues the settlement. */
export async function issuedSettlement(b: TestBackend, id: number, actualCostOere: number, dueDate: string): Promise<void> {
  await b.registry.call('billing.settle', { id, actualCostOere, dueDate, note: null });
  await b.registry.call('billing.issueSettlement', { id });
}
