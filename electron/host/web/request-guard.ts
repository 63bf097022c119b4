import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser host answers only pages it served itself: the Host header must name the loopback
 * address and port (this defeats DNS rebinding), a cross-origin Origin is refused, and API calls
 * carry the per-launch token.
 */
export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;
  private readonly tokenBytes: Buffer;

  constructor(port: number, token: string) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
    this.tokenBytes = Buffer.from(token);
  }

  hostAllowed(req: IncomingMessage): boolean {
    const host = req.headers.host;
    return typeof host === 'string' && this.hosts.has(host.toLowerCase());
  }

  originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin)) return false;
    // Browsers send this even where Origin is absent; a cross-site fetch never gets through.
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }

  tokenValid(candidate: string | string[] | null | undefined): boolean {
    if (typeof candidate !== 'string') return false;
    const given = Buffer.from(candidate);
    return given.length === this.tokenBytes.length && timingSafeEqual(given, this.tokenBytes);
  }
}
