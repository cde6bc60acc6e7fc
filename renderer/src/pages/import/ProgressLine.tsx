// Progress of the upload (counted here) and of a dry run or import (asked of the backend while it runs).
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/queries';
import { PHASE_LABELS } from './importTexts';
import type { UploadState } from './useChunkedUpload';

const POLL_MS = 300;

function Bar({ label, done, total }: { label: string; done: number; total: number | null }) {
  const figures = total ? ` ${formatInteger(done)} af ${formatInteger(total)}` : done > 0 ? ` ${formatInteger(done)}` : '';
  return (
    <div className="import-progress" role="status">
      {total ? <progress aria-label={label} value={done} max={total} /> : <progress aria-label={label} />}
      <span>
        {label}
        {figures} …
      </span>
    </div>
  );
}

export function UploadProgress({ state }: { state: UploadState }) {
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Sender filen" value={state.sent} max={state.total} />
      <span>
        Sender filen: {mb(state.sent)} af {mb(state.total)} MB …
      </span>
    </div>
  );
}

/** The backend's phase and count while the dry run or the import runs. */
export function JobProgress({ uploadId, fallback }: { uploadId: string; fallback: string }) {
  const progress = useApiQuery('import.progress', { uploadId }, { refetchInterval: POLL_MS });
  const p = progress.data;
  if (!p || p.phase === 'done') return <Bar label={fallback} done={0} total={null} />;
  return <Bar label={PHASE_LABELS[p.phase]} done={p.done} total={p.total} />;
}
