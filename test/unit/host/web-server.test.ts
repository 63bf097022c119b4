import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/core';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/web-server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw requests, so the test controls Host and Origin headers the way an attacker's page could. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let dir: string;
let core: Core;
let server: RunningWebServer;
let token: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-host-'));
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder');
  core = await Core.open({ workspacePath: path.join(dir, 'ws.sqlite'), autoBackupEveryMs: 0 });
  token = 'test-token-' + Math.random().toString(36).slice(2);
  server = await startWebServer({ core, staticDir, token, port: 0 });
});

afterEach(async () => {
  await server.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const host = () => ({ Host: `127.0.0.1:${server.port}` });
const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request(server.port, {
    method: 'POST',
    path: `/api/call/${method}`,
    headers: { ...host(), 'Content-Type': 'application/json', 'X-Retrofit-Token': token, ...headers },
    body: JSON.stringify(input),
  });

describe('browser host', () => {
  it('prints a loopback URL carrying the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${token}`);
  });

  it('listens on the loopback interface only', async () => {
    expect(server.address).toBe('127.0.0.1');
    const addresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal);
    for (const a of addresses) {
      await expect(
        new Promise((resolve, reject) => {
          const req = http.request({ host: a.address, port: server.port, path: '/', timeout: 2000 }, resolve);
          req.on('error', reject);
          req.on('timeout', () => req.destroy(new Error('timeout')));
          req.end();
        }),
      ).rejects.toThrow();
    }
    const reply = await request(server.port, { path: '/', headers: host() });
    expect(reply.status).toBe(200);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const reply = await request(server.port, { path: '/', headers: host() });
    expect(reply.body).toContain('<title>app</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers API calls that carry the token and runs them on the real workspace', async () => {
    const created = JSON.parse((await call('enterprise.create', { name: '测试企业' })).body);
    expect(created.ok).toBe(true);
    const list = JSON.parse((await call('enterprise.list', {})).body);
    expect(list.result.map((e: { name: string }) => e.name)).toEqual(['测试企业']);
  });

  it('refuses calls without the token or with a wrong one, and writes nothing', async () => {
    const missing = await call('enterprise.create', { name: 'x' }, { 'X-Retrofit-Token': '' });
    const wrong = await call(
      'enterprise.create',
      { name: 'x' },
      { 'X-Retrofit-Token': token.slice(0, -1) + 'Z' },
    );
    for (const reply of [missing, wrong]) {
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body).error.code).toBe('UNAUTHORIZED');
    }
    expect(await core.call('enterprise.list', {})).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await call('enterprise.list', {}, { Host: `evil.example:${server.port}` });
    expect(rebinding.status).toBe(403);
    const otherPort = await call('enterprise.list', {}, { Host: `127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(403);
    const foreignOrigin = await call('enterprise.create', { name: 'x' }, { Origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const crossSite = await call('enterprise.create', { name: 'x' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const page = await request(server.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect(await core.call('enterprise.list', {})).toEqual([]);
  });

  it('accepts its own origin', async () => {
    const reply = await call('enterprise.list', {}, { Origin: `http://127.0.0.1:${server.port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses non-JSON bodies, so a cross-site form post cannot reach the API', async () => {
    const reply = await call('enterprise.create', { name: 'x' }, { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(await core.call('enterprise.list', {})).toEqual([]);
  });

  it('validates the payload in the core and reports field issues, never a stack trace', async () => {
    const reply = JSON.parse(
      (await call('enterprise.create', { name: 'x', uscc: '914403001922038217' })).body,
    );
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('VALIDATION');
    expect(reply.error.issues[0]).toMatchObject({
      path: ['uscc'],
      key: 'uscc.check',
      params: { expected: '6' },
    });
    expect(JSON.stringify(reply)).not.toMatch(/at .*\.ts:\d+/);
    const malformed = await request(server.port, {
      method: 'POST',
      path: '/api/call/enterprise.create',
      headers: { ...host(), 'Content-Type': 'application/json', 'X-Retrofit-Token': token },
      body: '{"name": ',
    });
    expect(malformed.status).toBe(400);
    const unknown = JSON.parse((await call('fs.readFile', { path: '/etc/passwd' })).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/static/../../secret.txt',
      '/.env',
    ]) {
      const reply = await request(server.port, { path: p, headers: host() });
      expect(reply.body).not.toContain('outside the static folder');
      expect(reply.status).toBe(404);
    }
  });

  it('streams core events to holders of the token only', async () => {
    const refused = await request(server.port, { path: '/api/events?token=nope', headers: host() });
    expect(refused.status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${encodeURIComponent(token)}`,
          headers: host(),
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
            if (text.includes(': connected') && !text.includes('data:'))
              void core.call('enterprise.create', { name: '事件' });
            if (text.includes('data:')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const data = received.split('\n').find((l) => l.startsWith('data:'))!;
    expect(JSON.parse(data.slice(5))).toEqual({ type: 'workspace-changed', scope: 'enterprises' });
  });

  it('takes an upload only with the token and an octet-stream body, and offers an export only as a download with the token', async () => {
    const csv = '设备编号,设备名称,数量\nA-1,数控车床,2\n';
    const refused = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...host(), 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.csv' },
      body: csv,
    });
    expect(refused.status).toBe(401);
    const asForm = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { ...host(), 'Content-Type': 'text/plain', 'X-Retrofit-Token': token },
      body: csv,
    });
    expect(asForm.status).toBe(415);

    const up = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: {
        ...host(),
        'Content-Type': 'application/octet-stream',
        'X-Retrofit-Token': token,
        'X-File-Name': encodeURIComponent('../../台账.csv'),
      },
      body: csv,
    });
    const ref = JSON.parse(up.body).result as { fileId: string; name: string; sizeBytes: number };
    expect(ref.name).not.toContain('/');
    expect(ref.sizeBytes).toBe(Buffer.byteLength(csv));
    const enterprise = JSON.parse((await call('enterprise.create', { name: '上传测试' })).body).result;
    const imported = JSON.parse(
      (await call('equipment.import', { enterpriseId: enterprise.id, fileId: ref.fileId })).body,
    );
    expect(imported.result).toMatchObject({ imported: 1, rejectedCount: 0 });

    const exported = JSON.parse(
      (await call('equipment.export', { enterpriseId: enterprise.id, format: 'csv' })).body,
    ).result;
    const noToken = await request(server.port, {
      path: `/api/download/${exported.file.fileId}`,
      headers: host(),
    });
    expect(noToken.status).toBe(401);
    // An upload is not a download: ids are bound to their purpose.
    const wrongKind = await request(server.port, {
      path: `/api/download/${ref.fileId}?token=${token}`,
      headers: host(),
    });
    expect(wrongKind.status).toBe(404);
    const got = await request(server.port, {
      path: `/api/download/${exported.file.fileId}?token=${token}`,
      headers: host(),
    });
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(got.body).toContain('A-1,数控车床');
  });
});
