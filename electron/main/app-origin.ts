/**
 * The renderer's own origin. Everything the app shows comes from `app://retrofit/`, so "is this our
 * page?" is one URL comparison: navigation guards, the IPC sender check and the protocol handler
 * all ask this module.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'retrofit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses without throwing; null for anything that is not an absolute URL. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for `app://retrofit/...` with no port or credentials. Node's URL keeps the host of a
 * non-special scheme as written, while Chromium lower-cases hosts of standard schemes, so an upper-case
 * host never comes from a real frame and is refused rather than normalised.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
