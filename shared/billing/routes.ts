import type { StatementKind } from './types';

/** The renderer route that shows (and the PDF printer prints) one municipality's statement. */
export function statementRoute(kind: StatementKind, versionId: number, municipalityId: number): string {
  return `/print/${kind}?id=${versionId}&kommune=${municipalityId}`;
}
