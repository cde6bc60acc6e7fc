// Shared by the bridge tests: a real backend behind the real bridge, and a lockable Registry around it.
// The wrapper only stands in for the session methods (passphrase, lock, epoch) until the encrypted
// backend lands; every data method goes to the real registry and its SQLite file.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { PUBLIC_METHODS } from '../../shared/api/session';
import type { ApiResponse } from '../../shared/errors';
import type { Registry } from '../../electron/backend/registry';
import { startBridge, type Bridge } from '../../electron/backend/httpBridge';
import { makeBackend, type TestBackend } from '../helpers/backend';

export const PASSPHRASE = 'korrekt hest batteri hæftning';
/** The bridge's refusals are Danish sentences; this tells one from Node's English defaults. */
export const DANISH = /[æøå]|ikke|ugyldig|afvist|log ind|låst/i;
/** The real renderer page, as the build copies it into dist/. */
export const INDEX_HTML = fs.readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');

export interface Lockable {
  registry: Registry;
  /** Every method that reached respond(), in order. */
  seen: string[];
  lock(): void;
  unlock(): void;
}

export function lockable(inner: Registry): Lockable {
  let epoch: number | null = null;
  let unlocks = 0;
  const seen: string[] = [];
  const state = () => ({ kind: epoch === null ? 'locked' : 'unlocked' });
  const locked = (): ApiResponse<unknown> => ({ ok: false, error: { code: 'LOCKED', message: 'Datafilen er låst.' } });
  const registry: Registry = {
    call: inner.call,
    invoke: inner.invoke,
    sessionEpoch: () => epoch,
    async respond(method, input, caller) {
      seen.push(method);
      if (method === 'session.state') return { ok: true, result: state() };
      if (method === 'session.unlock') {
        if ((input as { passphrase?: unknown } | undefined)?.passphrase !== PASSPHRASE) {
          return { ok: false, error: { code: 'VALIDATION', message: 'Forkert adgangskode.', fields: { passphrase: 'Forkert adgangskode.' } } };
        }
        epoch = ++unlocks;
        return { ok: true, result: state() };
      }
      if (!caller?.signedIn && !PUBLIC_METHODS.has(method)) return locked();
      if (method === 'session.lock') {
        epoch = null;
        return { ok: true, result: state() };
      }
      if (epoch === null) return locked();
      return inner.respond(method, input, caller);
    },
  };
  return { registry, seen, lock: () => (epoch = null), unlock: () => (epoch = ++unlocks) };
}

export interface Harness {
  b: TestBackend;
  bridge: Bridge;
  reg: Lockable;
  port: number;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const b = makeBackend();
  const staticDir = path.join(b.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(b.dir, 'secret.txt'), 'hemmelig');
  const reg = lockable(b.registry);
  const bridge = await startBridge({ registry: reg.registry, staticDir });
  return {
    b,
    bridge,
    reg,
    port: Number(new URL(bridge.url).port),
    close: async () => {
      await bridge.close();
      b.cleanup();
    },
  };
}

/** harnessPerTest whose bridge serves `page` as its index.html (a stand-in for the built app in a printer test). */
/**
 * A stand-in for the printers' print-only app (index.html?udskrift): `atLoad` runs when the page loads,
 * `onRoute` each time the hash names a route (set by the printer's wait script), as the app draws it.
 */
export function printOnlyStandIn(onRoute: string, atLoad = ''): string {
  return `<!doctype html><html><body><script>
${atLoad}
const show = () => {
  if (!location.hash) return;
  ${onRoute}
};
addEventListener('hashchange', show);
show();
</script></body></html>`;
}

export function harnessServingPage(page: string, set: (h: Harness) => void) {
  harnessPerTest((h) => {
    fs.writeFileSync(path.join(h.b.dir, 'static', 'index.html'), page);
    set(h);
  });
}

/** A fresh harness for each test of the calling file, handed to `set`; closed after the test. */
export function harnessPerTest(set: (h: Harness) => void | Promise<void>) {
  let current: Harness;
  beforeEach(async () => {
    current = await startHarness();
    await set(current);
  });
  afterEach(() => current.close());
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The whole reply to a request the caller writes and ends itself (a body in pieces, a pause mid-body). */
export function replyTo(req: http.ClientRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
  });
}

export function request(base: string, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const req = http.request(new URL(pathname, base), { method: options.method ?? 'GET', headers: options.headers, agent: false });
  const reply = replyTo(req);
  // A server that hangs fails the test here, not at the test timeout.
  req.setTimeout(5000, () => req.destroy(new Error(`No answer to ${pathname} within 5 s`)));
  req.end(options.body);
  return reply;
}

/** An API call as the renderer makes it: JSON, same origin, with the session cookie when given. */
export function api(h: Harness, method: string, input: unknown, cookie: string | null = null, extra: Record<string, string> = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json', origin: h.bridge.url.replace(/\/$/, ''), ...extra };
  if (cookie) headers.cookie = cookie;
  return request(h.bridge.url, `/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
}

/** Signs in with the passphrase; returns the "mk_session=…" pair to send back. */
export async function signIn(h: Harness): Promise<string> {
  const res = await api(h, 'session.unlock', { passphrase: PASSPHRASE });
  const cookie = res.headers['set-cookie']?.[0];
  if (res.status !== 200 || !cookie) throw new Error(`Sign-in failed: ${res.status} ${res.body}`);
  return cookie.split(';')[0];
}

/**
 * Writes raw bytes to the bridge and collects everything until the server closes the socket.
 * `hung` is true when it neither answered nor closed within the time.
 */
export function raw(port: number, payload: string | Buffer, { timeoutMs = 3000, endAfterWrite = false } = {}): Promise<{ reply: string; hung: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ reply: Buffer.concat(chunks).toString('utf8'), hung: true });
    }, timeoutMs);
    socket.on('connect', () => (endAfterWrite ? socket.end(payload) : socket.write(payload)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ reply: Buffer.concat(chunks).toString('utf8'), hung: false });
    });
  });
}
