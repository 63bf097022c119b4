import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppPath,
  serveApp,
} from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';
import type { Protocol } from 'electron';

const SECRET = 'root:x:0:0:secret-outside-the-renderer';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  // base/etc/passwd is what `../../etc/passwd` from base/app/renderer would reach.
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-protocol-'));
  root = path.join(base, 'app', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(base, 'etc'));
  fs.writeFileSync(path.join(base, 'etc', 'passwd'), SECRET);
  fs.writeFileSync(path.join(base, 'app', 'package.json'), SECRET);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>技改规划助手</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(root, '.env'), SECRET);
  handle = createAppRequestHandler(root);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the renderer with a strict Content-Security-Policy header', async () => {
    const response = await get('app://retrofit/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('技改规划助手');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const directives = csp!.split(';').map((d) => d.trim());
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
    ]) {
      expect(directives).toContain(d);
    }
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
  });

  it('serves the root as index.html and assets with their types', async () => {
    expect(await (await get('app://retrofit/')).text()).toContain('技改规划助手');
    const js = await get('app://retrofit/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://retrofit/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it.each([
    'app://retrofit/../../etc/passwd',
    'app://retrofit/%2e%2e/%2e%2e/etc/passwd',
    'app://retrofit/..%2F..%2Fetc%2Fpasswd',
    'app://retrofit/..%2f..%2fpackage.json',
    'app://retrofit/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://retrofit/..%5C..%5Cetc%5Cpasswd',
    'app://retrofit/%2E%2E%5C%2E%2E%5Cetc%5Cpasswd',
    'app://retrofit/..%252F..%252Fetc%252Fpasswd',
    'app://retrofit/index.html%00.png',
    'app://retrofit/.env',
    'app://retrofit/assets/%2e%2e/.env',
    'app://retrofit/C:%5CWindows%5Cwin.ini',
    'app://retrofit/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret-outside-the-renderer');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses an absolute path smuggled in encoded', async () => {
    const response = await get(`app://retrofit/${encodeURIComponent(path.join(base, 'etc', 'passwd'))}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret-outside-the-renderer');
  });

  it('never resolves outside the renderer folder', () => {
    for (const url of ['app://retrofit/..%2F..%2Fetc%2Fpasswd', 'app://retrofit/%2e%2e%5c%2e%2e%5cetc']) {
      expect(resolveAppPath(root, url)).toBeNull();
    }
    expect(resolveAppPath(root, 'app://retrofit/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppPath(root, 'app://retrofit/assets/x.js')).toBe(path.join(root, 'assets', 'x.js'));
  });

  it('answers only its own host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://retrofit:81/index.html')).status).toBe(404);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('reports a missing file as a readable 404, not an empty page', async () => {
    const response = await get('app://retrofit/assets/missing.js');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/Not found/);
    expect((await get('app://retrofit/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD; HEAD has no body', async () => {
    expect((await get('app://retrofit/index.html', 'POST')).status).toBe(405);
    const head = await get('app://retrofit/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the scheme as standard and secure, without bypassing CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([APP_SCHEME_PRIVILEGES]);
    const [scheme] = protocol.registerSchemesAsPrivileged.mock
      .calls[0]![0] as (typeof APP_SCHEME_PRIVILEGES)[];
    expect(scheme!.scheme).toBe('app');
    expect(scheme!.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme!.privileges?.bypassCSP).not.toBe(true);
    expect(scheme!.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('binds the handler to the app scheme', async () => {
    const protocol = { handle: vi.fn() };
    serveApp(protocol as unknown as Protocol, root);
    expect(protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = protocol.handle.mock.calls[0]! as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://retrofit/index.html'))).status).toBe(200);
  });
});
