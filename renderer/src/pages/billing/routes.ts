/** The billing page showing one version. */
export function billingRoute(versionId?: number): string {
  return versionId ? `/fordeling?id=${versionId}` : '/fordeling';
}

/** The print route of a statement: the same page the PDF printer loads. */
export { statementRoute as printRoute } from '../../../../shared/billing/routes';

export function routeParam(route: string, name: string): string | null {
  return new URLSearchParams(route.split('?')[1] ?? '').get(name);
}
