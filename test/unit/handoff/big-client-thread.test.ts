/**
 * A big client's hand-off runs on a job thread: the export, the preview and the import give what
 * the in-process path gives, the import reporting its progress row by row (round trip byte-identical, zero changes on re-import, the backup the
 * core takes when the thread asks for it), and the core's thread keeps running while the file is
 * read: no pause on it comes near the preview's length, where reading in-process is one pause.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { REPO_ROOT } from '../register-store/store-helpers';
import { buildRichEnterprise, openWorkspace } from './rich-enterprise';

const ROWS = 12_000;

async function bigClient() {
  const a = await buildRichEnterprise();
  const csv = path.join(a.ws.dir, `register-${ROWS}.csv`);
  execFileSync(process.execPath, [
    path.join(REPO_ROOT, 'test/fixtures/gen-inventory.cjs'),
    '--rows',
    String(ROWS),
    '--seed',
    '11',
    '--out',
    csv,
  ]);
  const { imported, updated } = await a.core.call('equipment.import', {
    enterpriseId: a.enterpriseId,
    fileId: a.core.files.registerRead(csv).fileId,
  });
  // The generator's first codes are the rich client's 200 imported ones: those are updated.
  expect(imported + updated).toBe(ROWS);
  return { ...a, rows: 221 + imported };
}

const content = (file: string) => Buffer.from(unzipSync(fs.readFileSync(file))['content.json']!);

/** The longest stretch the core's thread did not get back to its event loop while `work` ran. */
async function longestPause<T>(work: () => Promise<T>): Promise<{ result: T; pauseMs: number; ms: number }> {
  let last = performance.now();
  let pauseMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, pauseMs, ms: performance.now() - t0 };
  } finally {
    clearInterval(tick);
  }
}

async function exportTo(core: Core, enterpriseId: number, file: string) {
  return core.call('handoff.export', { enterpriseId, target: core.files.registerWriteTarget(file).fileId });
}

describe("a big client's hand-off on a job thread", () => {
  it('exports, previews and imports as in process, and the core keeps its event loop meanwhile', async () => {
    const a = await bigClient();
    const first = path.join(a.ws.dir, 'big.retrofit');
    const exported = await exportTo(a.core, a.enterpriseId, first);
    expect(exported.counts.equipment).toBe(a.rows);
    expect(fs.statSync(first).size).toBeGreaterThan(400 * 1024);

    const b = await openWorkspace();
    const fileId = b.core.files.registerRead(first).fileId;
    const previewed = await longestPause(() => b.core.call('handoff.preview', { fileId }));
    expect(previewed.result.match).toEqual({ kind: 'new' });
    expect(previewed.result.changes.find((c) => c.part === 'equipment')).toMatchObject({
      added: a.rows,
      removed: 0,
    });
    expect(previewed.pauseMs).toBeLessThan(previewed.ms / 2);

    const progress: { done: number; total: number }[] = [];
    b.core.onEvent((e) => {
      if (e.type === 'progress' && e.jobId === 'big-import') progress.push({ done: e.done, total: e.total });
    });
    const imported = await b.core.call('handoff.import', { fileId, mode: 'auto', jobId: 'big-import' });
    // The bar moves while the rows go in, forward only, and ends full.
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
    expect(progress.at(-1)).toEqual({ done: progress[0]!.total, total: progress[0]!.total });
    expect(imported).toMatchObject({ created: true, backup: null });
    const second = path.join(b.ws.dir, 'again.retrofit');
    await exportTo(b.core, imported.enterpriseId, second);
    expect(content(second).equals(content(first))).toBe(true);

    // Over the same client: the thread asks, the core takes the backup, nothing differs.
    const again = await a.core.call('handoff.import', {
      fileId: a.core.files.registerRead(first).fileId,
      mode: 'auto',
    });
    expect(again).toMatchObject({ enterpriseId: a.enterpriseId, created: false });
    expect(again.changes.every((c) => c.added + c.changed + c.removed === 0)).toBe(true);
    const backups = await a.core.call('backup.list', {});
    expect(backups.find((x) => x.name === again.backup)?.kind).toBe('pre-import');
    a.core.close();
    b.core.close();
  }, 120_000);
});
