import { parentPort } from 'node:worker_threads';

/** runJob's first message to every job thread: what to do, ports included. */
export interface StartMessage<D> {
  type: 'start';
  data: D;
}

/**
 * The task a job thread is started for. Threads are started first and told their task after,
 * so an import's threads can be started ahead, while the user still looks at the preview.
 */
export function threadTask<D>(): Promise<D> {
  return new Promise((resolve) => parentPort!.once('message', (m: StartMessage<D>) => resolve(m.data)));
}
