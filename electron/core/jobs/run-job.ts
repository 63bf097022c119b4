import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldIssue } from '../../../shared/api/errors';
import type { ReaderThreadData } from '../register/import-rows';
import type { JobMessage, JobQuestion, JobTask, ToJobWorker } from './job-tasks';
import type { ThreadName } from './thread-entries';
import type { StartMessage } from './thread-start';

/**
 * Where a thread's code is: next to the bundle in the packaged app (dist/electron/<name>.cjs), else
 * the TypeScript source, loaded through tsx (development, tests, the browser host, the CLI).
 */
function threadEntry(name: ThreadName): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const bundled = path.join(path.dirname(here), `${name}.cjs`);
  if (here.endsWith('.cjs') && fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: path.join(path.dirname(here), `${name}.ts`), execArgv: ['--import', 'tsx'] };
}

/** A thread loading its code; it waits for its task (thread-start.ts). */
function startThread(name: ThreadName): Worker {
  const entry = threadEntry(name);
  return new Worker(entry.file, { execArgv: entry.execArgv });
}

function tellTask<D>(thread: Worker, data: D, transfer: MessagePort[] = []): void {
  const start: StartMessage<D> = { type: 'start', data };
  thread.postMessage(start, transfer);
}

/** An import's two threads: the reader posts the file's rows to the writer over a channel of their own. */
export interface ImportThreads {
  reader: Worker;
  writer: Worker;
}

/** Starts an import's threads side by side; they load their code while the task is not known yet. */
export function startImportThreads(): ImportThreads {
  return { reader: startThread('import-reader-thread'), writer: startThread('import-writer-thread') };
}

/**
 * Runs a task on worker threads. Progress is relayed; aborting the signal asks the worker to
 * stop, and it rolls back. A worker that dies without answering is reported as an internal error.
 * An import runs on a reading and a writing thread: `ready` ones started ahead
 * (warm-import-threads.ts), or two started now, side by side.
 */
export function runJob<T>(
  workspacePath: string,
  task: JobTask,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    onLog?: (message: string) => void;
    ready?: ImportThreads | null;
    /** Answers what the job asks for on the way (a hand-off import's backup). */
    answer?: (question: JobQuestion) => Promise<unknown>;
  },
): Promise<T> {
  let reader: Worker | null = null;
  let worker: Worker;
  if (task.kind === 'import') {
    const threads = options.ready ?? startImportThreads();
    reader = threads.reader;
    worker = threads.writer;
    const channel = new MessageChannel();
    const readerData: ReaderThreadData = { file: task.source.path, options: task.read, port: channel.port1 };
    tellTask(reader, readerData, [channel.port1]);
    tellTask(worker, { workspacePath, task, readerPort: channel.port2 }, [channel.port2]);
    // Threads started ahead wait unreferenced; at work they keep the process alive.
    reader.ref();
    worker.ref();
  } else {
    worker = startThread(task.kind === 'export' ? 'job-worker' : 'handoff-thread');
    tellTask(worker, { workspacePath, task });
  }
  const tell = (m: ToJobWorker) => worker.postMessage(m);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
      void reader?.terminate();
    };
    const onAbort = () => tell({ type: 'cancel' });
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    const answer = (m: Extract<JobMessage, { type: 'ask' }>) => {
      const asked = options.answer?.(m.question) ?? Promise.reject(new Error(`nobody answers ${m.question}`));
      asked.then(
        (value) => tell({ type: 'answer', id: m.id, value }),
        (e: unknown) =>
          tell({
            type: 'answer',
            id: m.id,
            error: e instanceof AppError ? e.toWire() : null,
            message: e instanceof Error ? e.message : String(e),
          }),
      );
    };
    worker.on('message', (m: JobMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total);
      else if (m.type === 'ask') answer(m);
      else if (m.type === 'result') settle(() => resolve(m.result as T));
      else
        settle(() => {
          if (m.error) {
            reject(
              new AppError(
                m.error.code as ErrorCode,
                m.error.params as never,
                m.error.issues as FieldIssue[],
              ),
            );
          } else {
            options.onLog?.(m.message);
            reject(new AppError('INTERNAL'));
          }
        });
    });
    worker.on('error', (e) =>
      settle(() => {
        options.onLog?.(e.stack ?? e.message);
        reject(new AppError('INTERNAL'));
      }),
    );
    worker.on('exit', (code) =>
      settle(() => {
        options.onLog?.(`job worker exited with code ${code} before answering`);
        reject(new AppError('INTERNAL'));
      }),
    );
    // The reader reports its own failures to the worker; a thread that dies outright cannot, so
    // the worker is told here and rolls back. A reader that finished exits with 0.
    reader?.on('error', (e) => {
      if (!settled) tell({ type: 'reader-failed', message: e.stack ?? e.message });
    });
    reader?.on('exit', (code) => {
      if (code !== 0 && !settled) tell({ type: 'reader-failed', message: `exited with code ${code}` });
    });
  });
}
