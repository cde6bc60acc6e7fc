// The import engine: reads the uploaded sheet as a stream, finds the header and the mapping, checks every
// row with its kind's handler (the shared schemas), plans create/update/unchanged, and on commit writes
// the plan in one transaction with one audit line. Analyze and commit run the same reading and checks;
// the commit re-uses the dry run's checked rows when nothing they depend on has changed (kept.ts).
import type { ImportAnalysis, ImportProblem, PlannedAction } from '../../../shared/api/import';
import { fieldError } from '../../../shared/errors';
import type { ColumnMapping, ImportKind } from '../../../shared/import/kinds';
import { backupBeforeRiskyChange } from '../backup';
import type { BackendContext } from '../context';
import { addLogLine } from '../log/store';
import { flushStatisticsSummaries } from '../evaluation/summaries';
import type { CheckContext, KindHandler, Planned, SheetRow } from './kind';
import { kindHandler } from './kinds/index';
import { chooseMapping, HEADER_SEARCH_ROWS, headerNames, headerText, isHeaderRow, isHelpRow, mappingProblems, noHeaderProblem, rememberedMapping, rememberMapping } from './mapping';
import { dataStamp } from '../dataStamp';
import { forget, keep, requestKey, take } from './kept';
import { readRows, type RawRow } from './read';
import type { Upload, UploadStore } from './uploads';

export interface ImportRequest {
  uploadId: string;
  kind: ImportKind;
  sheet: string | null;
  mapping?: ColumnMapping;
}

/** Rows between two turns of the event loop, so a progress poll is answered during a long read. */
const YIELD_EVERY = 500;
export const PREVIEW_ROWS = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Checked {
  upload: Upload;
  handler: KindHandler<unknown>;
  base: Omit<ImportAnalysis, 'counts' | 'preview' | 'problems'>;
  values: { row: number; value: unknown }[];
  problems: ImportProblem[];
}

const byRow = (a: { row: number | null }, b: { row: number | null }) => (a.row ?? 0) - (b.row ?? 0);

/** Reads the file and checks every row alone; nothing is matched against the data yet. */
async function readAndCheck(ctx: BackendContext, store: UploadStore, req: ImportRequest): Promise<Checked> {
  const handler = kindHandler(req.kind);
  const upload = store.complete(req.uploadId);
  const check: CheckContext = { db: ctx.db, today: ctx.today(), memo: new Map() };
  const columns = handler.columns;
  const remembered = rememberedMapping(ctx.db, req.kind);
  const names = headerNames(columns, remembered);
  let header: RawRow | null = null;
  let headers: string[] = [];
  let mapping: ColumnMapping = {};
  let mappingSource: ImportAnalysis['mappingSource'] = 'detected';
  let mapProblems: ImportProblem[] = [];
  const values: Checked['values'] = [];
  const problems: ImportProblem[] = [];
  let seen = 0;
  let totalRows = 0;
  upload.progress = { phase: 'reading', done: 0, total: null };

  const useHeader = (r: RawRow) => {
    header = r;
    headers = headerText(r.cells);
    ({ mapping, source: mappingSource } = chooseMapping(columns, headers, req.mapping, remembered));
    mapProblems = mappingProblems(columns, headers, mapping);
  };
  const dataRow = async (r: RawRow) => {
    totalRows++;
    upload.progress = { phase: 'reading', done: totalRows, total: null };
    if (totalRows % YIELD_EVERY === 0) await nextTurn();
    if (mapProblems.length) return;
    const cells: SheetRow['cells'] = {};
    for (const [key, index] of Object.entries(mapping)) if (index !== null) cells[key] = r.cells[index] ?? null;
    const result = handler.check({ row: r.row, cells }, check);
    if (result.ok) values.push({ row: r.row, value: result.value });
    else problems.push(...result.problems);
  };

  // Rows before a header is found; with a mapping given by hand and no recognisable header, the first row is the header.
  const early: RawRow[] = [];
  const headerByHand = async () => {
    if (header || !req.mapping || early.length === 0) return;
    useHeader(early[0]);
    for (const r of early.slice(1)) await dataRow(r);
  };
  const read = await readRows(upload.file, req.sheet, async (r) => {
    seen++;
    if (isHelpRow(r.cells)) return;
    if (header) return dataRow(r);
    if (seen <= HEADER_SEARCH_ROWS && isHeaderRow(r.cells, names)) return useHeader(r);
    if (seen <= HEADER_SEARCH_ROWS) early.push(r);
    else {
      await headerByHand();
      if (header) await dataRow(r);
    }
  });
  await headerByHand();

  const headerRow = header === null ? null : (header as RawRow).row;
  return {
    upload,
    handler,
    base: { fileName: upload.fileName, sheets: read.sheets, sheet: read.sheet, headers, headerRow, mapping, mappingSource, totalRows },
    values,
    problems: headerRow === null ? [noHeaderProblem(columns)] : [...mapProblems, ...problems],
  };
}

function planOf(checked: Checked, check: CheckContext): { analysis: ImportAnalysis; planned: Planned<unknown>[] } {
  const { handler, base, values } = checked;
  const canPlan = checked.problems.every((p) => p.row !== null) && base.headerRow !== null;
  const plan = canPlan ? handler.plan(values, check) : { planned: [], problems: [] };
  const planned = [...plan.planned].sort(byRow);
  const counts: Record<PlannedAction, number> = { create: 0, update: 0, unchanged: 0 };
  for (const p of planned) counts[p.action]++;
  const problems = [...checked.problems, ...plan.problems].sort(byRow);
  const preview = planned.slice(0, PREVIEW_ROWS).map((p) => ({ row: p.row, action: p.action, summary: p.summary }));
  return { analysis: { ...base, counts, preview, problems }, planned };
}

/** The dry run: what the import would do, and every problem. Writes nothing. */
export async function analyzeImport(ctx: BackendContext, store: UploadStore, req: ImportRequest): Promise<ImportAnalysis> {
  const stamp = dataStamp(ctx);
  const checked = await readAndCheck(ctx, store, req);
  checked.upload.progress = { phase: 'checking', done: 0, total: checked.values.length };
  const { analysis, planned } = planOf(checked, { db: ctx.db, today: ctx.today() });
  // Only a clean dry run is worth keeping: a commit of one with problems is refused anyway.
  if (analysis.problems.length === 0 && analysis.headerRow !== null) {
    const kept: ForCommit = { checked, dryRun: { analysis, planned, stamp } };
    keep(checked.upload, requestKey(checked.upload, req.kind, analysis.sheet, analysis.mapping, checked.handler.columns), stamp, kept);
  } else forget(checked.upload);
  checked.upload.progress = { phase: 'done', done: analysis.totalRows, total: analysis.totalRows };
  return analysis;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the commit works from: the checked rows, and the dry run's plan when its rows were re-used. */
interface ForCommit {
  checked: Checked;
  /** With the data stamp it was planned at (kept.ts), taken before the file was read. */
  dryRun: (ReturnType<typeof planOf> & { stamp: string }) | null;
}

/** The dry run's checked rows if still valid (kept.ts), else the file read and checked again. */
async function checkedForCommit(ctx: BackendContext, store: UploadStore, req: ImportRequest): Promise<ForCommit> {
  const upload = store.complete(req.uploadId);
  // Without a mapping the commit would detect one; the dry run's rows are only for the mapping it showed.
  const reused = req.mapping ? take<ForCommit>(ctx, upload, requestKey(upload, req.kind, req.sheet ?? null, req.mapping, kindHandler(req.kind).columns)) : null;
  forget(upload);
  return reused ?? { checked: await readAndCheck(ctx, store, req), dryRun: null };
}

/** Re-reads and re-checks the file (unless the dry run's rows still hold), then plans and writes in one transaction, refusing if anything differs from the dry run. */
export async function commitImport(
  ctx: BackendContext,
  store: UploadStore,
  req: ImportRequest & { expected: { create: number; update: number } },
): Promise<{ created: number; updated: number; unchanged: number }> {
  // A timer turn first, so a progress poll (a timer) is answered between a dry run and this commit's long
  // transaction: setImmediate would run before the timers when the dry run ended on a read of the file.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const { checked, dryRun } = await checkedForCommit(ctx, store, req);
  const { upload } = checked;
  const check: CheckContext = { db: ctx.db, today: ctx.today() };
  const refuseIfChanged = ({ create, update }: Record<PlannedAction, number>) => {
    if (create !== req.expected.create || update !== req.expected.update) {
      throw fieldError(
        'expected',
        `Filen eller data er ændret siden prøvekørslen: nu ${plural(create, 'ny', 'nye')} og ${plural(update, 'ændret', 'ændrede')}, før ${req.expected.create} og ${req.expected.update}. Kør prøven igen. Intet er importeret.`,
      );
    }
  };
  const verified = () => {
    const { analysis, planned } = planOf(checked, check);
    const n = analysis.problems.length;
    if (n > 0) throw fieldError('uploadId', `Filen har stadig ${plural(n, 'problem', 'problemer')}. Ret dem, og kør prøven igen. Intet er importeret.`);
    refuseIfChanged(analysis.counts);
    return { analysis, planned };
  };
  // Refused before the backup is taken: by the dry run's plan when its rows were re-used (same rows and
  // data, so the same plan), else by planning now. Inside the transaction the dry run's plan is written
  // only if still nothing has been written since it began; otherwise planned again, so nothing changes
  // between match and write.
  const counts = dryRun?.analysis.counts ?? verified().analysis.counts;
  refuseIfChanged(counts);
  if (counts.create + counts.update === 0) {
    // The same file again: nothing to write, so nothing is logged either.
    store.remove(upload.id);
    return { created: 0, updated: 0, unchanged: counts.unchanged };
  }
  backupBeforeRiskyChange(ctx, 'import.commit');
  upload.progress = { phase: 'writing', done: 0, total: checked.values.length };
  // Statement journals in memory for this transaction: every row a summary trigger touches needs one, and on
  // the temp file (kept open in exclusive locking mode once it spilled) each cost a write and a truncate
  // (100,000 contacts' inserts 2.6 -> 1.5 s). Only here: a single write measured slower with it (1.4 -> 2 ms).
  ctx.db.pragma('temp_store = MEMORY');
  let result: { created: number; updated: number; unchanged: number };
  try {
    result = ctx.db.transaction(() => {
      const { analysis, planned } = dryRun?.stamp === dataStamp(ctx) ? dryRun : verified();
      const written = checked.handler.write(planned, check);
      flushStatisticsSummaries(ctx.db);
      addLogLine(ctx.db, { method: 'import.commit', kind: 'write', fields: [req.kind, upload.fileName], at: new Date(ctx.vault.now()) });
      rememberMapping(ctx.db, req.kind, analysis.headers, analysis.mapping);
      return { created: written.created, updated: written.updated, unchanged: analysis.counts.unchanged };
    })();
  } finally {
    ctx.db.pragma('temp_store = DEFAULT');
  }
  upload.progress = { phase: 'done', done: checked.values.length, total: checked.values.length };
  store.remove(upload.id);
  return result;
}
