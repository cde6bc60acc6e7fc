import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, TOKEN_HEADER, type Bridge } from '../../electron/backend/httpBridge';
import { makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let bridge: Bridge;

beforeEach(async () => {
  b = makeBackend();
  const staticDir = path.join(b.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<meta name="mentorkorps-token" content="__MENTORKORPS_TOKEN__">');
  fs.writeFileSync(path.join(b.dir, 'secret.txt'), 'hemmelig');
  bridge = await startBridge({ registry: b.registry, staticDir });
});
afterEach(async () => {
  await bridge.close();
  b.cleanup();
});

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(pathname, bridge.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, token: string | null = bridge.token) =>
  request(`/api/${method}`, { method: 'POST', headers: token === null ? {} : { [TOKEN_HEADER]: token }, body: JSON.stringify(body) });

describe('loopback HTTP bridge', () => {
  it('listens on 127.0.0.1 only and puts the per-run token in the served page', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await request('/');
    expect(page.body).toContain(`content="${bridge.token}"`);
    expect(bridge.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('app.info', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { setupDone: false } });
  });

  it('refuses a missing or wrong token, and writes nothing', async () => {
    for (const token of [null, 'forkert', `${bridge.token.slice(0, -1)}0`]) {
      const res = await api('setup.startEmpty', { corpsName: 'Ubuden' }, token);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).error.code).toBe('UNAUTHORIZED');
    }
    expect((await b.registry.call('app.info')).setupDone).toBe(false);
  });

  it('refuses unknown methods, bad JSON, wrong HTTP verbs and foreign Host headers', async () => {
    const unknown = await api('mentors.delete', { id: 1 });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'UNKNOWN_METHOD', message: 'Ukendt metode: mentors.delete.' });
    const badJson = await request('/api/app.info', { method: 'POST', headers: { [TOKEN_HEADER]: bridge.token }, body: '{nej' });
    expect(badJson.status).toBe(400);
    expect((await request('/api/app.info')).status).toBe(405);
    const rebinding = await request('/', { headers: { host: 'evil.example:80' } });
    expect(rebinding.status).toBe(403);
  });

  it('returns validation errors with the field named', async () => {
    const res = await api('setup.startEmpty', { corpsName: '' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.fields).toEqual({ corpsName: 'Korpsets navn skal udfyldes.' });
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await request('/..%2Fsecret.txt');
    expect(res.body).not.toContain('hemmelig');
  });
});
