import { randomUUID } from 'node:crypto';

/** Long jobs that can be cancelled by id while they run. */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string = randomUUID()): { jobId: string; signal: AbortSignal; finish(): void } {
    const controller = new AbortController();
    // A client reusing an id of a job still running gets the old one cancelled, not a silent clash.
    this.running.get(jobId)?.abort();
    this.running.set(jobId, controller);
    return {
      jobId,
      signal: controller.signal,
      finish: () => {
        if (this.running.get(jobId) === controller) this.running.delete(jobId);
      },
    };
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }
}
