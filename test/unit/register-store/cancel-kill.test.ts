/**
 * A large import stopped midway writes nothing: cancelled through `job.cancel` (the worker rolls
 * back), or its process killed with SIGKILL (SQLite never commits the open transaction). Either
 * way the workspace passes integrity_check and the register's tables are exactly as before.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/api/events';
import { expectAppError, readRaw } from '../core/helpers';
import {
  genInventoryScript,
  importFile,
  integrityCheck,
  openStore,
  registerChecksum,
  REPO_ROOT,
} from './store-helpers';

let scratch = '';
/**
 * 30,000 rows (3 MB) for cancelling; 150,000 rows (16 MB) for killing: that import's transaction
 * spills pages into the WAL long before it commits, which is the moment the kill must hit.
 */
let csv30k = '';
let csv150k = '';

function generate(rows: number): string {
  const out = path.join(scratch, `register-${rows}.csv`);
  execFileSync(
    process.execPath,
    [genInventoryScript(), '--rows', String(rows), '--seed', '7', '--out', out],
    {
      env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
      stdio: 'pipe',
    },
  );
  return out;
}

beforeAll(() => {
  // CI keeps the generator at ../shared/tools beside the repository; GEN_INVENTORY overrides.
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-register-big-'));
  csv30k = generate(30_000);
  csv150k = generate(150_000);
  expect(fs.statSync(csv150k).size).toBeGreaterThan(10_000_000);
});

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/**
 * A workspace that already holds a register (rows whose codes the big file shares, so the import
 * would update them too), an edit and a deletion.
 */
async function storeWithHistory() {
  const store = await openStore();
  const { core, enterpriseId } = store;
  const ids: number[] = [];
  for (let i = 1; i <= 20; i++) {
    const row = { asset_code: `EQ-${String(i).padStart(6, '0')}`, name: `原有设备${i}`, rated_kw: i };
    ids.push((await core.call('equipment.add', { enterpriseId, row })).id);
  }
  await core.call('equipment.update', { enterpriseId, id: ids[0]!, changes: { notes: '导入前的修改' } });
  await core.call('equipment.delete', { enterpriseId, ids: [ids[1]!] });
  return store;
}

describe('a large import', () => {
  it('sets the secondary indexes aside and builds them again, consistent with the rows', async () => {
    const { ws, core, enterpriseId } = await storeWithHistory();
    const before = registerChecksum(ws.file);
    const dry = await importFile(core, enterpriseId, csv30k, { dryRun: true });
    expect(dry.imported).toBeGreaterThan(20_000);
    expect(registerChecksum(ws.file)).toEqual(before);

    const result = await importFile(core, enterpriseId, csv30k);
    expect(result.imported + result.updated).toBe(dry.imported + dry.updated);
    const after = registerChecksum(ws.file);
    expect(after.schema).toEqual(before.schema);
    expect(after.counts.equipment).toBe((before.counts.equipment ?? 0) + result.imported);
    // integrity_check compares every index with the table, entry by entry.
    expect(integrityCheck(ws.file)).toEqual(['ok']);
    const idle = await core.call('equipment.page', {
      enterpriseId,
      offset: 0,
      limit: 1,
      filter: { statuses: ['idle'], categories: ['compressor'] },
    });
    const counted = readRaw(ws.file, (db) =>
      db
        .prepare(
          `SELECT count(*) FROM equipment NOT INDEXED
           WHERE enterprise_id = ? AND category = 'compressor' AND status = 'idle' AND deleted_by IS NULL`,
        )
        .pluck()
        .get(enterpriseId),
    );
    expect(idle.total).toBe(counted);
    expect(idle.total).toBeGreaterThan(0);
  }, 60_000);
});

describe('cancelling an import', () => {
  it.each([
    ['at the first progress event', 0],
    ['halfway through the file', 0.5],
    // Past 20,000 rows the import has set the secondary indexes aside: the rollback restores them.
    ['at 80%, after the indexes were set aside', 0.8],
  ])(
    '%s rolls everything back',
    async (_when, fraction) => {
      const { ws, core, enterpriseId } = await storeWithHistory();
      const before = registerChecksum(ws.file);
      const jobId = `cancel-test-${Math.round(fraction * 100)}`;
      const progress: CoreEvent[] = [];
      let cancelled: Promise<{ cancelled: boolean }> | null = null;
      core.onEvent((e) => {
        if (e.type !== 'progress' || e.jobId !== jobId) return;
        progress.push(e);
        if (!cancelled && e.done >= e.total * fraction) cancelled = core.call('job.cancel', { jobId });
      });

      await expectAppError(importFile(core, enterpriseId, csv30k, { jobId }), 'JOB_CANCELLED');

      expect(cancelled).not.toBeNull();
      expect(await cancelled!).toEqual({ cancelled: true });
      expect(progress[0]).toMatchObject({ type: 'progress', jobId, phase: 'job.import' });
      // It was stopped before the end of the file.
      const last = progress.at(-1) as Extract<CoreEvent, { type: 'progress' }>;
      expect(last.done).toBeLessThan(last.total);
      expect(registerChecksum(ws.file)).toEqual(before);
      expect(integrityCheck(ws.file)).toEqual(['ok']);
      // The job is gone: cancelling it again finds nothing, and the workspace still takes writes.
      expect(await core.call('job.cancel', { jobId })).toEqual({ cancelled: false });
      expect(await core.call('equipment.history', { enterpriseId })).toHaveLength(22);
      await core.call('equipment.add', { enterpriseId, row: { asset_code: 'AFTER-1', name: '取消后新增' } });
    },
    60_000,
  );
});

/**
 * How to start an import process and read its progress: the CLI (`npm run cli -- equipment
 * import`, started as the same `node --import tsx` command so that the kill reaches the process
 * that holds the transaction, not npm) prints "Importing… N%" on stderr and runs the import on its
 * job worker; the support script calls importRegister on its own connection and prints JSON lines.
 */
const PROCESSES = {
  'the CLI': {
    args: (db: string, enterpriseId: number, file: string) => [
      path.join(REPO_ROOT, 'electron/host/cli/cli-main.ts'),
      'equipment',
      'import',
      '--db',
      db,
      '--enterprise',
      String(enterpriseId),
      file,
    ],
    progress: (stream: 'out' | 'err', line: string) => {
      const pct = stream === 'err' ? /Importing… (\d+)%/.exec(line)?.[1] : undefined;
      return pct === undefined ? null : Number(pct) / 100;
    },
    finished: (stream: 'out' | 'err', line: string) => stream === 'out' && /Imported \d+/.test(line),
  },
  'a script calling importRegister': {
    args: (db: string, enterpriseId: number, file: string) => [
      path.join(import.meta.dirname, 'support/import-process.ts'),
      db,
      String(enterpriseId),
      file,
    ],
    progress: (stream: 'out' | 'err', line: string) => {
      if (stream !== 'out') return null;
      const m = JSON.parse(line) as { progress?: number; total?: number };
      return m.progress === undefined ? null : m.progress / (m.total ?? 1);
    },
    finished: (stream: 'out' | 'err', line: string) => stream === 'out' && line.includes('"result"'),
  },
};

describe('killing an import process', () => {
  it.each(Object.keys(PROCESSES) as (keyof typeof PROCESSES)[])(
    'SIGKILL of %s midway leaves the workspace intact and the register unchanged',
    async (kind) => {
      const proc = PROCESSES[kind];
      const { ws, core, enterpriseId } = await storeWithHistory();
      core.close();
      const wal = `${ws.file}-wal`;
      const before = registerChecksum(ws.file);
      const walBefore = fs.existsSync(wal) ? fs.statSync(wal).size : 0;

      const child = spawn(
        process.execPath,
        ['--import', 'tsx', ...proc.args(ws.file, enterpriseId, csv150k)],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, RETROFIT_LANG: 'en' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      let progress = 0;
      let reports = 0;
      let finished = false;
      const other: string[] = [];
      for (const [stream, input] of [
        ['out', child.stdout],
        ['err', child.stderr],
      ] as const) {
        readline.createInterface({ input }).on('line', (line) => {
          const p = proc.progress(stream, line);
          if (p !== null) {
            reports++;
            progress = Math.max(progress, p);
          } else if (proc.finished(stream, line)) finished = true;
          else other.push(`${stream}: ${line}`);
        });
      }

      // Kill once the import has reported progress AND its transaction has spilled pages into the
      // WAL: rows are being written but not committed.
      let walAtKill = 0;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !finished && child.exitCode === null) {
        walAtKill = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
        if (reports > 0 && walAtKill > walBefore + 1_000_000) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      child.kill('SIGKILL');
      expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
      // It was mid-import: still reading the file (the commit only follows the last row), with
      // uncommitted pages of its transaction in the WAL, which are still there.
      expect({ finished, other }).toEqual({ finished: false, other: [] });
      expect(reports).toBeGreaterThan(0);
      expect(progress).toBeLessThan(0.9);
      expect(walAtKill).toBeGreaterThan(walBefore + 1_000_000);
      expect(fs.statSync(wal).size).toBeGreaterThanOrEqual(walAtKill);

      // The app opens the workspace again: SQLite ignores the WAL frames without a commit.
      const reopened = await ws.open();
      expect(reopened.status().state).toBe('ready');
      expect(integrityCheck(ws.file)).toEqual(['ok']);
      expect(registerChecksum(ws.file)).toEqual(before);
      expect((await reopened.call('equipment.page', { enterpriseId, offset: 0, limit: 1 })).total).toBe(19);
    },
    60_000,
  );
});
