import { useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { useCoreEvents } from '../api/use-core-events';

export interface JobState {
  jobId: string;
  /** The phase's message key, once the core reported progress. */
  phase: string | null;
  done: number;
  total: number;
  cancelling: boolean;
}

export const CANCELLED = Symbol('cancelled');

/** Job ids are chosen here, so progress events and job.cancel can name the job before it answers. */
function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return 'ui-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One long core job (import, export) at a time: its progress from the core's events, and cancel.
 * A cancelled job resolves to CANCELLED rather than failing, since the user asked for it.
 */
export function useJob() {
  const api = useApi();
  const [job, setJob] = useState<JobState | null>(null);

  useCoreEvents((event) => {
    if (event.type !== 'progress') return;
    setJob((j) =>
      j && j.jobId === event.jobId ? { ...j, phase: event.phase, done: event.done, total: event.total } : j,
    );
  });

  const run = async <T>(work: (jobId: string) => Promise<T>): Promise<T | typeof CANCELLED> => {
    const jobId = newJobId();
    setJob({ jobId, phase: null, done: 0, total: 0, cancelling: false });
    try {
      return await work(jobId);
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'JOB_CANCELLED') return CANCELLED;
      throw error;
    } finally {
      setJob((j) => (j?.jobId === jobId ? null : j));
    }
  };

  const cancel = () => {
    if (!job || job.cancelling) return;
    setJob({ ...job, cancelling: true });
    // The job's own call then fails with JOB_CANCELLED; a job that finished first simply finished.
    void api.call('job.cancel', { jobId: job.jobId }).catch(() => undefined);
  };

  return { job, run, cancel };
}
