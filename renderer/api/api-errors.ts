import type { MethodName } from '../../shared/api/contract';
import type { WireError } from '../../shared/api/errors';

/** Operations on files that are not API calls: the dialogs, the browser host's upload and download. */
export type FileOperation = 'file.chooseOpen' | 'file.chooseSave' | 'file.upload';
type Operation = MethodName | FileOperation;

/** The core refused or failed a call and said why; the WireError is what the UI translates. */
export class ApiError extends Error {
  readonly wire: WireError;
  readonly method: Operation;
  constructor(method: Operation, wire: WireError) {
    super(`${method}: ${wire.code}`);
    this.name = 'ApiError';
    this.method = method;
    this.wire = wire;
  }
}

/** The call never got an answer from the core (the host stopped, the connection dropped). */
export class TransportError extends Error {
  readonly method: Operation;
  constructor(method: Operation, detail: string) {
    super(`${method}: ${detail}`);
    this.name = 'TransportError';
    this.method = method;
  }
}
