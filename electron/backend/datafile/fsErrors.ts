// File-system errors in the coordinator's words.
export function describeFsError(err: unknown): string {
  const code = err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'disken er fuld';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'der er ikke skriveadgang';
  if (code === 'ENOENT' || code === 'SQLITE_CANTOPEN') return 'mappen eller filen findes ikke (er drevet koblet fra?)';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'en fil ligger, hvor der skulle være en mappe';
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR')) return 'disken svarede med en fejl';
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}
