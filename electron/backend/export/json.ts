// The full export as JSON (docs/export-format.md): the document as gathered, indented for people who read it.
import type { ExportDocument } from './types';

export function exportJson(doc: ExportDocument): Buffer {
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}
