/**
 * The policy the renderer runs under, wherever it is served: the Electron shell's app:// protocol,
 * the browser host, and the page's own meta tag. scripts/check-electronegativity.ts evaluates it.
 *
 * style-src allows inline styles because Ant Design injects its CSS-in-JS at run time; scripts stay
 * 'self' only, so an injected style cannot become script execution.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
