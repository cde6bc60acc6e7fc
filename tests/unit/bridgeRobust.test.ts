// The bridge never crashes or hangs: malformed requests get a Danish 4xx and the server keeps serving.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { api, DANISH, harnessPerTest, raw, replyTo, request, signIn, type Harness, type Reply } from './bridgeHarness';

let h: Harness;
harnessPerTest((x) => {
  h = x;
});
const MB = 1024 * 1024;

function expectFrameGuard(headers: http.IncomingHttpHeaders | Record<string, string>) {
  expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
}

/** Still answering normally: the page and an API call. */
async function expectStillServing(cookie?: string) {
  const page = await request(h.bridge.url, '/');
  expect(page.status).toBe(200);
  const state = await api(h, cookie ? 'app.info' : 'session.state', {}, cookie ?? null);
  expect(state.status).toBe(200);
}

/** Status, headers and body of a raw HTTP/1.1 reply. */
function parseRaw(reply: string) {
  const [head, ...rest] = reply.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') };
}

/** A POST with a body of `size` bytes, sent in 1 MB pieces; chunked when no length is declared. */
function bigPost(pathname: string, size: number, headers: Record<string, string>, declareLength: boolean): Promise<Reply> {
  const req = http.request(new URL(pathname, h.bridge.url), {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', ...headers, ...(declareLength ? { 'content-length': String(size) } : {}) },
  });
  const reply = replyTo(req);
  const piece = Buffer.alloc(MB, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < size) {
      const n = Math.min(MB, size - sent);
      sent += n;
      if (!req.write(n === MB ? piece : piece.subarray(0, n))) {
        req.once('drain', pump);
        return;
      }
    }
    req.end();
  };
  pump();
  return reply;
}

describe('loopback HTTP bridge: malformed requests', () => {
  it('answers malformed percent-encoding with a Danish 400 and keeps serving', async () => {
    for (const pathname of ['/%ZZ', '/%E0%A4%A', '/mentorer/%', '/%00', '/a%2']) {
      const res = await request(h.bridge.url, pathname);
      expect(res.status, pathname).toBe(400);
      expect(res.body).toMatch(DANISH);
      expectFrameGuard(res.headers);
    }
    const cookie = await signIn(h);
    for (const pathname of ['/api/%ZZ', '/api/app.info%E0%A4%A']) {
      const res = await request(h.bridge.url, pathname, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' });
      expect(res.status, pathname).toBe(400);
      expect(res.body).toMatch(DANISH);
    }
    await expectStillServing(cookie);
  });

  it('answers a body over 20 MB with a Danish 413, declared or chunked, and keeps serving', async () => {
    const cookie = await signIn(h);
    for (const declareLength of [true, false]) {
      const res = await bigPost('/api/app.info', 21 * MB, { cookie }, declareLength);
      expect(res.status, `declared length: ${declareLength}`).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/for stor/) } });
      expectFrameGuard(res.headers);
    }
    const declared = await bigPost('/api/session.state', 25 * MB, {}, true);
    expect(declared.status).toBe(413);
    await expectStillServing(cookie);
  });

  it('puts the frame guard on every response', async () => {
    const cookie = await signIn(h);
    const replies = [
      await request(h.bridge.url, '/'),
      await request(h.bridge.url, '/mentorer/3'),
      await request(h.bridge.url, '/', { headers: { host: 'evil.example' } }),
      await request(h.bridge.url, '/', { method: 'DELETE' }),
      await request(h.bridge.url, '/api/app.info'),
      await api(h, 'app.info', {}),
      await api(h, 'app.info', {}, cookie),
      await api(h, 'app.info', {}, cookie, { origin: 'http://evil.example' }),
    ];
    for (const res of replies) expectFrameGuard(res.headers);
  });

  it('answers junk on raw sockets with a Danish 4xx, closes, and keeps serving', async () => {
    const host = `Host: 127.0.0.1:${h.port}`;
    const cases: [string, string][] = [
      ['not HTTP', 'GARBAGE\r\n\r\n'],
      ['binary', '\x00\x01\x02\xff\xfe\r\n\r\n'],
      ['unknown verb', `FOO / HTTP/1.1\r\n${host}\r\n\r\n`],
      ['bad version', `GET / HTTP/9.9\r\n${host}\r\n\r\n`],
      ['space in header name', `GET / HTTP/1.1\r\nHo st: x\r\n${host}\r\n\r\n`],
      ['NUL in header value', `GET / HTTP/1.1\r\n${host}\r\nX-A: a\x00b\r\n\r\n`],
      ['huge header', `GET / HTTP/1.1\r\n${host}\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`],
      ['many headers', `GET / HTTP/1.1\r\n${host}\r\n${Array.from({ length: 3000 }, (_, i) => `X-${i}: y`).join('\r\n')}\r\n\r\n`],
      ['length and chunked (smuggling)', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /x HTTP/1.1\r\n\r\n`],
      ['two lengths', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`],
      ['bad length', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n`],
      ['bad chunk size', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`],
      ['no Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'],
      ['absolute URL', `GET http://evil.example/ HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`],
      ['asterisk', `OPTIONS * HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`],
      ['bad escape', `GET /%ZZ HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`],
      ['bad escape in method', `POST /api/%ZZ HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`],
      ['wrong verb on the API', `DELETE /api/app.info HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`],
      ['wrong verb on a page', `PUT / HTTP/1.1\r\n${host}\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx`],
      ['invalid JSON', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n{nej`],
      ['form post', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=1`],
      ['huge declared body', `POST /api/session.state HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 30000000\r\nConnection: close\r\n\r\n{`],
      ['no session', `POST /api/app.info HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`],
    ];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(cases.map(([, payload]) => raw(h.port, payload)));
      results.forEach(({ reply, hung }, i) => {
        const name = cases[i][0];
        expect(hung, `${name}: no answer and not closed`).toBe(false);
        const parsed = parseRaw(reply);
        expect(parsed.status, `${name}: ${reply.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(parsed.status, name).toBeLessThan(500);
        expect(parsed.body, name).toMatch(DANISH);
        expectFrameGuard(parsed.headers);
      });
    }
    await expectStillServing();
  });

  it('survives clients that give up mid-request', async () => {
    const host = `Host: 127.0.0.1:${h.port}`;
    const cookie = await signIn(h);
    const partial = `POST /api/app.info HTTP/1.1\r\n${host}\r\nContent-Type: application/json\r\nCookie: ${cookie}\r\nContent-Length: 1000\r\n\r\n{"a":`;
    for (let i = 0; i < 10; i++) {
      // Half-closes after part of the body: the server answers 400 or just closes, but does not hang.
      const halfClosed = await raw(h.port, partial, { endAfterWrite: true });
      expect(halfClosed.hung).toBe(false);
      if (halfClosed.reply) expect(parseRaw(halfClosed.reply).status).toBe(400);
      // Resets mid-body and mid-headers.
      await new Promise<void>((resolve) => {
        const req = http.request(new URL('/api/app.info', h.bridge.url), { method: 'POST', agent: false, headers: { 'content-type': 'application/json', cookie, 'content-length': '1000' } });
        req.on('error', () => resolve());
        req.write('{"a":', () => setTimeout(() => req.destroy(), 20));
        req.on('close', () => resolve());
      });
      await raw(h.port, `GET / HTTP/1.1\r\n${host}\r\nX-Half: `, { timeoutMs: 50 });
    }
    await expectStillServing(cookie);
  });
});

describe('an idle keep-alive connection', () => {
  it('is still served after a pause longer than Node’s default 5 s (a browser reusing it must not see "server unreachable")', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const get = () =>
        new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
          const req = http.get(new URL('/', h.bridge.url), { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
          });
          req.on('error', reject);
        });
      const first = await get();
      await new Promise((r) => setTimeout(r, 6_000));
      const second = await get();
      expect([first.status, second.status]).toEqual([200, 200]);
      // The same socket: the server kept it open through the pause.
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
