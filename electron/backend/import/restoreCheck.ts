// Reads and checks a full JSON export before anything is written: is it JSON, is it this format and version,
// does every row have its shape, and does every link point at a row of the same document. Each refusal is a
// Danish message naming the part (and the row), on the field `uploadId`.
import type { z } from 'zod';
import { fieldError } from '../../../shared/errors';
import { RESTORE_FORMAT, RESTORE_PART_LABELS, RESTORE_VERSION, restoreDocument, restoreHeader, type RestoreDocument } from '../../../shared/schemas/restore';
import type { ExportDocument } from '../export/types';

const refuse = (message: string) => fieldError('uploadId', `${message} Intet er indlæst.`);
const partLabel = (key: PropertyKey) => RESTORE_PART_LABELS[String(key)] ?? `Delen "${String(key).slice(0, 60)}"`;

/** "Samtaler, række 4 (id 17), feltet mentorId" for ['contacts', 3, 'mentorId'], from the document itself. */
function where(raw: unknown, path: readonly PropertyKey[]): string {
  const [part, index, ...rest] = path;
  if (part === undefined) return 'Filen';
  let text = partLabel(part);
  if (typeof index === 'number') {
    const rows = (raw as Record<string, unknown>)[String(part)];
    const rowId = Array.isArray(rows) ? (rows[index] as { id?: unknown } | undefined)?.id : undefined;
    text += `, række ${index + 1}${typeof rowId === 'number' ? ` (id ${rowId})` : ''}`;
  } else if (index !== undefined) rest.unshift(index);
  if (rest.length) text += `, feltet ${rest.map(String).join('.')}`;
  return text;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'mangler' : 'har en forkert type';
    case 'invalid_value':
      return 'har en ukendt værdi';
    case 'unrecognized_keys':
      return `har ukendte felter (${issue.keys.slice(0, 3).join(', ')})`;
    case 'too_small':
    case 'too_big':
      return 'ligger uden for det tilladte';
    case 'invalid_format':
      return 'har et forkert format (datoer skrives ÅÅÅÅ-MM-DD)';
    default:
      return 'er ugyldig';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowsOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * A version 1 document (before the finance fields) read as version 2: the fields it could not hold are empty,
 * as they are in a data file that had them added. Anything else about the rows is left for the schema to judge.
 */
function upgrade(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version !== 1) return raw;
  const add = (row: unknown, fields: Record<string, unknown>) => (isObject(row) ? { ...fields, ...row } : row);
  return {
    ...raw,
    version: RESTORE_VERSION,
    municipalities: rowsOf(raw.municipalities).map((m) => add(m, { financeReference: null, orderNumber: null, accountString: null, paymentTermsDays: null })),
    billingVersions: rowsOf(raw.billingVersions).map((v) => {
      const settlement = isObject(v) ? v.settlement : null;
      const upgraded = add(v, { payeeCvr: null, payeeAddress: null, issued: [], statementNumbers: [] });
      return isObject(upgraded) && isObject(settlement) ? { ...upgraded, settlement: { dueDate: null, issuedOn: null, ...settlement } } : upgraded;
    }),
    billingPayments: [],
  };
}

/** The document in `bytes`, or a refusal naming what is wrong. */
export function parseExport(bytes: Buffer): ExportDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('Filen er ikke gyldig JSON. Vælg den JSON-fil, som "Eksportér alt (JSON)" har dannet.');
  }
  const header = restoreHeader.safeParse(raw);
  if (!header.success) {
    const format = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).format : undefined;
    if (format !== RESTORE_FORMAT) throw refuse(`Filen er ikke en fuld eksport fra Mentorkorps (formatet skal være "${RESTORE_FORMAT}").`);
    const version = (raw as Record<string, unknown>).version;
    throw refuse(`Eksportens version (${String(version).slice(0, 20)}) kendes ikke af dette program, som læser version ${RESTORE_VERSION}.`);
  }
  const parsed = restoreDocument.safeParse(upgrade(raw as Record<string, unknown>));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`Filen er beskadiget eller ændret: ${where(raw, issue.path)} ${describe(issue)}.`);
  }
  // Type check: the shared schema's output is the export's own document type (a field the schema lacks fails here).
  const doc: ExportDocument = parsed.data satisfies RestoreDocument;
  checkLinks(doc);
  return doc;
}

type Rows = readonly { id: number }[];

/** Refuses two rows of one part with the same id (they would overwrite each other). */
function unique(part: keyof ExportDocument, rows: Rows): Set<number> {
  const ids = new Set<number>();
  for (const [i, r] of rows.entries()) {
    if (ids.has(r.id)) throw refuse(`Filen er beskadiget eller ændret: ${partLabel(part)}, række ${i + 1}: id ${r.id} findes to gange.`);
    ids.add(r.id);
  }
  return ids;
}

/** Every link of the document points at a row of it, so the one transaction never trips a foreign key. */
function checkLinks(doc: ExportDocument): void {
  const ids = {
    municipalities: unique('municipalities', doc.municipalities),
    mentors: unique('mentors', doc.mentors),
    themes: unique('themes', doc.themes),
    mentees: unique('mentees', doc.mentees),
    courses: unique('courses', doc.courses),
  };
  for (const part of ['assignments', 'goals', 'referrals', 'payerPeriods', 'contacts', 'checkpoints', 'billingVersions', 'billingPayments', 'privacyDecisions'] as const) {
    unique(part, doc[part]);
  }
  const targetLabel = { municipalities: 'kommune', mentors: 'mentor', themes: 'tema', mentees: 'mentee', courses: 'forløb' } as const;
  const check = (part: keyof ExportDocument, index: number, field: string, set: keyof typeof ids, value: number | null) => {
    if (value !== null && !ids[set].has(value)) {
      throw refuse(`Filen er beskadiget eller ændret: ${partLabel(part)}, række ${index + 1}, feltet ${field} nævner en ${targetLabel[set]} (id ${value}), som ikke findes i filen.`);
    }
  };
  type Set_ = keyof typeof ids;
  const links = <T>(part: keyof ExportDocument, rows: readonly T[], fields: [string, Set_, (r: T) => number | null | readonly number[]][]) => {
    for (const [i, r] of rows.entries()) {
      for (const [field, set, get] of fields) {
        const value = get(r);
        for (const v of typeof value === 'number' || value === null ? [value] : value) check(part, i, field, set, v);
      }
    }
  };
  links('mentors', doc.mentors, [['employerMunicipalityId', 'municipalities', (r) => r.employerMunicipalityId]]);
  links('mentees', doc.mentees, [['homeMunicipalityId', 'municipalities', (r) => r.homeMunicipalityId]]);
  links('courses', doc.courses, [
    ['menteeId', 'mentees', (r) => r.menteeId],
    ['mentorId', 'mentors', (r) => r.mentorId],
    ['themeIds', 'themes', (r) => r.themeIds],
  ]);
  links('assignments', doc.assignments, [
    ['courseId', 'courses', (r) => r.courseId],
    ['mentorId', 'mentors', (r) => r.mentorId],
  ]);
  links('goals', doc.goals, [['courseId', 'courses', (r) => r.courseId]]);
  links('referrals', doc.referrals, [
    ['courseId', 'courses', (r) => r.courseId],
    ['municipalityId', 'municipalities', (r) => r.municipalityId],
  ]);
  links('payerPeriods', doc.payerPeriods, [['courseId', 'courses', (r) => r.courseId]]);
  links('contacts', doc.contacts, [
    ['mentorId', 'mentors', (r) => r.mentorId],
    ['courseIds', 'courses', (r) => r.courseIds],
    ['themeIds', 'themes', (r) => r.themeIds],
  ]);
  links('checkpoints', doc.checkpoints, [['courseId', 'courses', (r) => r.courseId]]);
  links('privacyDecisions', doc.privacyDecisions, [['menteeId', 'mentees', (r) => r.menteeId]]);
  for (const [i, v] of doc.billingVersions.entries()) {
    for (const p of v.participants) check('billingVersions', i, 'participants.municipalityId', 'municipalities', p.municipalityId);
    for (const n of v.statementNumbers) check('billingVersions', i, 'statementNumbers.municipalityId', 'municipalities', n.municipalityId);
  }
  links('billingPayments', doc.billingPayments, [['municipalityId', 'municipalities', (r) => r.municipalityId]]);
}

export { refuse as restoreRefusal };
