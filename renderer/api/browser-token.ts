const STORAGE_KEY = 'retrofit.token';
const TOKEN_IN_HASH = /(?:^#|&)token=([^&]+)/;

/**
 * The browser host prints its address as `…/#token=…`. The token is moved to sessionStorage, so a
 * reload keeps working while the tab lives, and taken out of the address bar, so it is not left in
 * history or copied along with a link.
 */
export function takeBrowserToken(): string | null {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

/** The token taken at start-up, for requests outside the API client (uploads, downloads). */
export function storedBrowserToken(): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}

/**
 * Pasting the printed address into a tab already on the app changes only the fragment, which does
 * not reload the page: start again so the new token (a restarted host has a new one) is used.
 */
export function restartOnNewToken(): void {
  window.addEventListener('hashchange', () => {
    if (TOKEN_IN_HASH.test(window.location.hash)) window.location.reload();
  });
}
