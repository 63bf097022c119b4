import type { WireError } from './errors';
import type { CoreEvent } from './events';

/** What one call returns over any transport: the core's result, or the error it raised. */
export type CallResult = { ok: true; result: unknown } | { ok: false; error: WireError };

/**
 * What the Electron preload exposes as `window.retrofit`: the API contract and nothing else. The
 * renderer turns it into a typed ApiClient; the preload and the renderer both compile against this.
 */
export interface RetrofitBridge {
  call(method: string, input: unknown): Promise<CallResult>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
}
