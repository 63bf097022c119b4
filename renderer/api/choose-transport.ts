import { createApiClient } from './api-client';
import { restartOnNewToken, takeBrowserToken } from './browser-token';
import { electronTransport } from './electron-transport';
import { httpTransport } from './http-transport';
import type { ApiClient } from '../../shared/api/contract';

/**
 * Chosen once at start-up: inside Electron the preload's bridge, otherwise the browser host. Without
 * a token every call comes back UNAUTHORIZED, which the app explains to the user.
 */
export function connectToCore(): ApiClient {
  if (window.retrofit) return createApiClient(electronTransport(window.retrofit));
  restartOnNewToken();
  return createApiClient(httpTransport(takeBrowserToken() ?? ''));
}
