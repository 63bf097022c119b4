/**
 * Serves the built renderer (dist/renderer) on `app://retrofit/` instead of file://, so the page has
 * a real origin: the CSP's 'self' means only our files, the IPC sender check can compare origins,
 * and no file on disk outside the renderer folder is reachable from the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * Maps an app:// URL to a file inside root, or null. The URL parser already folds literal `..`
 * segments; decoding can bring back `..`, `/`, `\` or NUL (`%2e%2e%2f`, `%5c`, `%00`), so the decoded
 * path is checked segment by segment and the result must still lie inside root. Dotfiles are
 * never served.
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  if (!isAppUrl(rawUrl)) return null;
  const url = parseUrl(rawUrl);
  if (!url) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[\\/]+/).filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.') || s.includes(':'))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, segments.length === 0 ? 'index.html' : segments.join(path.sep));
  if (!file.startsWith(base + path.sep)) return null;
  return file;
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
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
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
