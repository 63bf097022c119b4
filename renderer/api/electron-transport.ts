import type { RetrofitBridge } from '../../shared/api/bridge';
import { TransportError } from './api-errors';
import type { Transport } from './api-client';

declare global {
  interface Window {
    /** Present only inside the Electron shell, put there by the preload script. */
    retrofit?: RetrofitBridge;
  }
}

export function electronTransport(bridge: RetrofitBridge): Transport {
  return {
    send: (method, input) =>
      bridge.call(method, input).catch((e: unknown) => {
        // IPC itself failed (the main process is gone); the core never answered.
        throw new TransportError(method, e instanceof Error ? e.message : String(e));
      }),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
