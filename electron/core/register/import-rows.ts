/**
 * The rows of an import, ready to write: the file read, mapped and normalised, each accepted row
 * as IMPORT_ROW_WIDTH stored values in flat batches, the rejected rows and warnings kept as the
 * import reports them. The same events come from the writing thread itself (readImportRows) or
 * from a thread of their own (readImportRowsFromPort), which reads the next rows while the
 * writing thread inserts the last ones: on 100,000 rows reading and normalising take about as
 * long as inserting.
 */
import type { MessagePort } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldIssue } from '../../../shared/api/errors';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import { MAX_LISTED_ISSUES, type ImportIssue } from '../../../shared/register/register-api';
import { readRegister, type RegisterFileInfo } from '../register-files/register-reader';
import { headerSignature } from './column-mappings';
import { pushImportValues } from './equipment-repository';

export interface ImportRowsOptions {
  sheet?: string;
  mapping?: MappingChoice;
  /** Mappings the enterprise confirmed before, by header signature (column-mappings.ts). */
  remembered: Record<string, MappingChoice>;
  referenceYear: number;
}

export interface ImportIssues {
  rejectedCount: number;
  /** The first MAX_LISTED_ISSUES. */
  rejected: ImportIssue[];
  warningCount: number;
  warnings: ImportIssue[];
  skippedLines: number;
}

export type ImportRowEvent =
  | { kind: 'start'; info: RegisterFileInfo }
  | { kind: 'rows'; values: unknown[] }
  | { kind: 'end'; issues: ImportIssues };

function asIssue(i: ImportIssue): ImportIssue {
  return { line: i.line, column: i.column, field: i.field, value: i.value, key: i.key, params: i.params };
}

/** In the calling thread. */
export async function* readImportRows(
  file: string,
  options: ImportRowsOptions & {
    signal?: AbortSignal;
    onProgress?: (bytesDone: number, bytesTotal: number) => void;
  },
): AsyncGenerator<ImportRowEvent> {
  const issues: ImportIssues = {
    rejectedCount: 0,
    rejected: [],
    warningCount: 0,
    warnings: [],
    skippedLines: 0,
  };
  for await (const event of readRegister(file, {
    sheet: options.sheet,
    mapping: options.mapping,
    remembered: (headers) => options.remembered[headerSignature(headers)] ?? null,
    referenceYear: options.referenceYear,
    signal: options.signal,
    onProgress: (_rows, bytesDone, bytesTotal) => options.onProgress?.(bytesDone, bytesTotal),
  })) {
    if (event.kind === 'start') yield event;
    else if (event.kind === 'rows') {
      const values: unknown[] = [];
      for (const r of event.rows) {
        if (r.row) {
          pushImportValues(r.row, values);
          issues.warningCount += r.warnings.length;
          for (const w of r.warnings)
            if (issues.warnings.length < MAX_LISTED_ISSUES) issues.warnings.push(asIssue(w));
        } else {
          issues.rejectedCount++;
          // One issue per rejected row is what a user fixes first; the rest follow on re-import.
          for (const e of r.errors)
            if (issues.rejected.length < MAX_LISTED_ISSUES) issues.rejected.push(asIssue(e));
        }
      }
      if (values.length > 0) yield { kind: 'rows', values };
    } else {
      issues.skippedLines = event.summary.skippedLines.length;
    }
  }
  yield { kind: 'end', issues };
}

/** Messages of the reading thread. */
type ReaderMessage =
  /** With how far through the file the reader was when it made the event. */
  | { type: 'event'; event: ImportRowEvent; done: number; total: number }
  | { type: 'error'; error: ReturnType<AppError['toWire']> | null; message: string };

/** Messages to the reading thread: an event was written, or the writer wants no more. */
type WriterMessage = { type: 'ack' } | { type: 'stop' };

/** Batches read ahead of the writer at most: bounds the memory a slow writer lets pile up. */
const READ_AHEAD = 8;

/** What the reading thread is started with (jobs/import-reader-thread.ts). */
export interface ReaderThreadData {
  file: string;
  options: ImportRowsOptions;
  /** The other end of the channel is the writing thread's (jobs/import-writer-thread.ts). */
  port: MessagePort;
}

/**
 * The reading thread's side: posts the events, READ_AHEAD batches ahead of the writer's
 * acknowledgements at most, until the end of the file or until the writer says stop.
 */
export async function serveImportRows(data: ReaderThreadData): Promise<void> {
  const { port } = data;
  let unacknowledged = 0;
  let stopped = false;
  let wake: (() => void) | null = null;
  port.on('message', (m: WriterMessage) => {
    if (m.type === 'ack') unacknowledged--;
    else stopped = true;
    wake?.();
    wake = null;
  });
  const post = (m: ReaderMessage) => port.postMessage(m);
  const progress = { done: 0, total: 0 };
  try {
    for await (const event of readImportRows(data.file, {
      ...data.options,
      onProgress: (done, total) => Object.assign(progress, { done, total }),
    })) {
      while (unacknowledged >= READ_AHEAD && !stopped) await new Promise<void>((resolve) => (wake = resolve));
      if (stopped) break;
      unacknowledged++;
      post({ type: 'event', event, ...progress });
    }
  } catch (e) {
    post({
      type: 'error',
      error: e instanceof AppError ? e.toWire() : null,
      message: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
  port.close();
}

/**
 * The same events, read on a thread of their own and received on `port`. Leaving the loop early,
 * or aborting, tells the reader to stop. `readerFailed` is aborted by whoever started the reader
 * when its thread died without a word (its own failures come as messages).
 */
export async function* readImportRowsFromPort(
  port: MessagePort,
  options: {
    signal?: AbortSignal;
    readerFailed?: AbortSignal;
    onProgress?: (bytesDone: number, bytesTotal: number) => void;
  },
): AsyncGenerator<ImportRowEvent> {
  const state: { failure: Error | null; closed: boolean } = { failure: null, closed: false };
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const queue: Extract<ReaderMessage, { type: 'event' }>[] = [];
  port.on('message', (m: ReaderMessage) => {
    if (m.type === 'event') queue.push(m);
    else
      state.failure = m.error
        ? new AppError(m.error.code as ErrorCode, m.error.params as never, m.error.issues as FieldIssue[])
        : new Error(`import reader failed: ${m.message}`);
    notify();
  });
  port.on('close', () => {
    state.closed = true;
    notify();
  });
  const send = (m: WriterMessage) => port.postMessage(m);
  const onReaderFailed = () => {
    state.failure ??= new Error(`import reader died: ${String(options.readerFailed?.reason)}`);
    notify();
  };
  options.signal?.addEventListener('abort', notify);
  options.readerFailed?.addEventListener('abort', onReaderFailed);
  if (options.readerFailed?.aborted) onReaderFailed();
  try {
    for (;;) {
      // Back to the event loop between batches, even with the next one waiting: a cancel arrives
      // as a message.
      await new Promise<void>((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const next = queue.shift();
      if (next) {
        send({ type: 'ack' });
        // Progress as the rows are written, not as they are read ahead.
        if (next.total > 0) options.onProgress?.(next.done, next.total);
        yield next.event;
        if (next.event.kind === 'end') return;
        continue;
      }
      if (state.failure) throw state.failure;
      if (state.closed) throw new Error('import reader stopped before the end of the file');
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    options.signal?.removeEventListener('abort', notify);
    options.readerFailed?.removeEventListener('abort', onReaderFailed);
    if (!state.closed) send({ type: 'stop' });
    port.close();
  }
}
