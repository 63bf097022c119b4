/**
 * An import's threads started ahead (while the preview shows): they wait for their task, run the
 * import they are given like threads started for it, are let go when no import came in time, and
 * the core starts a pair on a preview and uses it for the import that follows.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobTask } from '../../../electron/core/jobs/job-tasks';
import { runJob } from '../../../electron/core/jobs/run-job';
import { WarmImportThreads } from '../../../electron/core/jobs/warm-import-threads';
import type { ImportResult } from '../../../shared/register/register-api';
import { allRows, fixture, openStore, REFERENCE_YEAR } from './store-helpers';

const warmPools: WarmImportThreads[] = [];
afterEach(() => {
  for (const w of warmPools.splice(0)) w.close();
});

/** Resolves once the thread has ended (at once when it has already). */
const ended = (thread: Worker) => (thread.threadId === -1 ? Promise.resolve() : once(thread, 'exit'));

function importTask(enterpriseId: number, file: string): JobTask {
  return {
    kind: 'import',
    source: { path: file, ref: { fileId: 'f1', name: 'register.csv', sizeBytes: fs.statSync(file).size } },
    params: { enterpriseId, referenceYear: REFERENCE_YEAR },
    read: { remembered: {}, referenceYear: REFERENCE_YEAR },
  };
}

describe('import threads started ahead', () => {
  it('wait for their task, then import the file as threads started for it do', async () => {
    const warm = new WarmImportThreads();
    warmPools.push(warm);
    warm.prepare();
    const ready = warm.take()!;
    expect(ready).not.toBeNull();
    // One pair at a time: taken, none is left waiting.
    expect(warm.take()).toBeNull();
    // Loaded and waiting: nothing happens until the task comes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ready.reader.threadId).toBeGreaterThan(0);

    const file = fixture('register-standard-200.csv');
    const first = await openStore();
    const fresh = await openStore();
    const viaReady = await runJob<ImportResult>(first.ws.file, importTask(first.enterpriseId, file), {
      ready,
    });
    const viaFresh = await runJob<ImportResult>(fresh.ws.file, importTask(fresh.enterpriseId, file), {});
    expect(viaReady.imported).toBe(200);
    expect({ ...viaReady, changeSetId: 0 }).toEqual({ ...viaFresh, changeSetId: 0 });
    const strip = (rows: Awaited<ReturnType<typeof allRows>>) =>
      rows.map(({ id: _id, updated_at: _at, ...row }) => row);
    expect(strip(await allRows(first.core, first.enterpriseId))).toEqual(
      strip(await allRows(fresh.core, fresh.enterpriseId)),
    );
    // The job's end lets both threads go.
    await Promise.all([ended(ready.reader), ended(ready.writer)]);
  }, 30_000);

  it('are let go when no import came in time', async () => {
    const warm = new WarmImportThreads(200);
    warmPools.push(warm);
    warm.prepare();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(warm.take()).toBeNull();
  });

  it('are started by a preview and taken by the import that follows it', async () => {
    const { core, enterpriseId } = await openStore();
    const file = fixture('register-messy-300.xlsx');
    const { fileId } = core.files.registerRead(file);
    const preview = await core.call('equipment.importPreview', { enterpriseId, fileId });
    expect(preview.sample.length).toBeGreaterThan(0);
    const pair = (core as unknown as { importThreads: WarmImportThreads }).importThreads.peek();
    expect(pair).not.toBeNull();
    const result = await core.call('equipment.import', { enterpriseId, fileId });
    expect(result.imported).toBe(300);
    // The import ran on that pair, which is let go with the job; none waits after it.
    await Promise.all([ended(pair!.writer), ended(pair!.reader)]);
    expect((core as unknown as { importThreads: WarmImportThreads }).importThreads.peek()).toBeNull();
    core.close();
  }, 30_000);
});
