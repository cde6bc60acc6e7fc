// Input schemas of the import from spreadsheets and the full export.
import { z } from 'zod';
import { IMPORT_KINDS } from '../import/kinds';
import { integer, optionalText, requiredText } from './common';

/** Refused up front: the import reads the file from disk, but a coordinator's year is far smaller. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** One piece of an upload, as base64 (the web bridge takes requests of at most 20 MB). */
export const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;

const uploadId = z.string({ error: 'Filen skal vælges.' }).regex(/^[a-f0-9]{32}$/, { error: 'Ukendt fil – vælg filen igen.' });
const kind = z.enum(IMPORT_KINDS, { error: 'Hvad der importeres skal vælges.' });
const mapping = z.record(z.string(), z.number().int().min(0).max(1000).nullable(), { error: 'Kolonnerne skal vælges.' });

export const importBegin = z.strictObject({
  fileName: requiredText('Filnavn', 255),
  size: integer('Filstørrelse', 1, Number.MAX_SAFE_INTEGER).refine((n) => n < IMPORT_MAX_BYTES, {
    error: 'Filen er 50 MB eller større. Del den op, eller gem kun de ark, der skal importeres.',
  }),
});
export const importChunk = z.strictObject({
  uploadId,
  index: integer('Del', 0, 100),
  base64: z.string({ error: 'Filens indhold mangler.' }).max(Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4, { error: 'Delen er for stor.' }),
});
export const importAnalyze = z.strictObject({
  uploadId,
  kind,
  sheet: optionalText('Ark', 100),
  /** Left out: detected from the header (or the mapping remembered for this kind). */
  mapping: mapping.optional(),
});
export const importCommit = z.strictObject({
  uploadId,
  kind,
  sheet: optionalText('Ark', 100),
  mapping,
  /** What the dry run showed; the import is refused if the file or the data changed since. */
  expected: z.strictObject({ create: integer('Nye', 0, 10_000_000), update: integer('Ændrede', 0, 10_000_000) }),
});
export const importByUpload = z.strictObject({ uploadId });
export const importTemplate = z.strictObject({ kind });
