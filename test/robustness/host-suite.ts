/**
 * The browser host under attack from other pages and other machines: requests without the token or
 * with a wrong one, the token where the host does not take it, foreign Origin and Sec-Fetch-Site,
 * foreign and DNS-rebinding Host headers, traversal in static and download paths (encoded every way
 * a server has been fooled), and binds to a non-loopback address. Every one must be refused, the
 * workspace must not change, no file outside the renderer folder may be served, and an upload's
 * name must not place its bytes outside the core's temp folder. A control request with the token
 * must still work, so the refusals are not a dead server's.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { Core } from '../../electron/core/core';
import { buildElectron, PROJECT_DIR } from '../../scripts/build-electron';
import { startWebServer, type WebServerOptions } from '../../electron/host/web/web-server';
import { figuresOf, type RobustnessSuite } from './robustness-figures';
import { workspaceDumpHash } from './api-abuse-suite';

const SUITE = 'host';
const SECRET = 'f4-secret-' + 'outside-the-renderer';

interface Reply {
  status: number;
  body: string;
}

interface Attempt {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Raw request text instead (for headers Node's client will not send: no Host, odd request lines). */
  raw?: string;
}

function send(port: number, a: Attempt): Promise<Reply> {
  if (a.raw !== undefined) return sendRaw(port, a.raw);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: a.method ?? 'GET',
        path: a.path,
        headers: a.headers,
        setHost: !a.headers || !Object.keys(a.headers).some((h) => h.toLowerCase() === 'host'),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    if (a.body !== undefined) req.write(a.body);
    req.end();
  });
}

/** Writes the request bytes as given and reads the status line of the answer. */
function sendRaw(port: number, text: string): Promise<Reply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('connect', () => socket.write(text));
    socket.on('data', (c) => (data += c.toString('utf8')));
    const done = () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    };
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', () => done());
  });
}

/** Whether anything listens at host:port (a refused or unreachable connection is "no"). */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.setTimeout(2000, () => {
      s.destroy();
      resolve(false);
    });
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

interface DynamicCode {
  file: string;
  what: string;
  context: string;
}

/**
 * Every use of `eval` or `Function` as code rather than as a name in text: called, constructed, or
 * taken as a value (`const F = Function; new F(…)`, `(0, eval)(…)`), found by parsing, so words in
 * comments and strings do not count; `x instanceof Function` and `Function.prototype` do not either.
 */
export function findDynamicCode(file: string, source: string): DynamicCode[] {
  const found: DynamicCode[] = [];
  let ast: Node;
  try {
    ast = parse(source, {
      ecmaVersion: 'latest',
      sourceType: /\.cjs$/.test(file) ? 'script' : 'module',
      allowHashBang: true,
      allowReturnOutsideFunction: true,
    });
  } catch (e) {
    return [{ file, what: 'unparsable', context: e instanceof Error ? e.message : String(e) }];
  }
  type N = { type?: string; name?: string; start: number; end: number; [k: string]: unknown };
  const visit = (n: unknown, parent: N | null, key: string): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((c) => visit(c, parent, key));
    const node = n as N;
    if (node.type === 'Identifier' && (node.name === 'eval' || node.name === 'Function') && parent) {
      const harmless =
        (parent.type === 'MemberExpression' && (key === 'property' || key === 'object')) ||
        (parent.type === 'BinaryExpression' && parent.operator === 'instanceof') ||
        (parent.type === 'Property' && key === 'key') ||
        (parent.type === 'UnaryExpression' && parent.operator === 'typeof') ||
        (parent.type === 'VariableDeclarator' && key === 'id');
      if (!harmless) {
        const at = parent.type === 'CallExpression' || parent.type === 'NewExpression' ? parent : node;
        found.push({
          file,
          what: `${parent.type === 'NewExpression' ? 'new ' : ''}${node.name}${key === 'callee' ? '(' : ' (as a value)'}`,
          context: source.slice(Math.max(0, at.start - 60), Math.min(source.length, at.end + 20)),
        });
      }
    }
    for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') visit(v, node, k);
  };
  visit(ast, null, '');
  return found;
}

/**
 * The dependency code the scan finds, each site with why it never runs in this app. A hit that
 * matches none of these counts against the figure; so does one whose reason stops being true
 * (the API suites trap Function and eval at run time and count what they see compiled).
 */
export const KNOWN_DEPENDENCY_SITES: { pattern: RegExp; where: string; why: string }[] = [
  {
    pattern: /Function\(\s*["'`]return this["'`]\s*\)/,
    where: 'lodash (exceljs), decimal.js (recharts) and similar: global-object fallback',
    why: 'runs only where neither `global` nor `self` exists; both exist in Node, Electron and Chromium',
  },
  {
    pattern: /callback = new Function\(""\s*\+\s*callback\)/,
    where: 'setimmediate polyfill (exceljs)',
    why: 'installs only where setImmediate is missing (never in Node/Electron) and compiles only a string callback',
  },
  {
    pattern:
      /holder\.pIndex|ensureMethod|return obj\.propertyName|"tryCatch",\s*"errorObj",\s*"Promise",\s*"async"|"Promise",\s*"fn",\s*"receiver"/,
    where: 'bluebird (unzipper ← exceljs): code generation for promisify, join, call, get',
    why: 'the app writes workbooks with exceljs and reads them with its own scanner; unzipper uses only props/map/mapSeries',
  },
  {
    pattern: /return obj;\s*eval\(obj\);/,
    where: 'bluebird toFastProperties',
    why: 'dead code after `return obj;` (a V8 hint)',
  },
  {
    pattern: /Function\(`return \(\$\{parameters\}\) => \(\{\$\{properties\}\}\)`\)/,
    where: 'better-sqlite3 rowFactory (reachable: every statement returning rows)',
    why: 'keys are result column names through JSON.stringify (never code); the API suite checks every compiled factory is keyed by plain column names',
  },
  {
    pattern: /"%eval%": eval|"%Function%": Function/,
    where:
      'get-intrinsic (ES shims such as call-bind, is-array-buffer under bundled packages): a table of intrinsics',
    why: 'a reference kept in a table; nothing in the app asks it for %eval% or %Function%',
  },
  {
    pattern: /Function\(\s*"binder"/,
    where: 'function-bind shim',
    why: 'used only where Function.prototype.bind is missing',
  },
  {
    pattern:
      /const F = Function;|F=Function|e=Function,t=this|Function\(``\),!0|new F\(\.\.\.(constantNames|Object\.keys)/,
    where: 'zod v4 JIT (allowsEval probe, Doc.compile, z.compile)',
    why: 'shared/api/zod-setup.ts sets z.config({ jitless: true }) before any schema is built; the API suites trap Function and see none',
  },
];

/** Builds the renderer (vite) and the Electron bundles (esbuild) into a temp folder and scans every .js file. */
async function scanBundles(
  root: string,
): Promise<{ files: number; bytes: number; hits: DynamicCode[]; buildError: string | null }> {
  const rendererOut = path.join(root, 'renderer');
  const vite = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_DIR, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      rendererOut,
      '--emptyOutDir',
    ],
    { cwd: PROJECT_DIR, encoding: 'utf8', timeout: 120_000 },
  );
  if (vite.status !== 0)
    return { files: 0, bytes: 0, hits: [], buildError: `vite build: ${vite.stderr.slice(0, 300)}` };
  const electronOut = path.join(root, 'electron');
  await buildElectron(PROJECT_DIR, electronOut);
  const hits: DynamicCode[] = [];
  let files = 0;
  let bytes = 0;
  // better-sqlite3 stays outside the bundle and ships beside it: its JavaScript is part of the main process too.
  const sqliteLib = path.join(root, 'better-sqlite3');
  fs.cpSync(path.join(PROJECT_DIR, 'node_modules/better-sqlite3/lib'), sqliteLib, { recursive: true });
  for (const dir of [rendererOut, electronOut, sqliteLib]) {
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(c|m)?js$/.test(entry.name)) continue;
      const full = path.join(entry.parentPath, entry.name);
      const source = fs.readFileSync(full, 'utf8');
      files += 1;
      bytes += source.length;
      hits.push(...findDynamicCode(path.relative(root, full), source));
    }
  }
  return { files, bytes, hits, buildError: null };
}

export const suite: RobustnessSuite = async ({ log }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'f4-host-'));
  const staticDir = path.join(root, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(root, '.env'), SECRET);
  const workspacePath = path.join(root, 'ws', 'workspace.sqlite');
  const savedTmp = process.env.TMPDIR;
  const coreTmp = path.join(root, 'tmp');
  fs.mkdirSync(coreTmp);
  process.env.TMPDIR = coreTmp;
  const core = await Core.open({
    workspacePath,
    autoBackupEveryMs: 0,
    logger: { error: () => {}, info: () => {} },
  });
  const token = crypto.randomBytes(32).toString('base64url');
  // An option the host does not have: a caller asking for every interface still gets loopback only.
  const server = await startWebServer({
    core,
    staticDir,
    token,
    port: 0,
    ...({ host: '0.0.0.0', hostname: '::' } as unknown as Partial<WebServerOptions>),
  });
  const port = server.port;
  const json = { 'content-type': 'application/json', 'x-retrofit-token': token };
  const create = JSON.stringify({
    name: '深圳市示例精密制造有限公司',
    uscc: '914403001922038216',
    district: 'baoan',
    industryDivision: '39',
    manufacturingType: 'discrete',
    years: [],
  });
  const apiWrite = '/api/call/enterprise.create';
  const host = `127.0.0.1:${port}`;
  const otherToken = crypto.randomBytes(32).toString('base64url');

  const attempts: Attempt[] = [
    {
      name: 'no token',
      method: 'POST',
      path: apiWrite,
      headers: { 'content-type': 'application/json' },
      body: create,
    },
    {
      name: 'wrong token (same length)',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'x-retrofit-token': otherToken },
      body: create,
    },
    {
      name: 'wrong token (prefix)',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'x-retrofit-token': token.slice(0, 10) },
      body: create,
    },
    {
      name: 'empty token',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'x-retrofit-token': '' },
      body: create,
    },
    {
      name: 'token + one char',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'x-retrofit-token': token + 'x' },
      body: create,
    },
    {
      name: 'token in the query instead of the header',
      method: 'POST',
      path: `${apiWrite}?token=${token}`,
      headers: { 'content-type': 'application/json' },
      body: create,
    },
    {
      name: 'token as a cookie',
      method: 'POST',
      path: apiWrite,
      headers: { 'content-type': 'application/json', cookie: `token=${token}` },
      body: create,
    },
    {
      name: 'token as Authorization: Bearer',
      method: 'POST',
      path: apiWrite,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: create,
    },
    {
      name: 'events with the token in a header only',
      path: '/api/events',
      headers: { 'x-retrofit-token': token },
    },
    { name: 'events with a wrong query token', path: `/api/events?token=${otherToken}` },
    { name: 'download without the token', path: '/api/download/00000000-0000-0000-0000-000000000000' },
    {
      name: 'upload without the token',
      method: 'POST',
      path: '/api/upload',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'x',
    },
    {
      name: 'foreign Origin',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, origin: 'http://evil.example' },
      body: create,
    },
    {
      name: 'Origin null (sandboxed frame, file:)',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, origin: 'null' },
      body: create,
    },
    {
      name: 'Origin with the loopback name as a subdomain',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, origin: `http://127.0.0.1.evil.example:${port}` },
      body: create,
    },
    {
      name: 'Origin of another local port',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, origin: `http://127.0.0.1:${port === 65535 ? 1 : port + 1}` },
      body: create,
    },
    {
      name: 'Origin https instead of http',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, origin: `https://127.0.0.1:${port}` },
      body: create,
    },
    {
      name: 'Sec-Fetch-Site: cross-site',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'sec-fetch-site': 'cross-site' },
      body: create,
    },
    {
      name: 'Sec-Fetch-Site: same-site',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'sec-fetch-site': 'same-site' },
      body: create,
    },
    {
      name: 'DNS rebinding: Host evil.example:PORT',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `evil.example:${port}` },
      body: create,
    },
    {
      name: 'DNS rebinding: Host evil.example',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: 'evil.example' },
      body: create,
    },
    {
      name: 'DNS rebinding on the page: GET / Host evil.example:PORT',
      path: '/',
      headers: { host: `evil.example:${port}` },
    },
    {
      name: 'Host localhost.evil.example:PORT',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `localhost.evil.example:${port}` },
      body: create,
    },
    {
      name: 'Host 127.0.0.1 without the port',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: '127.0.0.1' },
      body: create,
    },
    {
      name: 'Host 127.0.0.1 on another port',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `127.0.0.1:${port === 65535 ? 1 : port + 1}` },
      body: create,
    },
    {
      name: 'Host 0.0.0.0:PORT',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `0.0.0.0:${port}` },
      body: create,
    },
    {
      name: 'Host 127.0.0.2:PORT',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `127.0.0.2:${port}` },
      body: create,
    },
    {
      name: 'Host [::1]:PORT',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `[::1]:${port}` },
      body: create,
    },
    {
      name: 'Host 2130706433:PORT (127.0.0.1 as a number)',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `2130706433:${port}` },
      body: create,
    },
    {
      name: 'Host with a trailing dot',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `localhost.:${port}` },
      body: create,
    },
    {
      name: 'Host with userinfo',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, host: `evil.example@127.0.0.1:${port}` },
      body: create,
    },
    {
      name: 'no Host header (HTTP/1.0)',
      path: apiWrite,
      raw: `POST ${apiWrite} HTTP/1.0\r\ncontent-type: application/json\r\nx-retrofit-token: ${token}\r\ncontent-length: ${Buffer.byteLength(create)}\r\n\r\n${create}`,
    },
    {
      name: 'absolute-form request line naming another host',
      path: apiWrite,
      raw: `POST http://evil.example:${port}${apiWrite} HTTP/1.1\r\nHost: evil.example:${port}\r\ncontent-type: application/json\r\nx-retrofit-token: ${token}\r\ncontent-length: ${Buffer.byteLength(create)}\r\nconnection: close\r\n\r\n${create}`,
    },
    {
      name: 'text/plain body (cross-site form)',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'content-type': 'text/plain' },
      body: create,
    },
    {
      name: 'form-urlencoded body',
      method: 'POST',
      path: apiWrite,
      headers: { ...json, 'content-type': 'application/x-www-form-urlencoded' },
      body: create,
    },
    {
      name: 'GET on an API call',
      path: `${apiWrite}?token=${token}`,
      headers: { 'x-retrofit-token': token },
    },
    { name: 'PUT on the page', method: 'PUT', path: '/index.html', body: 'x' },
  ];
  const traversal = [
    '/..%2f..%2fetc/passwd',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252fsecret.txt',
    '/.%2e/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%c0%ae%c0%ae%c0%afsecret.txt',
    '/..;/secret.txt',
    '/secret.txt%00.html',
    '/index.html%00/../../secret.txt',
    '/%2e%2e/.env',
    '/.env',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:%5cWindows%5cwin.ini',
    '/file:%2f%2f%2fetc%2fpasswd',
    '/\\..\\secret.txt',
    '/static/../../secret.txt',
    '/../secret.txt',
    '/%u002e%u002e/secret.txt',
    '/..%c1%9csecret.txt',
  ];
  for (const p of traversal)
    attempts.push({
      name: `static ${p}`,
      path: p,
      raw: `GET ${p} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    });
  for (const id of ['..%2f..%2fsecret.txt', '%2e%2e%2fsecret.txt', '..\\..\\secret.txt', '%2fetc%2fpasswd']) {
    attempts.push({
      name: `download /api/download/${id}`,
      path: `/api/download/${id}?token=${token}`,
      raw: `GET /api/download/${id}?token=${token} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    });
  }

  const refusedExamples: string[] = [];
  const leaks: string[] = [];
  let refused = 0;
  let controlOk = 0;
  let uploadEscapes: string[] = [];
  let bindRefusals = 0;
  let bindAttempts = 0;
  const bindExamples: string[] = [];
  try {
    const before = workspaceDumpHash(workspacePath);
    for (const a of attempts) {
      let reply: Reply;
      try {
        reply = await send(port, a);
      } catch (e) {
        reply = { status: 0, body: e instanceof Error ? e.message : String(e) };
      }
      const ok = reply.status >= 400 || reply.status === 0;
      if (ok) refused += 1;
      else refusedExamples.push(`${a.name}: HTTP ${reply.status} ${reply.body.slice(0, 80)}`);
      if (reply.body.includes(SECRET) || /root:.*:0:0:/.test(reply.body)) leaks.push(a.name);
    }
    const after = workspaceDumpHash(workspacePath);
    const changed = before === after ? 0 : 1;

    // Control: the same host answers a caller that does everything right.
    const good = await send(port, {
      name: 'control',
      method: 'POST',
      path: '/api/call/enterprise.list',
      headers: { ...json, origin: `http://${host}` },
      body: '{}',
    });
    if (good.status === 200 && good.body.startsWith('{"ok":true')) controlOk += 1;
    const page = await send(port, { name: 'control page', path: '/' });
    if (page.status === 200 && page.body.includes('<title>app</title>')) controlOk += 1;

    // An upload's name comes from the page: it must not place the bytes outside the core's temp folder.
    const hostileNames = [
      '../../f4-escape-upload',
      '..\\..\\f4-escape-upload',
      '/tmp/f4-escape-upload',
      'CON',
      'a/b\\c:d*e?f"g<h>i|j',
      'x'.repeat(300),
    ];
    for (const name of hostileNames) {
      const r = await send(port, {
        name: 'upload',
        method: 'POST',
        path: '/api/upload',
        headers: {
          'content-type': 'application/octet-stream',
          'x-retrofit-token': token,
          'x-file-name': encodeURIComponent(name),
        },
        body: 'bytes',
      });
      const ref = JSON.parse(r.body) as { ok: boolean; result?: { fileId: string } };
      if (!ref.ok || !ref.result) {
        uploadEscapes.push(`${name}: upload refused (${r.body.slice(0, 80)})`);
        continue;
      }
      const stored = core.files.resolve(ref.result.fileId, 'read').path;
      if (!stored.startsWith(coreTmp + path.sep) || path.basename(stored).length > 255)
        uploadEscapes.push(`${name} → ${stored}`);
    }
    uploadEscapes = uploadEscapes.concat(
      fs
        .readdirSync(root)
        .filter((f) => f.includes('f4-escape'))
        .map((f) => `file appeared: ${f}`),
    );

    // Binds: the server must answer on loopback only, whatever the options asked for.
    bindAttempts += 1;
    if (server.address === '127.0.0.1') bindRefusals += 1;
    else bindExamples.push(`bound ${server.address}`);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal);
    for (const i of [...external.map((x) => x.address), '::1']) {
      bindAttempts += 1;
      if (!(await reachable(i, port))) bindRefusals += 1;
      else bindExamples.push(`reachable on ${i}:${port}`);
    }
    // The command line has no way to ask for another interface: an unknown option stops it.
    for (const flag of [
      ['--host', '0.0.0.0'],
      ['--host', '::'],
      ['--bind', '0.0.0.0'],
    ]) {
      bindAttempts += 1;
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'electron/host/web/web-main.ts',
          ...flag,
          '--port',
          '0',
          '--db',
          path.join(root, 'cli.sqlite'),
        ],
        { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 30_000 },
      );
      // Refused for the right reason: the option itself, not a missing build or a crash.
      if (run.status !== 0 && /Unknown option/.test(run.stderr)) bindRefusals += 1;
      else bindExamples.push(`web-main ${flag.join(' ')}: exit ${run.status} ${run.stderr.slice(0, 100)}`);
    }

    const scan = await scanBundles(path.join(root, 'bundles'));
    if (scan.buildError) log(scan.buildError);
    log(
      `${attempts.length} hostile requests, ${refused} refused; binds ${bindRefusals}/${bindAttempts} refused`,
    );
    log(
      `scanned ${scan.files} bundle files (${(scan.bytes / 1e6).toFixed(1)} MB): ${scan.hits.length} eval/Function calls`,
    );
    const unexplained = scan.hits.filter(
      (h) => !KNOWN_DEPENDENCY_SITES.some((k) => k.pattern.test(h.context)),
    );
    for (const k of KNOWN_DEPENDENCY_SITES) {
      const n = scan.hits.filter((h) => k.pattern.test(h.context)).length;
      if (n) log(`  ${n} × ${k.where}: ${k.why}`);
    }
    const fig = figuresOf(SUITE);
    return [
      fig('hostile requests', attempts.length, { atLeast: 60 }),
      fig('hostile requests refused', refused, { atLeast: attempts.length }, refusedExamples),
      fig('responses leaking a file outside the renderer folder', leaks.length, { atMost: 0 }, leaks),
      fig('workspace changes from refused requests', changed, { atMost: 0 }),
      fig('control requests with the token answered', controlOk, { atLeast: 2 }),
      fig(
        'upload names placing bytes outside the temp folder',
        uploadEscapes.length,
        { atMost: 0 },
        uploadEscapes,
      ),
      fig('non-loopback binds and connections tried', bindAttempts, { atLeast: 5 }),
      fig(
        'non-loopback binds and connections refused',
        bindRefusals,
        { atLeast: bindAttempts },
        bindExamples,
      ),
      fig(
        'bundle files scanned (renderer, main, preload, job worker, better-sqlite3)',
        scan.files,
        { atLeast: 4 },
        scan.buildError ? [scan.buildError] : [],
      ),
      fig('eval / Function sites in the bundles (all, dependencies included)', scan.hits.length),
      fig(
        'eval / Function sites not explained as unreachable dependency code',
        unexplained.length,
        { atMost: 0 },
        unexplained.map((h) => `${h.file}: ${h.what} ${h.context.replace(/\s+/g, ' ').slice(0, 160)}`),
      ),
    ];
  } finally {
    await server.close();
    core.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    fs.rmSync(root, { recursive: true, force: true });
  }
};
