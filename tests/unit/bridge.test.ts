// The loopback bridge's sign-in: no secret in the page, an HttpOnly SameSite=Strict session cookie bound
// to the registry's session epoch, CSRF checks, and the usual routing errors.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusFor } from '../../electron/backend/http/respond';
import { dumpDatabase } from '../helpers/backend';
import { api, DANISH, harnessPerTest, INDEX_HTML, PASSPHRASE, replyTo, request, signIn, type Harness } from './bridgeHarness';

let h: Harness;
harnessPerTest((x) => {
  h = x;
});

describe('loopback HTTP bridge: the page', () => {
  it('listens on 127.0.0.1 only and serves the page exactly as built, with no secret and no cookie', async () => {
    expect(h.bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(INDEX_HTML).not.toMatch(/TOKEN|mentorkorps-token/i);
    for (const pathname of ['/', '/index.html', '/mentorer/3']) {
      const page = await request(h.bridge.url, pathname);
      expect(page.status).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
  });

  it('lets a browser keep the built code (its name holds its hash), never the page or an API answer', async () => {
    const assets = path.join(h.b.dir, 'static', 'assets');
    fs.mkdirSync(assets);
    fs.writeFileSync(path.join(assets, 'index-D0vOc1pz.js'), 'export {};');
    fs.writeFileSync(path.join(assets, 'notes.txt'), 'x');
    const code = await request(h.bridge.url, '/assets/index-D0vOc1pz.js');
    expect(code.status).toBe(200);
    expect(code.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const pathname of ['/', '/index.html', '/assets/notes.txt', '/assets/missing-D0vOc1pz.js']) {
      expect((await request(h.bridge.url, pathname)).headers['cache-control'], pathname).toBe('no-store');
    }
    expect((await api(h, 'session.state', undefined)).headers['cache-control']).toBe('no-store');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const pathname of ['/..%2Fsecret.txt', '/%2E%2E/secret.txt', '/a/..%2F..%2Fsecret.txt', '/..%5Csecret.txt']) {
      const res = await request(h.bridge.url, pathname);
      expect(res.body, pathname).not.toContain('hemmelig');
    }
  });
});

describe('loopback HTTP bridge: sessions', () => {
  it('refuses data calls without a session with 401, does not call the registry and writes nothing', async () => {
    const before = dumpDatabase(h.b);
    for (const [method, input] of [['app.info', {}], ['setup.startEmpty', { corpsName: 'Ubuden' }], ['session.lock', {}], ['mentors.delete', { id: 1 }]] as const) {
      const res = await api(h, method, input);
      expect(res.status, method).toBe(401);
      const body = JSON.parse(res.body);
      expect(body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(body.error.message).toMatch(/log ind/i);
    }
    expect(h.reg.seen).toEqual([]);
    expect(dumpDatabase(h.b)).toEqual(before);
    expect((await h.b.registry.call('app.info')).setupDone).toBe(false);
  });

  it('lets public session methods through without a session, telling the registry the caller is not signed in', async () => {
    const state = await api(h, 'session.state', {});
    expect(state.status).toBe(200);
    expect(JSON.parse(state.body).result).toEqual({ kind: 'locked' });
    expect(state.headers['set-cookie']).toBeUndefined();
    const wrong = await api(h, 'session.unlock', { passphrase: 'forkert forkert forkert' });
    expect(wrong.status).toBe(400);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('unlocking sets an HttpOnly, SameSite=Strict cookie that opens the data methods', async () => {
    const res = await api(h, 'session.unlock', { passphrase: PASSPHRASE });
    expect(res.status).toBe(200);
    const setCookie = res.headers['set-cookie'] ?? [];
    expect(setCookie).toHaveLength(1);
    const parts = setCookie[0].split(';').map((p) => p.trim());
    expect(parts[0]).toMatch(/^mk_session=[0-9a-f]{64}$/);
    expect(parts).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(parts).not.toContain('Secure');
    const cookie = parts[0];

    const info = await api(h, 'app.info', {}, cookie);
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, result: { setupDone: false } });
    const started = await api(h, 'setup.startEmpty', { corpsName: 'Nordkorpset' }, cookie);
    expect(started.status).toBe(200);
    expect((await h.b.registry.call('app.info')).setupDone).toBe(true);
  });

  it('a second client without the cookie, or with a made-up one, still gets 401', async () => {
    await signIn(h);
    for (const cookie of [null, `mk_session=${'0'.repeat(64)}`, 'mk_session=', 'andet=1']) {
      const res = await api(h, 'app.info', {}, cookie);
      expect(res.status, String(cookie)).toBe(401);
    }
  });

  it('locking ends the session: the cookie is cleared and the old one gets 401, also after unlocking again', async () => {
    const cookie = await signIn(h);
    const lock = await api(h, 'session.lock', {}, cookie);
    expect(lock.status).toBe(200);
    expect(lock.headers['set-cookie']?.[0]).toMatch(/^mk_session=;.*Max-Age=0/);
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(401);

    const second = await signIn(h);
    expect(second).not.toBe(cookie);
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(401);
    expect((await api(h, 'app.info', {}, second)).status).toBe(200);
  });

  it('a session lives only while the epoch it was made in lasts (idle lock, unlock elsewhere)', async () => {
    const cookie = await signIn(h);
    h.reg.lock(); // the backend locks itself (idle timer): epoch null
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(401);
    h.reg.unlock(); // unlocked again, e.g. from the desktop: a new epoch
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(401);
  });

  it('a lock that lands while a request is on its way answers 423 LOCKED', async () => {
    const cookie = await signIn(h);
    const body = JSON.stringify({});
    const req = http.request(new URL('/api/app.info', h.bridge.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'content-length': String(body.length) },
    });
    const reply = replyTo(req);
    req.write(body.slice(0, 1));
    setTimeout(() => {
      h.reg.lock();
      req.end(body.slice(1));
    }, 100);
    const res = await reply;
    expect(res.status).toBe(423);
    expect(JSON.parse(res.body).error.code).toBe('LOCKED');
    expect(statusFor('LOCKED')).toBe(423);
  });

  it('mints a session for the PDF printer only while unlocked', async () => {
    expect(h.bridge.printerCookie()).toBeNull();
    await signIn(h);
    const printer = h.bridge.printerCookie();
    expect(printer).toMatchObject({ name: 'mk_session', url: h.bridge.url });
    expect(h.bridge.printerCookie()).toEqual(printer);
    const cookie = `mk_session=${printer?.value}`;
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(200);
    h.reg.lock();
    expect(h.bridge.printerCookie()).toBeNull();
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(401);
  });
});

describe('loopback HTTP bridge: CSRF and routing', () => {
  it('refuses a foreign Origin or a non-JSON content type with 403, even with a valid cookie', async () => {
    const cookie = await signIn(h);
    const seenBefore = h.reg.seen.length;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${h.port + 1}`, `https://127.0.0.1:${h.port}`]) {
      const res = await api(h, 'setup.startEmpty', { corpsName: 'Falsk' }, cookie, { origin });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error.message).toMatch(DANISH);
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx']) {
      const res = await api(h, 'setup.startEmpty', { corpsName: 'Falsk' }, cookie, { 'content-type': type });
      expect(res.status, type).toBe(403);
    }
    expect(h.reg.seen.length).toBe(seenBefore);
    expect((await h.b.registry.call('app.info')).setupDone).toBe(false);
    // The same request from the bridge's own origin, or from localhost, or with no Origin (not a browser), is fine.
    expect((await api(h, 'app.info', {}, cookie)).status).toBe(200);
    expect((await api(h, 'app.info', {}, cookie, { origin: `http://localhost:${h.port}`, host: `localhost:${h.port}` })).status).toBe(200);
    expect((await api(h, 'app.info', {}, cookie, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses unknown methods, bad JSON, wrong HTTP verbs and foreign Host headers', async () => {
    const cookie = await signIn(h);
    const unknown = await api(h, 'mentors.delete', { id: 1 }, cookie);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'UNKNOWN_METHOD', message: 'Ukendt metode: mentors.delete.' });
    const badJson = await request(h.bridge.url, '/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{nej' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toMatch(/ugyldig JSON/);
    const get = await request(h.bridge.url, '/api/app.info');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const put = await request(h.bridge.url, '/', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.body).toMatch(DANISH);
    const rebinding = await request(h.bridge.url, '/', { headers: { host: 'evil.example:80' } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).not.toContain('<html');
  });

  it('returns validation errors with the field named', async () => {
    const cookie = await signIn(h);
    const res = await api(h, 'setup.startEmpty', { corpsName: '' }, cookie);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.fields).toEqual({ corpsName: 'Korpsets navn skal udfyldes.' });
  });
});
