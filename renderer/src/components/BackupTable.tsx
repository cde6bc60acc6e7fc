// The backups of a data file as a table: when taken, what kind, how large, optionally the file name,
// and one action per row (restore) given by the page.
import type { ReactNode } from 'react';
import { BACKUP_KINDS, type BackupInfo } from '../../../shared/api/backup';
import { formatDateTime, formatDecimal } from '../../../shared/format';
import { DataTable, type Column } from './DataTable';

export function BackupTable({
  backups,
  caption,
  showName = false,
  action,
}: {
  backups: readonly BackupInfo[];
  /** Read by screen readers only. */
  caption: string;
  showName?: boolean;
  action: (backup: BackupInfo) => ReactNode;
}) {
  const columns: Column<BackupInfo>[] = [
    { key: 'createdAt', header: 'Taget', cell: (b) => formatDateTime(b.createdAt) },
    {
      key: 'kind',
      header: 'Type',
      cell: (b) => (
        <>
          {BACKUP_KINDS[b.kind]}
          {b.beforeErasure ? (
            <span className="tag tag--warn" title="Gendannes kopien, kommer de slettede eller anonymiserede personer tilbage.">
              Fra før en sletning
            </span>
          ) : null}
        </>
      ),
    },
    { key: 'size', header: 'Størrelse', numeric: true, cell: (b) => `${formatDecimal(b.sizeBytes / 1024 / 1024, 1)} MB` },
    ...(showName ? [{ key: 'name', header: 'Fil', className: 'mono', cell: (b: BackupInfo) => b.name }] : []),
    { key: 'actions', header: <span className="sr-only">Handlinger</span>, className: 'actions', cell: action },
  ];
  return <DataTable caption={caption} columns={columns} rows={backups} rowKey={(b) => b.name} />;
}
