import type { ApiClient, MethodName, MethodOutput } from '../../shared/api/contract';
import type { CallResult } from '../../shared/api/bridge';
import { isWireError } from '../../shared/api/errors';
import type { CoreEvent } from '../../shared/api/events';
import { ApiError, TransportError } from './api-errors';

/** What a transport has to provide; it only moves bytes, the client gives them their types. */
export interface Transport {
  /** Resolves with the core's answer; rejects with TransportError when there is none. */
  send(method: MethodName, input: unknown): Promise<CallResult>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
      const answer = await transport.send(method, input);
      if (answer.ok) return answer.result as MethodOutput<M>;
      if (!isWireError(answer.error)) throw new TransportError(method, 'malformed error answer');
      throw new ApiError(method, answer.error);
    },
    onEvent: (listener) => transport.subscribe(listener),
  };
}
