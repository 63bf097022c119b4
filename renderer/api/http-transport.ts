import type { CallResult } from '../../shared/api/bridge';
import type { CoreEvent } from '../../shared/api/events';
import { TransportError } from './api-errors';
import type { Transport } from './api-client';

const TOKEN_HEADER = 'X-Retrofit-Token';

/**
 * The browser host: calls are POSTs answered with {ok, result | error} (HTTP 200 either way, 401
 * with an error body for a wrong token); events come over one shared EventSource.
 */
export function httpTransport(token: string): Transport {
  const listeners = new Set<(event: CoreEvent) => void>();
  let source: EventSource | null = null;

  const broadcast = (event: CoreEvent) => {
    for (const listener of listeners) listener(event);
  };

  const openEvents = () => {
    const es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    let dropped = false;
    es.onmessage = (message: MessageEvent<string>) => {
      try {
        broadcast(JSON.parse(message.data) as CoreEvent);
      } catch {
        // A malformed event carries nothing a page could act on.
      }
    };
    es.onerror = () => {
      dropped = true;
    };
    es.onopen = () => {
      // Changes made while the stream was down were never announced: have every page refetch.
      if (dropped) broadcast({ type: 'workspace-changed', scope: 'workspace' });
      dropped = false;
    };
    return es;
  };

  return {
    async send(method, input): Promise<CallResult> {
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch (e) {
        throw new TransportError(method, e instanceof Error ? e.message : String(e));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new TransportError(method, `HTTP ${response.status} without a JSON answer`);
      }
      if (typeof body !== 'object' || body === null || typeof (body as CallResult).ok !== 'boolean') {
        throw new TransportError(method, `HTTP ${response.status} with an unexpected answer`);
      }
      return body as CallResult;
    },
    subscribe(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
