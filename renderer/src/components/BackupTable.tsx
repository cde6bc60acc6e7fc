// The backups of a data file as a table: when taken, what kind, how large, optionally the file name,
// and one action per row (restore) given by the page.
import type { ReactNode } from 'react';
import { BACKUP_KINDS, type BackupInfo } from '../../../shared/api/backup';
import { formatDateTime, formatDecimal } from '../../../shared/format';

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
  return (
    <table className="table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Taget</th>
          <th scope="col">Type</th>
          <th scope="col" className="num">
            Størrelse
          </th>
          {showName ? <th scope="col">Fil</th> : null}
          <th scope="col">
            <span className="sr-only">Handlinger</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name}>
            <td>{formatDateTime(b.createdAt)}</td>
            <td>{BACKUP_KINDS[b.kind]}</td>
            <td className="num">{formatDecimal(b.sizeBytes / 1024 / 1024, 1)} MB</td>
            {showName ? <td className="mono">{b.name}</td> : null}
            <td className="actions">{action(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
