import { buildRoute } from '../../../../shared/routes';
import type { StatementKind } from '../../../../shared/billing/types';

/** The billing page showing one version. */
export const billingRoute = (versionId?: number): string => buildRoute({ name: 'billing', versionId });

/** The print route of a statement: the same page the PDF printer loads. */
export const printRoute = (kind: StatementKind, versionId: number, municipalityId: number): string =>
  buildRoute({ name: 'statement', kind, versionId, municipalityId });

export function routeParam(route: string, name: string): string | null {
  return new URLSearchParams(route.split('?')[1] ?? '').get(name);
}
