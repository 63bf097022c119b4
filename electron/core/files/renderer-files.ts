import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy';

/**
 * Serving the built renderer, shared by the Electron shell's app:// protocol and the browser host,
 * so both answer the same files with the same headers.
 */
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

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every renderer response, whichever host serves it. */
export function rendererHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Maps a URL path to a file inside root, or null. URL parsers fold literal `..` segments, but
 * decoding can bring back `..`, `/`, `\` or NUL (`%2e%2e%2f`, `%5c`, `%00`), so the decoded path is
 * checked segment by segment and the result must still lie inside root. Dotfiles are never served.
 */
export function resolveRendererPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
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
