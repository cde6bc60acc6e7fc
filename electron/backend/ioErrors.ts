// Disk and file trouble in plain Danish. SQLite and Node report it in English codes the coordinator
// cannot act on; each message says what is wrong, that the change was not saved, that what was
// saved before is untouched (SQLite rolls the transaction back), and what to do.
import { ApiError } from '../../shared/errors';

const NOT_SAVED = 'Ændringen blev ikke gemt. Det, der allerede var gemt, er uændret.';

const MESSAGES = {
  full: `Disken er fuld: ${NOT_SAVED} Frigør plads på disken og prøv igen.`,
  readonly: `Datafilen er skrivebeskyttet, eller drevet kan kun læses: ${NOT_SAVED} Kontrollér filens og mappens rettigheder, eller flyt datafilen til et drev, der kan skrives på.`,
  access: `Mentorkorps har ikke adgang til datafilen eller dens mappe: ${NOT_SAVED} Kontrollér rettighederne til mappen og prøv igen.`,
  missing: `Datafilen eller dens mappe kan ikke findes eller åbnes – er drevet frakoblet, eller er mappen flyttet? ${NOT_SAVED} Sæt drevet i igen og prøv igen.`,
  io: `Disken meldte fejl under læsning eller skrivning: ${NOT_SAVED} Kontrollér, at drevet er tilsluttet og ikke skrivebeskyttet, og prøv igen.`,
  busy: `Datafilen er optaget af et andet program lige nu: ${NOT_SAVED} Vent et øjeblik og prøv igen.`,
  corrupt: `Datafilen ser ud til at være beskadiget: ændringen blev ikke gemt, og Mentorkorps har ikke rørt det, der allerede var gemt. Luk og start programmet igen; det kontrollerer filen og tilbyder den seneste gode sikkerhedskopi.`,
} as const;

type Kind = keyof typeof MESSAGES;

/** SQLite result codes (better-sqlite3 puts the extended name, e.g. SQLITE_IOERR_WRITE, in err.code) and Node errno names. */
function kindOf(code: string): Kind | null {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readonly';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'access';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'ENXIO') return 'missing';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'busy';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  return null;
}

const codeOf = (err: unknown): string | null =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : null;

/** A Danish STORAGE error for a disk or file problem, or null when `err` is something else. */
export function describeIoError(err: unknown): ApiError | null {
  for (let e = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = codeOf(e);
    const kind = code ? kindOf(code) : null;
    if (kind) return new ApiError('STORAGE', MESSAGES[kind]);
  }
  return null;
}

/** The same problems as a short phrase to finish a sentence, e.g. "Mappen … kan ikke bruges: disken er fuld." */
const SHORT: Record<Kind, string> = {
  full: 'disken er fuld',
  readonly: 'der er ikke skriveadgang',
  access: 'der er ikke skriveadgang',
  missing: 'mappen findes ikke',
  io: 'disken svarede med en fejl',
  busy: 'filen er optaget af et andet program',
  corrupt: 'filen er beskadiget',
};

export function ioReason(err: unknown): string {
  const code = codeOf(err) ?? '';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'stien er en fil, ikke en mappe';
  if (code === 'ETIMEDOUT') return 'mappen svarer ikke';
  const kind = kindOf(code);
  if (kind) return SHORT[kind];
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}
