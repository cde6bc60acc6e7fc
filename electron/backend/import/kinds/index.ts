// Every import kind's handler. The courses and contacts kinds add their line here.
import { fieldError } from '../../../../shared/errors';
import { IMPORT_KIND_LABELS, type ImportKind } from '../../../../shared/import/kinds';
import type { KindHandler } from '../kind';
import { mentorsKind } from './mentors';
import { municipalitiesKind } from './municipalities';
import { studentCountsKind } from './studentCounts';

// Each kind has its own row type; the engine only passes a kind's values back to the same kind.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const KINDS: Partial<Record<ImportKind, KindHandler<any>>> = {
  municipalities: municipalitiesKind,
  studentCounts: studentCountsKind,
  mentors: mentorsKind,
};

export function kindHandler(kind: ImportKind): KindHandler<unknown> {
  const handler = KINDS[kind];
  if (!handler) throw fieldError('kind', `Import af ${IMPORT_KIND_LABELS[kind].toLowerCase()} er ikke klar endnu.`);
  return handler as KindHandler<unknown>;
}
