// The one route table: every page and print route is built and parsed here, by the renderer's
// links and router and by the backend's PDF printers, so a route string is written in one place.
import type { StatementKind } from './billing/types';
import type { Lang } from './privacy/processing';

/** Pages without parameters, in menu order; the path is what the coordinator sees after "#". */
export const PAGE_PATHS = {
  courses: '/forloeb',
  contacts: '/samtaler',
  caseload: '/sagsfordeling',
  followUp: '/opfoelgning',
  mentors: '/mentorer',
  municipalities: '/kommuner',
  billing: '/fordeling',
  statistics: '/statistik',
  survey: '/spoergeskema',
  backups: '/sikkerhedskopier',
  import: '/import',
  security: '/sikkerhed',
  privacy: '/databeskyttelse',
  log: '/log',
} as const;
export type PageName = keyof typeof PAGE_PATHS;

export type Route =
  | { name: Exclude<PageName, 'billing' | 'log'> }
  | { name: 'billing'; versionId?: number }
  /** The read and change log, optionally for one person (arriving from the person's page). */
  | { name: 'log'; menteeId?: number }
  | { name: 'course'; id: number }
  | { name: 'statement'; kind: StatementKind; versionId: number; municipalityId: number }
  | { name: 'evaluation'; year: number }
  /** The access answer for one person (art. 15); the purpose goes into the read log with the letter's look-up. */
  | { name: 'accessLetter'; menteeId: number; lang: Lang; purpose?: string }
  /** The information letter for a young person (art. 13). */
  | { name: 'infoLetter'; lang: Lang }
  /** A print route whose document kind is not known: shown as an error, never as a page. */
  | { name: 'unknownDocument'; path: string };

const STATEMENT_KINDS: readonly StatementKind[] = ['opkraevning', 'efterregulering'];
const EVALUATION = 'evaluering';
const ACCESS_LETTER = 'indsigt';
const INFO_LETTER = 'oplysning';

// shared/ has no DOM (no URLSearchParams): the few parameters are numbers and short keys.
function query(params: Record<string, number | string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, number | string] => e[1] !== undefined);
  return entries.length ? `?${entries.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : '';
}

function readQuery(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.split('&')) {
    const [key, value = ''] = part.split('=');
    if (!key) continue;
    try {
      params.set(key, decodeURIComponent(value));
    } catch {
      params.set(key, '');
    }
  }
  return params;
}

export function buildRoute(route: Route): string {
  switch (route.name) {
    case 'course':
      return `${PAGE_PATHS.courses}/${route.id}`;
    case 'billing':
      return PAGE_PATHS.billing + query({ id: route.versionId });
    case 'log':
      return PAGE_PATHS.log + query({ person: route.menteeId });
    case 'statement':
      return `/print/${route.kind}${query({ id: route.versionId, kommune: route.municipalityId })}`;
    case 'evaluation':
      return `/print/${EVALUATION}${query({ aar: route.year })}`;
    case 'accessLetter':
      return `/print/${ACCESS_LETTER}${query({ person: route.menteeId, sprog: route.lang, formaal: route.purpose })}`;
    case 'infoLetter':
      return `/print/${INFO_LETTER}${query({ sprog: route.lang })}`;
    case 'unknownDocument':
      return route.path;
    default:
      return PAGE_PATHS[route.name];
  }
}

/** The href of a link inside the app (hash routing works alike from app:// and over HTTP). */
export const href = (route: Route): string => `#${buildRoute(route)}`;

/** A number parameter; 0 when missing or not a whole number, which the backend refuses with its own message. */
function numberParam(params: Map<string, string>, name: string): number {
  const n = Number(params.get(name));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The letter's language: English when asked for, else Danish. */
const langParam = (params: Map<string, string>): Lang => (params.get('sprog') === 'en' ? 'en' : 'da');

/** Any path (with or without "#"); an unknown page is the first page, as the menu's first entry. */
export function parseRoute(text: string): Route {
  const [path, search = ''] = text.replace(/^#/, '').split('?');
  const params = readQuery(search);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'print') {
    const kind = parts[1] ?? '';
    if (kind === EVALUATION) return { name: 'evaluation', year: numberParam(params, 'aar') };
    if (kind === INFO_LETTER) return { name: 'infoLetter', lang: langParam(params) };
    if (kind === ACCESS_LETTER) {
      const purpose = params.get('formaal');
      const route: Route = { name: 'accessLetter', menteeId: numberParam(params, 'person'), lang: langParam(params) };
      return purpose ? { ...route, purpose } : route;
    }
    const statementKind = STATEMENT_KINDS.find((k) => k === kind);
    if (statementKind) return { name: 'statement', kind: statementKind, versionId: numberParam(params, 'id'), municipalityId: numberParam(params, 'kommune') };
    return { name: 'unknownDocument', path };
  }
  const page = (Object.keys(PAGE_PATHS) as PageName[]).find((name) => PAGE_PATHS[name] === `/${parts[0] ?? ''}`);
  if (page === 'courses' && parts[1] !== undefined) {
    const id = Number(parts[1]);
    return Number.isInteger(id) && id > 0 ? { name: 'course', id } : { name: 'courses' };
  }
  if (page === 'billing') {
    const versionId = numberParam(params, 'id');
    return versionId ? { name: 'billing', versionId } : { name: 'billing' };
  }
  if (page === 'log') {
    const menteeId = numberParam(params, 'person');
    return menteeId ? { name: 'log', menteeId } : { name: 'log' };
  }
  return { name: page ?? 'courses' };
}

/** The menu page a route belongs to (a course belongs to Forløb; print routes to none). */
export function pageOf(route: Route): PageName | null {
  if (route.name === 'course') return 'courses';
  if (route.name === 'statement' || route.name === 'evaluation' || route.name === 'accessLetter' || route.name === 'infoLetter' || route.name === 'unknownDocument') return null;
  return route.name;
}

export const isPrintRoute = (route: Route): boolean => pageOf(route) === null;

/**
 * The query (index.html?udskrift) that opens the app as the PDF printers' window: print routes only,
 * without the session screens and the menu, and nothing drawn until a print route is in the hash.
 */
export const PRINT_ONLY_QUERY = 'udskrift';
