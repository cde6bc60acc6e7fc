// Loopback HTTP bridge for web mode: serves the built renderer and the API registry on 127.0.0.1 only.
// Callers sign in through the session methods and get an HttpOnly session cookie; nothing secret is in the page.
import http from 'node:http';
import { PUBLIC_METHODS, SESSION_STARTING_METHODS } from '../../shared/api/session';
import type { Registry } from './registry';
import { declaredTooLarge, readBody } from './http/body';
import { onClientError, sendApiError, sendJson, sendText, statusFor } from './http/respond';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie, sessionIdsFrom, SessionStore } from './http/sessions';
import { serveStatic } from './http/static';
import { decodedPath, isJsonContentType } from './http/target';

export interface BridgeOptions {
  registry: Registry;
  staticDir: string;
  port?: number;
}

export interface Bridge {
  server: http.Server;
  url: string;
  /** A session for the backend's own PDF printer (Chromium), or null while the data file is locked. */
  printerCookie(): { name: string; value: string; url: string } | null;
  close(): Promise<void>;
}

const TOO_LARGE = { code: 'VALIDATION', message: 'Forespørgslen er for stor (højst 20 MB).' } as const;

export function startBridge({ registry, staticDir, port = 0 }: BridgeOptions): Promise<Bridge> {
  const sessions = new SessionStore(() => registry.sessionEpoch());
  let boundPort = 0;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, host: string): Promise<void> {
    if (req.method !== 'POST') {
      sendApiError(res, 405, { code: 'VALIDATION', message: 'Metoden er ikke tilladt: API-kald sendes med POST.' }, { allow: 'POST' });
      return;
    }
    // CSRF: besides SameSite=Strict, a form or a foreign page cannot send JSON with our own Origin.
    const origin = req.headers.origin;
    if (!isJsonContentType(req.headers['content-type']) || (origin !== undefined && origin !== `http://${host}`)) {
      sendApiError(res, 403, { code: 'UNAUTHORIZED', message: 'Afvist: forespørgslen kom ikke fra Mentorkorps selv.' });
      return;
    }
    if (declaredTooLarge(req)) {
      sendApiError(res, 413, TOO_LARGE, { connection: 'close' });
      return;
    }
    const signedIn = sessionIdsFrom(req).some((id) => sessions.isValid(id));
    if (!signedIn && !PUBLIC_METHODS.has(method)) {
      sendApiError(res, 401, { code: 'UNAUTHORIZED', message: 'Log ind først: lås Mentorkorps op med adgangskoden.' });
      return;
    }
    const body = await readBody(req);
    if (body.kind === 'aborted') return;
    if (body.kind === 'tooLarge') {
      sendApiError(res, 413, TOO_LARGE, { connection: 'close' });
      return;
    }
    let input: unknown;
    try {
      input = body.text ? JSON.parse(body.text) : undefined;
    } catch {
      sendApiError(res, 400, { code: 'VALIDATION', message: 'Forespørgslen kunne ikke læses (ugyldig JSON).' });
      return;
    }
    const response = await registry.respond(method, input, { signedIn });
    const headers: Record<string, string> = {};
    if (response.ok && SESSION_STARTING_METHODS.has(method)) {
      const id = sessions.create();
      if (id) headers['set-cookie'] = sessionCookie(id);
    }
    if (response.ok && method === 'session.lock') {
      sessions.clear();
      headers['set-cookie'] = clearedSessionCookie();
    }
    sendJson(res, response.ok ? 200 : statusFor(response.error.code), response, headers);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Refuse other Host names (DNS rebinding).
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${boundPort}` && host !== `localhost:${boundPort}`) {
      sendText(res, 403, 'Afvist: ukendt værtsnavn.');
      return;
    }
    const pathname = decodedPath(req.url);
    if (pathname === null) {
      sendText(res, 400, 'Ugyldig adresse i forespørgslen.');
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname.slice('/api/'.length), host);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Metoden er ikke tilladt: siderne hentes med GET.', { allow: 'GET, HEAD' });
      return;
    }
    await serveStatic(staticDir, pathname, req, res);
  }

  // requireHostHeader off: our own Host check answers a missing Host, in Danish and with the safety headers.
  // The server keeps an idle connection longer than the browser does (Node's default is 5 s): otherwise a
  // request sent just as Node closes the socket fails as "server unreachable" (seen after a pause of ~5 s).
  const server = http.createServer({ requestTimeout: 120_000, headersTimeout: 20_000, keepAliveTimeout: 75_000, requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('HTTP-broen:', err);
      sendText(res, 500, 'Der opstod en uventet fejl i serveren.');
    });
  });
  server.on('clientError', onClientError);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      boundPort = typeof address === 'object' && address ? address.port : port;
      const url = `http://127.0.0.1:${boundPort}/`;
      let printerSession: string | null = null;
      resolve({
        server,
        url,
        printerCookie() {
          // One printer session per unlock, not one per printed batch.
          if (!sessions.isValid(printerSession)) printerSession = sessions.create();
          return printerSession ? { name: SESSION_COOKIE, value: printerSession, url } : null;
        },
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
