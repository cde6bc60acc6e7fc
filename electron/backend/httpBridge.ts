// Loopback HTTP bridge: serves the built renderer and the API registry on 127.0.0.1 only.
// Every API call must carry the per-run token that only the served page knows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApiResponse } from '../../shared/errors';
import type { Registry } from './registry';

export const TOKEN_HEADER = 'x-mentorkorps-token';
const MAX_BODY_BYTES = 20 * 1024 * 1024;

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

const STATUS: Record<string, number> = { VALIDATION: 400, NOT_FOUND: 404, CONFLICT: 409, UNKNOWN_METHOD: 404, UNAUTHORIZED: 401, INTERNAL: 500 };

export interface BridgeOptions {
  registry: Registry;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface Bridge {
  server: http.Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function startBridge({ registry, staticDir, port = 0, token = crypto.randomBytes(24).toString('hex') }: BridgeOptions): Promise<Bridge> {
  const server = http.createServer(async (req, res) => {
    const address = server.address();
    const boundPort = typeof address === 'object' && address ? address.port : 0;
    // Refuse other Host names (DNS rebinding).
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${boundPort}` && host !== `localhost:${boundPort}`) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      const given = req.headers[TOKEN_HEADER];
      if (typeof given !== 'string' || !tokensEqual(given, token)) {
        sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Adgang nægtet: manglende eller forkert nøgle.' } });
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : undefined;
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Forespørgslen kunne ikke læses (ugyldig JSON).' } });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const response = await registry.respond(method, input);
      sendJson(res, response.ok ? 200 : (STATUS[response.error.code] ?? 500), response);
      return;
    }
    serveStatic(staticDir, url.pathname, token, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        token,
        url: `http://127.0.0.1:${bound}/`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

function serveStatic(root: string, pathname: string, token: string, res: http.ServerResponse): void {
  const decoded = decodeURIComponent(pathname);
  const rel = path.normalize(decoded).replace(/^([/\\])+/, '');
  let file = path.join(root, rel);
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end();
    return;
  }
  // Client-side routes fall back to the app shell.
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Brugerfladen er ikke bygget. Kør "npm run build".');
    return;
  }
  const ext = path.extname(file);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (ext === '.html') {
    const html = fs.readFileSync(file, 'utf8').replace('__MENTORKORPS_TOKEN__', token);
    res.writeHead(200, headers).end(html);
    return;
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}
