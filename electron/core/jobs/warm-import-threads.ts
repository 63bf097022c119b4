import { startImportThreads, type ImportThreads } from './run-job';

/** How long threads started ahead wait for their import before they are let go. */
const KEEP_MS = 120_000;

/**
 * An import's two threads started ahead, while the user looks at the import's preview: when the
 * import is confirmed their code is loaded (about 130 ms of a 100k-row import's start), and
 * loading it did not compete with the import for the processor. One pair at a time; let go when no
 * import came for KEEP_MS or the workspace closes. They wait unreferenced, so they never keep a
 * process from ending.
 */
export class WarmImportThreads {
  private waiting: { threads: ImportThreads; alive: boolean; timer: NodeJS.Timeout } | null = null;

  constructor(private readonly keepMs = KEEP_MS) {}

  /** Starts a pair unless one is waiting already; a waiting pair waits KEEP_MS from now. */
  prepare(): void {
    if (this.waiting?.alive) {
      this.waiting.timer.refresh();
      return;
    }
    this.close();
    const threads = startImportThreads();
    const waiting = { threads, alive: true, timer: setTimeout(() => this.close(), this.keepMs) };
    waiting.timer.unref();
    for (const t of [threads.reader, threads.writer]) {
      t.unref();
      t.once('exit', () => (waiting.alive = false));
      // A thread that fails to load is let go; the import then starts its own.
      t.once('error', () => (waiting.alive = false));
    }
    this.waiting = waiting;
  }

  /** The pair waiting, if any, left where it is. */
  peek(): ImportThreads | null {
    return this.waiting?.alive ? this.waiting.threads : null;
  }

  /** The waiting pair for an import to use, if one is there and alive. */
  take(): ImportThreads | null {
    const w = this.waiting;
    this.waiting = null;
    if (!w) return null;
    clearTimeout(w.timer);
    if (w.alive) return w.threads;
    void w.threads.reader.terminate();
    void w.threads.writer.terminate();
    return null;
  }

  close(): void {
    const w = this.take();
    if (!w) return;
    void w.reader.terminate();
    void w.writer.terminate();
  }
}
