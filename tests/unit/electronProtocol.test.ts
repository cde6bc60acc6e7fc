// app://mentorkorps/: which URLs count as the app, which files the protocol serves, with which headers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP_HEADER, APP_INDEX_URL, RENDERER_CSP, appResponse, appPrintUrl, contentTypeFor, isAppUrl, resolveAppFile } from '../../electron/appProtocol';

describe('isAppUrl', () => {
  it('accepts the app page with any route', () => {
    expect(isAppUrl('app://mentorkorps/index.html')).toBe(true);
    expect(isAppUrl('app://mentorkorps/index.html#/forloeb/12')).toBe(true);
    expect(isAppUrl(appPrintUrl('/print/opkraevning?id=3&kommune=7'))).toBe(true);
    expect(isAppUrl('app://mentorkorps/index.html?x=1')).toBe(true);
  });
  it.each([
    'file:///C:/Program Files/Mentorkorps/resources/app.asar/dist/index.html',
    'https://mentorkorps/index.html',
    'http://127.0.0.1:5173/index.html',
    'app://mentorkorps.evil.dk/index.html',
    'app://evil/index.html',
    'app://user@mentorkorps/index.html',
    'app://mentorkorps:8080/index.html',
    'app://mentorkorps/assets/index.js',
    'app://mentorkorps/other.html',
    'about:blank',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const dist = path.resolve('/opt/mentorkorps/dist');
  it('maps app URLs into dist/', () => {
    expect(resolveAppFile(dist, 'app://mentorkorps/index.html')).toBe(path.join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://mentorkorps/')).toBe(path.join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://mentorkorps/assets/index-abc.js?v=1#x')).toBe(path.join(dist, 'assets', 'index-abc.js'));
    expect(resolveAppFile(dist, 'app://mentorkorps/fonts/Inter%20Bold.woff2')).toBe(path.join(dist, 'fonts', 'Inter Bold.woff2'));
  });
  it('plain dot segments are removed by the URL parser and stay inside dist/', () => {
    expect(resolveAppFile(dist, 'app://mentorkorps/../secret.txt')).toBe(path.join(dist, 'secret.txt'));
    expect(resolveAppFile(dist, 'app://mentorkorps/%2e%2e/secret.txt')).toBe(path.join(dist, 'secret.txt'));
  });
  it.each([
    'app://mentorkorps/assets/..%2f..%2fsecret.txt',
    'app://mentorkorps/..%2Fsecret.txt',
    'app://mentorkorps/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://mentorkorps/..%5csecret.txt',
    'app://mentorkorps/index.html%00.png',
    'app://mentorkorps/%E0%A4%A',
    'app://mentorkorps/C:%2fWindows%2fwin.ini',
    'app://mentorkorps/index.html::$DATA',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(dist, url)).toBeNull();
  });
  it('refuses anything that would leave dist/ (checked with Windows path rules too)', () => {
    for (const p of [path.posix, path.win32]) {
      const root = p === path.win32 ? 'C:\\Programmer\\Mentorkorps\\dist' : '/opt/dist';
      expect(resolveAppFile(root, 'app://mentorkorps/..%2f..%2fsecret.txt', p)).toBeNull();
      expect(resolveAppFile(root, 'app://mentorkorps/..%5c..%5csecret.txt', p)).toBeNull();
      expect(resolveAppFile(root, 'app://mentorkorps/C:%5cWindows%5cwin.ini', p)).toBeNull();
      expect(resolveAppFile(root, 'app://mentorkorps/assets/a.js', p)).toBe(p.join(root, 'assets', 'a.js'));
    }
  });
});

describe('appResponse', () => {
  let tmp: string;
  let dist: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-proto-'));
    dist = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Mentorkorps</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index.js'), 'export {};');
    fs.writeFileSync(path.join(dist, 'assets', 'index.css'), 'body{}');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'hemmeligt');
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('serves the page with its content type, the CSP (frame-ancestors included) and nosniff', async () => {
    const res = await appResponse(dist, APP_INDEX_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP_HEADER);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Mentorkorps</title>');
  });
  it('serves scripts and styles with their own types', async () => {
    expect((await appResponse(dist, 'app://mentorkorps/assets/index.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await appResponse(dist, 'app://mentorkorps/assets/index.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
  it('answers 404 for missing files, folders and anything outside dist/', async () => {
    for (const url of ['app://mentorkorps/nope.js', 'app://mentorkorps/assets', 'app://mentorkorps/..%2fsecret.txt', 'app://mentorkorps/%2e%2e/secret.txt']) {
      const res = await appResponse(dist, url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('hemmeligt');
    }
  });
  it('refuses anything but GET and HEAD', async () => {
    expect((await appResponse(dist, APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await appResponse(dist, APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('CSP', () => {
  it('the header carries exactly the policy of the meta tag in renderer/index.html', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP);
    expect(APP_CSP_HEADER.startsWith(RENDERER_CSP)).toBe(true);
  });
});
