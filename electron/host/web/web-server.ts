import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../../core/core';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import { rendererHeaders } from '../../core/files/renderer-files';
import { resolveStatic } from './static-files';
import { RequestGuard } from './request-guard';

/** Large enough for any form, small enough that a runaway client cannot exhaust memory. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** A register of several hundred thousand rows is well under this. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningWebServer {
  /** The address actually bound: always the loopback one. */
  address: string;
  port: number;
  /** Open this to use the app; the token travels in the fragment, which browsers never send. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  params: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: new AppError(code, params).toWire() });
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Serves the renderer and the API on 127.0.0.1 only. The same core and contract as the desktop
 * app: this is how the whole product runs in a browser for tests and for users without Electron.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { core, staticDir, token } = options;
  if (!fs.existsSync(`${staticDir}/index.html`)) {
    throw new Error(
      `The renderer is not built (${staticDir}/index.html missing): run npm run build:renderer`,
    );
  }
  let guard: RequestGuard | null = null;
  const streams = new Set<ServerResponse>();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!guard || !guard.hostAllowed(req)) return sendError(res, 403, 'UNAUTHORIZED');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (!guard.originAllowed(req)) return sendError(res, 403, 'UNAUTHORIZED');
      if (url.pathname === '/api/events') return events(req, res, url);
      if (url.pathname === '/api/upload') return upload(req, res);
      if (url.pathname.startsWith('/api/download/')) return download(req, res, url);
      if (url.pathname.startsWith('/api/call/')) return apiCall(req, res, url);
      return sendError(res, 404, 'UNKNOWN_METHOD', { method: url.pathname.slice(0, 80) });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
      return void res.end();
    }
    const found = resolveStatic(staticDir, url.pathname);
    if (!found) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Not found');
    }
    const isHtml = found.contentType.startsWith('text/html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      ...rendererHeaders(found.contentType),
      'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(found.file).pipe(res);
  }

  async function apiCall(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'UNAUTHORIZED');
    if (!guard!.tokenValid(req.headers['x-retrofit-token'])) return sendError(res, 401, 'UNAUTHORIZED');
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 415, 'UNAUTHORIZED');
    }
    const body = await readBody(req);
    if (body === null)
      return sendJson(res, 413, {
        ok: false,
        error: new AppError('VALIDATION', {}, [
          { path: [], key: 'validation.too_big', params: { maximum: MAX_BODY_BYTES } },
        ]).toWire(),
      });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: new AppError('VALIDATION', {}, [
          { path: [], key: 'validation.invalid_type', params: { expected: 'JSON' } },
        ]).toWire(),
      });
    }
    const method = decodeURIComponent(url.pathname.slice('/api/call/'.length));
    sendJson(res, 200, await core.dispatch(method, input));
  }

  /** A file the user picked in the browser: streamed to a private temp file, known to the API by id. */
  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'UNAUTHORIZED');
    if (!guard!.tokenValid(req.headers['x-retrofit-token'])) return sendError(res, 401, 'UNAUTHORIZED');
    // Not a type a plain cross-site form can send, like the JSON the API calls require.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
      return sendError(res, 415, 'UNAUTHORIZED');
    }
    let name = 'upload';
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload')).slice(0, 200);
    } catch {
      // keep the fallback name: the content is what matters
    }
    try {
      const ref = await core.files.registerUpload(name, req, MAX_UPLOAD_BYTES);
      sendJson(res, 200, { ok: true, result: ref });
    } catch (e) {
      req.resume();
      sendJson(res, e instanceof AppError && e.code === 'FILE_TOO_LARGE' ? 413 : 500, {
        ok: false,
        error: (e instanceof AppError ? e : new AppError('INTERNAL')).toWire(),
      });
    }
  }

  /** An export the core wrote: sent as an attachment once; the link carries the token like the events. */
  function download(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' || !guard!.tokenValid(url.searchParams.get('token'))) {
      return sendError(res, 401, 'UNAUTHORIZED');
    }
    const fileId = decodeURIComponent(url.pathname.slice('/api/download/'.length));
    let file;
    try {
      file = core.files.resolve(fileId, 'download');
    } catch {
      return sendError(res, 404, 'NOT_FOUND', { what: 'file', id: fileId.slice(0, 40) });
    }
    const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/octet-stream',
      'Content-Length': fs.statSync(file.path).size,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file.path).pipe(res);
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    // EventSource cannot send headers, so the token comes in the query for this one stream.
    if (req.method !== 'GET' || !guard!.tokenValid(url.searchParams.get('token'))) {
      return sendError(res, 401, 'UNAUTHORIZED');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = core.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  guard = new RequestGuard(port, token);
  return {
    address,
    port,
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
