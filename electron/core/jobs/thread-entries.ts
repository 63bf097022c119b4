/**
 * The files runJob starts threads from. Each is bundled on its own (dist/electron/<name>.cjs in the
 * packaged app), so a thread loads only the code it runs: an import's writer and reader start in
 * about half the time the whole core's job code takes to load.
 */
export const THREAD_ENTRIES = {
  /** Register exports. */
  'job-worker': 'electron/core/jobs/job-worker.ts',
  /** An import's writing side: the transaction, the inserts. */
  'import-writer-thread': 'electron/core/jobs/import-writer-thread.ts',
  /** An import's reading side: the file read, mapped and normalised. */
  'import-reader-thread': 'electron/core/jobs/import-reader-thread.ts',
  /** A big client's hand-off file: its export, preview and import. */
  'handoff-thread': 'electron/core/jobs/handoff-thread.ts',
} as const;

export type ThreadName = keyof typeof THREAD_ENTRIES;
