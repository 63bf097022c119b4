/**
 * Serves the built renderer (dist/renderer) on `app://retrofit/` instead of file://, so the page has
 * a real origin: the CSP's 'self' means only our files, the IPC sender check can compare origins,
 * and no file on disk outside the renderer folder is reachable from the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-origin';
import { contentTypeOf, rendererHeaders, resolveRendererPath } from '../core/files/renderer-files';

/**
 * standard: relative URLs, origin and cookies work like https. secure: the page is a secure context
 * (crypto.subtle, no mixed-content downgrade). supportFetchAPI/corsEnabled: Vite's
 * `<script type="module" crossorigin>` loads through the CORS path even for same-origin files.
 * codeCache lets V8 cache the bundle between launches. No bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Chromium reads scheme privileges once at start-up, so this must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function securityHeaders(contentType: string): Headers {
  return new Headers({ ...rendererHeaders(contentType), 'Cache-Control': 'no-cache' });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Maps an app:// URL to a file inside root, or null (see resolveRendererPath). */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  if (!isAppUrl(rawUrl)) return null;
  const url = parseUrl(rawUrl);
  return url ? resolveRendererPath(root, url.pathname) : null;
}

async function readFileOrNull(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return null;
    return await fs.promises.readFile(file);
  } catch {
    return null;
  }
}

/**
 * The protocol handler. The renderer routes by URL fragment, so every real request names a file;
 * anything else is a 404 with a readable body (and the same headers), never a blank page.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppPath(root, request.url);
    const body = file === null ? null : await readFileOrNull(file);
    if (file === null || body === null) {
      return textResponse(
        404,
        'Not found. The interface files may be missing or damaged; reinstall the app.',
      );
    }
    const type = contentTypeOf(file);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: securityHeaders(type),
    });
  };
}

/** Binds the handler on the session the window uses; call after `app` is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
