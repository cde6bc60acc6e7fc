// Step 3: what the import would do (counts and the first rows) and every problem at its row and column,
// which can be saved as a workbook to fix in Excel.
import type { ExportFile } from '../../../../shared/api/evaluation';
import type { ImportAnalysis, ImportProblem, PreviewRow } from '../../../../shared/api/import';
import type { MethodInput } from '../../../../shared/api/index';
import { formatInteger } from '../../../../shared/format';
import { errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { DataTable, countText, type Column } from '../../components/DataTable';
import { downloadBase64 } from '../../lib/download';
import { ACTION_LABELS, countsText } from './importTexts';

const download = (file: ExportFile) => downloadBase64(file.base64, file.fileName, file.mimeType);
/** Rows with a problem are not in the preview. */
const problemRows = (problems: readonly ImportProblem[]) => new Set(problems.map((p) => p.row)).size;
const rowText = (row: number | null) => (row === null ? '' : formatInteger(row));

const PREVIEW_COLUMNS: Column<PreviewRow>[] = [
  { key: 'row', header: 'Række', numeric: true, cell: (r) => rowText(r.row) },
  { key: 'action', header: 'Handling', cell: (r) => ACTION_LABELS[r.action] },
  { key: 'summary', header: 'Hvad', cell: (r) => r.summary },
];

type NumberedProblem = ImportProblem & { n: number };
const PROBLEM_COLUMNS: Column<NumberedProblem>[] = [
  { key: 'row', header: 'Række', numeric: true, cell: (p) => rowText(p.row) },
  { key: 'column', header: 'Kolonne', cell: (p) => p.column ?? '' },
  { key: 'value', header: 'Værdi', cell: (p) => p.value ?? '' },
  { key: 'message', header: 'Problem', cell: (p) => p.message },
];

export function DryRunResult({ analysis, input }: { analysis: ImportAnalysis; input: MethodInput<'import.problemsXlsx'> }) {
  const problemsFile = useApiMutation('import.problemsXlsx', { onSuccess: download });
  const { preview, problems, totalRows } = analysis;
  return (
    <>
      <section className="card" aria-labelledby="import-preview">
        <h2 id="import-preview">3. Prøvekørsel</h2>
        <p className="import-counts">
          <strong>{countsText(analysis.counts)}</strong> ({countText(totalRows, 'række', 'rækker')} i filen).
        </p>
        {preview.length + problemRows(problems) < totalRows ? <p className="muted">Viser de første {formatInteger(preview.length)} rækker.</p> : null}
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Rækkerne i filen">
          <DataTable caption="Hvad importen vil gøre" columns={PREVIEW_COLUMNS} rows={preview} rowKey={(r) => r.row} empty="Filen har ingen rækker under overskrifterne." />
        </div>
      </section>
      {problems.length ? (
        <section className="card" aria-labelledby="import-problems">
          <h2 id="import-problems">{countText(problems.length, 'problem', 'problemer')} skal rettes før importen</h2>
          <p>Ret filen (eller vælg andre kolonner ovenfor), og tjek den igen. Intet er gemt endnu.</p>
          <div className="form__actions">
            <button type="button" disabled={problemsFile.isPending} onClick={() => problemsFile.mutate(input)}>
              Gem problemerne som Excel-ark
            </button>
          </div>
          <Alert kind="error">{problemsFile.error ? errorMessage(problemsFile.error) : null}</Alert>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Problemerne">
            <DataTable caption="Problemer" columns={PROBLEM_COLUMNS} rows={problems.map((p, n) => ({ ...p, n }))} rowKey={(p) => p.n} />
          </div>
        </section>
      ) : null}
    </>
  );
}
