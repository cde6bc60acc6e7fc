// Serves the built renderer from one folder, as it is on disk: no secret is ever written into a page.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { SAFETY_HEADERS, sendText } from './respond';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The built code under assets/ has its content's hash in its name, so a browser may keep it: a later start
 * (and the printer's next job) neither downloads nor compiles it again (#13). Everything else, index.html
 * with the names of the current build among it, is never stored. No page holds data: answers come from /api/.
 */
function cacheOf(base: string, file: string): Record<string, string> {
  const hashed = path.relative(base, file).startsWith(`assets${path.sep}`) && /-[\w-]{8,}\.(js|css)$/.test(file);
  return hashed ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
}

/** `decodedPath` is the already percent-decoded path of the request, starting with "/". */
export async function serveStatic(root: string, decodedPath: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + path.posix.normalize(decodedPath));
  const rel = path.relative(base, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    sendText(res, 404, 'Siden findes ikke.');
    return;
  }
  // Client-side routes fall back to the app shell.
  const target = (await isFile(file)) ? file : path.join(base, 'index.html');
  if (!(await isFile(target))) {
    sendText(res, 500, 'Brugerfladen er ikke bygget. Kør "npm run build".');
    return;
  }
  const headers = { ...SAFETY_HEADERS, 'content-type': CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream', ...cacheOf(base, target) };
  if (req.method === 'HEAD') {
    res.writeHead(200, headers).end();
    return;
  }
  const stream = fs.createReadStream(target);
  // A file that vanishes or cannot be read mid-way ends this response only.
  stream.on('error', () => (res.headersSent ? res.destroy() : sendText(res, 500, 'Filen kunne ikke læses.')));
  stream.once('open', () => {
    res.writeHead(200, headers);
    stream.pipe(res);
  });
  res.on('close', () => stream.destroy());
}
