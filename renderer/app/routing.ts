import { useSyncExternalStore } from 'react';

/**
 * Pages live in the URL's fragment (#/enterprises/12, #/enterprises/12/register): it survives a
 * reload in the browser host and needs nothing from the server or the app:// protocol, which serve
 * one index.html.
 */
export type Route =
  | { page: 'enterprises' }
  | { page: 'enterprise'; id: number }
  | { page: 'register'; enterpriseId: number }
  | { page: 'backups' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'backups') return { page: 'backups' };
  if (parts[0] === 'enterprises' && parts[1] && /^\d+$/.test(parts[1])) {
    const id = Number(parts[1]);
    return parts[2] === 'register' ? { page: 'register', enterpriseId: id } : { page: 'enterprise', id };
  }
  return { page: 'enterprises' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'enterprises':
      return '#/enterprises';
    case 'enterprise':
      return `#/enterprises/${route.id}`;
    case 'register':
      return `#/enterprises/${route.enterpriseId}/register`;
    case 'backups':
      return '#/backups';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
