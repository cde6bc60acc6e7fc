// Steps 2–4 for one uploaded file and kind: the dry run is a read keyed by sheet and mapping, so choosing
// another sheet or header simply asks again; the import runs only from a dry run without problems.
import { useState } from 'react';
import type { ImportAnalysis } from '../../../../shared/api/import';
import type { MethodInput } from '../../../../shared/api/index';
import type { ColumnMapping } from '../../../../shared/import/kinds';
import { errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/fields';
import { CommitStep } from './CommitStep';
import { DryRunResult } from './DryRunResult';
import { MappingTable } from './MappingTable';
import { JobProgress } from './ProgressLine';
import type { UploadedFile } from './UploadForm';

export interface ImportDone {
  kind: UploadedFile['kind'];
  fileName: string;
  created: number;
  updated: number;
  unchanged: number;
}

export function AnalysisView({ upload, onImported }: { upload: UploadedFile; onImported: (done: ImportDone) => void }) {
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  // The first answer for this sheet: where its mapping came from (detected, remembered).
  const [first, setFirst] = useState<Pick<ImportAnalysis, 'mapping' | 'mappingSource'> | null>(null);
  const commit = useApiMutation('import.commit', {
    onSuccess: (r) => onImported({ kind: upload.kind, fileName: upload.file.name, ...r }),
  });
  const input: MethodInput<'import.analyze'> = { uploadId: upload.uploadId, kind: upload.kind, sheet, mapping };
  // The upload is used up once the import starts (the backend deletes the file afterwards).
  const fileLeft = !commit.isPending && !commit.isSuccess;
  const query = useApiQuery('import.analyze', input, { enabled: fileLeft, keepPrevious: true });
  const analysis = query.data;
  if (analysis && !first && !query.isPlaceholderData) setFirst({ mapping: analysis.mapping, mappingSource: analysis.mappingSource });
  const busy = query.isFetching || commit.isPending;

  const chooseSheet = (s: string) => {
    setSheet(s);
    setMapping(undefined);
    setFirst(null);
  };

  return (
    <div aria-busy={busy}>
      {busy ? <JobProgress uploadId={upload.uploadId} fallback={commit.isPending ? 'Importerer' : 'Tjekker filen'} /> : null}
      <Alert kind="error">{query.error ? errorMessage(query.error) : commit.error ? `Intet er importeret: ${errorMessage(commit.error)}` : null}</Alert>
      {analysis ? (
        <>
          <section className="card" aria-labelledby="import-mapping">
            <h2 id="import-mapping">2. Kolonner i {analysis.fileName}</h2>
            {analysis.sheets.length > 1 ? (
              <SelectField
                label="Ark"
                value={analysis.sheet ?? ''}
                options={analysis.sheets.map((s) => ({ value: s, label: s }))}
                onChange={chooseSheet}
                hint="Arket, der skal importeres"
              />
            ) : null}
            <MappingTable
              kind={upload.kind}
              analysis={analysis}
              mapping={mapping ?? analysis.mapping}
              first={first ?? analysis}
              busy={commit.isPending}
              onChange={setMapping}
            />
          </section>
          <DryRunResult analysis={analysis} input={{ ...input, sheet: analysis.sheet ?? undefined }} />
          {query.isPlaceholderData || query.isFetching ? null : (
            <CommitStep
              analysis={analysis}
              busy={busy}
              onConfirm={() =>
                commit.mutate({
                  uploadId: upload.uploadId,
                  kind: upload.kind,
                  sheet: analysis.sheet ?? undefined,
                  mapping: analysis.mapping,
                  expected: { create: analysis.counts.create, update: analysis.counts.update },
                })
              }
            />
          )}
        </>
      ) : null}
    </div>
  );
}
