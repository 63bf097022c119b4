import type { MethodName } from '../../shared/api/contract';
import type { WireError } from '../../shared/api/errors';

/** The core refused or failed a call and said why; the WireError is what the UI translates. */
export class ApiError extends Error {
  readonly wire: WireError;
  readonly method: MethodName;
  constructor(method: MethodName, wire: WireError) {
    super(`${method}: ${wire.code}`);
    this.name = 'ApiError';
    this.method = method;
    this.wire = wire;
  }
}

/** The call never got an answer from the core (the host stopped, the connection dropped). */
export class TransportError extends Error {
  readonly method: MethodName;
  constructor(method: MethodName, detail: string) {
    super(`${method}: ${detail}`);
    this.name = 'TransportError';
    this.method = method;
  }
}
