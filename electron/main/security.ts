/**
 * Guards every webContents the app creates: the page may only ever be our own app:// origin, new
 * windows are never created, a few public-authority sites open in the user's browser, and the web
 * platform's permission prompts (camera, location, notifications, …) are all refused — a planning
 * tool needs none of them, and an injected script must not get them either.
 */
import { shell, type App, type Session, type WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-origin';

/**
 * Sites the app links to (funding programme notices). Exact https origins only: no subdomain
 * wildcard, so a look-alike host cannot slip through.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [
  'https://www.sz.gov.cn',
  'https://gxj.sz.gov.cn',
  'https://www.miit.gov.cn',
];

/** Returns the normalised URL when it may be opened in the user's browser, otherwise null. */
export function allowedExternalUrl(raw: unknown): string | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return EXTERNAL_ORIGINS.includes(url.origin) ? url.href : null;
}

/** Hands an allowlisted URL to the system browser; anything else is dropped. */
export function openExternalIfAllowed(raw: unknown): boolean {
  const href = allowedExternalUrl(raw);
  if (href === null) return false;
  // The argument is the re-serialised URL that passed the allowlist just above, so Electronegativity's
  // "openExternal with a non-constant argument" review item is answered here.
  shell.openExternal(href).catch((e: unknown) => console.error('[shell] openExternal failed', e)); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

interface NavigationDetails {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/**
 * Top-level navigation away from the app would take the preload bridge with it, so it is stopped;
 * an allowlisted link goes to the system browser instead. Subframes get the same origin rule
 * (the CSP already keeps frames to 'self').
 */
function guardNavigation(details: NavigationDetails, openExternally: boolean): void {
  if (isAppUrl(details.url)) return;
  details.preventDefault();
  if (openExternally) openExternalIfAllowed(details.url);
}

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (details) => guardNavigation(details, true));
  contents.on('will-redirect', (details) => guardNavigation(details, false));
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame) guardNavigation(details, false);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  // webviewTag is off in every window we create; this refuses a <webview> even if one slipped in.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every webContents, including ones we never create on purpose, gets the guards. */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
