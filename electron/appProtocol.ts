// The app's own origin, app://mentorkorps/, that serves the built renderer (dist/) instead of file://.
// Pure Node, so the URL and path rules are unit-tested without Electron; security.ts registers it.
import fs from 'node:fs';
import path from 'node:path';
import { PRINT_ONLY_QUERY } from '../shared/routes';

export const APP_SCHEME = 'app';
export const APP_HOST = 'mentorkorps';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The same policy as the meta tag in renderer/index.html, plus what only a header can say. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
export const APP_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** A print route (e.g. "/print/…") in the app's print-only window (shared/routes.ts PRINT_ONLY_QUERY). */
export function appPrintUrl(route: string): string {
  return `${APP_INDEX_URL}?${PRINT_ONLY_QUERY}#${route}`;
}

function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const plain = !parsed.username && !parsed.password && !parsed.port;
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && plain ? parsed : null;
}

/** True only for the app's own page (any route after #): the one allowed navigation target and IPC sender. */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url)?.pathname === '/index.html';
}

/**
 * The file in distDir an app:// URL names, or null: other origins, anything outside distDir
 * (../, encoded slashes or backslashes, drive letters, NUL), and Windows stream names (":") are refused.
 */
export function resolveAppFile(distDir: string, url: string, p: path.PlatformPath = path): string | null {
  const parsed = parseAppUrl(url);
  if (!parsed) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (rel === '/') rel = '/index.html';
  if (/[\0\\:]/.test(rel)) return null;
  const root = p.resolve(distDir);
  const file = p.join(root, rel);
  const inside = p.relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${p.sep}`) || p.isAbsolute(inside)) return null;
  return file;
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function notFound(status: number): Response {
  return new Response('Ikke fundet.', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/** The response for one app:// request: a file from distDir with its content type and the CSP, or 404. */
export async function appResponse(distDir: string, url: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return notFound(405);
  const file = resolveAppFile(distDir, url);
  if (!file) return notFound(404);
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    return notFound(404);
  }
  const headers = {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': APP_CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
  };
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
