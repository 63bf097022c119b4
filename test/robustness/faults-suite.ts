/**
 * Faults: a child process runs one operation on a workspace (register import of a 20,000-row CSV,
 * migration of an older-schema file, backup.create, backup.restore, handoff.import of a `.retrofit`,
 * drafts.export docx/xlsx) and is killed with SIGKILL after a seeded random delay spread over that
 * operation's measured duration — from 0 to past its end. The workspace is then checked as the app
 * would find it: integrity_check, a full dump that must equal either the state before or the state
 * after the operation (both taken once per kind from uninterrupted runs), a Core that opens it
 * ready, every listed backup usable, and an export target either absent or complete.
 */
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { checkBackupFile } from '../../electron/core/backups/backup-store';
import { Core } from '../../electron/core/core';
import Database from 'better-sqlite3';
import { applyMigrations } from '../../electron/core/db/migrate';
import { THREAD_ENTRIES } from '../../electron/core/jobs/thread-entries';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { MethodInput } from '../../shared/api/contract';
import { figuresOf, type RobustnessSuite } from './robustness-figures';
import type { FaultOrder } from './support/fault-child';
import {
  checkWorkspaceFile,
  countDiff,
  mulberry32,
  type VolatileColumns,
  type WorkspaceDump,
} from './support/workspace-dump';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-03-10T08:00:00.000Z';
const now = () => new Date(NOW);
const SUITE = 'faults';

export function enterpriseInput(name: string): MethodInput<'enterprise.create'> {
  return {
    name,
    district: 'nanshan',
    industryDivision: '39',
    manufacturingType: 'discrete',
    years: [
      {
        year: 2025,
        employees: 320,
        revenueYuan: 25_000_000.5,
        outputValueYuan: 30_000_000,
        energy: [{ source: 'electricity', quantity: 1_250_000 }],
      },
    ],
  };
}

/**
 * The child scripts (faults, disk) and the job threads beside them, bundled as the packaged app bundles
 * its main process: a bundled child is at work ~0.25 s after spawn, one run through tsx ~0.7 s.
 * Returns the bundle folder.
 */
export async function bundleChildren(outDir: string): Promise<string> {
  const bundles: [entry: string, name: string][] = [
    ['test/robustness/support/fault-child.ts', 'fault-child.cjs'],
    ['test/robustness/support/disk-child.ts', 'disk-child.cjs'],
    ...Object.entries(THREAD_ENTRIES).map(([thread, file]): [string, string] => [file, `${thread}.cjs`]),
  ];
  for (const [entry, name] of bundles) {
    await build({
      bundle: true,
      format: 'cjs',
      logLevel: 'warning',
      absWorkingDir: REPO_ROOT,
      entryPoints: [entry],
      outfile: path.join(outDir, name),
      platform: 'node',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
      define: { 'import.meta.url': '__bundleFileUrl' },
      banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    });
  }
  return outDir;
}

export function generateRegister(out: string, rows: number): string {
  execFileSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'test/fixtures/gen-inventory.cjs'),
      '--rows',
      String(rows),
      '--seed',
      '7',
      '--out',
      out,
    ],
    { env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') }, stdio: 'pipe' },
  );
  return out;
}

const quiet = { error: () => {}, info: () => {} };
export const openCore = (workspacePath: string, migrations = MIGRATIONS) =>
  Core.open({ workspacePath, autoBackupEveryMs: 0, now, logger: quiet, migrations });

/** An enterprise with a small register and a project with a line: what most operations start from. */
async function seedBase(core: Core, name: string): Promise<{ enterpriseId: number; projectId: number }> {
  const { id: enterpriseId } = await core.call('enterprise.create', enterpriseInput(name));
  let equipmentId = 0;
  for (let i = 1; i <= 20; i++) {
    const row = { asset_code: `EQ-${String(i).padStart(6, '0')}`, name: `原有设备${i}`, rated_kw: i };
    equipmentId = (await core.call('equipment.add', { enterpriseId, row })).id;
  }
  const project = await core.call('projects.create', {
    enterpriseId,
    name: '冲床更新',
    direction: 'renewal',
  });
  await core.call('projects.addLine', {
    projectId: project.id,
    line: {
      category: 'equipment',
      name: '伺服冲床',
      model: 'SP-200',
      quantity: 2,
      unitPriceFen: 45_200_000,
      supplier: '某机床厂',
      origin: 'domestic',
      deductibleVatRate: 0.13,
      equipment: [{ equipmentId, relation: 'replaces' }],
    },
  });
  return { enterpriseId, projectId: project.id };
}

function buildOldWorkspace(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    applyMigrations(db, MIGRATIONS.slice(0, 2));
    const enterprise = db.prepare(
      "INSERT INTO enterprise (name, district, manufacturing_type, created_at, updated_at) VALUES (?, 'nanshan', 'discrete', ?, ?)",
    );
    const equipment = db.prepare(
      `INSERT INTO equipment (enterprise_id, asset_code, name, category, quantity, year_commissioned, rated_kw, status, search_text, updated_at)
       VALUES (?, ?, ?, 'press', 1, ?, ?, 'in_service', ?, ?)`,
    );
    db.transaction(() => {
      for (let e = 1; e <= 30; e++) {
        const id = Number(enterprise.run(`旧版本企业${e}`, NOW, NOW).lastInsertRowid);
        for (let i = 1; i <= 667; i++) {
          const code = `OLD-${e}-${i}`;
          equipment.run(
            id,
            code,
            `冲床${i}`,
            2000 + (i % 25),
            (i % 90) + 0.5,
            `${code} 冲床${i}`.toLowerCase(),
            NOW,
          );
        }
      }
    })();
  } finally {
    db.close();
  }
}

const IMPORT_STAMPS: VolatileColumns = {
  change_set: ['created_at'],
  column_mapping: ['updated_at'],
  equipment: ['updated_at'],
};

type OpKind = 'import' | 'migration' | 'backup' | 'restore' | 'handoff' | 'export-docx' | 'export-xlsx';
const KINDS: OpKind[] = ['import', 'migration', 'backup', 'restore', 'handoff', 'export-docx', 'export-xlsx'];

/** A prepared workspace folder (copied for each trial) and the order the child runs in a copy. */
interface Prepared {
  kind: OpKind;
  dir: string;
  order: (workspace: string, trialDir: string) => FaultOrder;
  /** Columns whose values differ between two clean runs, left out of the comparison. */
  volatile?: VolatileColumns;
  /** Set by the reference run. */
  before?: WorkspaceDump;
  after?: WorkspaceDump;
  durationMs?: number;
  /** drafts.export: the complete output of the uninterrupted run. */
  output?: Buffer;
}

const WORKSPACE = 'workspace.sqlite';
const EXPORT_NAME = (kind: OpKind) => `草稿 输出.${kind === 'export-docx' ? 'docx' : 'xlsx'}`;

async function prepare(scratch: string, log: (l: string) => void): Promise<Prepared[]> {
  const csv = generateRegister(path.join(scratch, 'register-20000.csv'), 20_000);
  const templates = path.join(scratch, 'templates');
  /** A workspace folder for one kind, starting from a copy of `from` (a closed workspace) if given. */
  const make = async (
    kind: OpKind,
    from: string | null,
    fill: (core: Core) => Promise<Omit<Prepared, 'kind' | 'dir'>>,
  ): Promise<Prepared> => {
    const dir = path.join(templates, kind);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, WORKSPACE);
    if (from) fs.copyFileSync(from, file);
    const core = await openCore(file);
    try {
      return { kind, dir, ...(await fill(core)) };
    } finally {
      core.close();
    }
  };

  // One workspace with the 20,000-row register, built once: backup and restore start from copies of
  // it, and the .retrofit is exported from it.
  const big = path.join(scratch, 'big', WORKSPACE);
  fs.mkdirSync(path.dirname(big), { recursive: true });
  const retrofit = path.join(scratch, '交接 文件.retrofit');
  const source = await openCore(big);
  try {
    const { enterpriseId } = await seedBase(source, '交接企业');
    await source.call('equipment.import', { enterpriseId, fileId: source.files.registerRead(csv).fileId });
    const target = source.files.registerWriteTarget(retrofit);
    await source.call('handoff.export', { enterpriseId, target: target.fileId });
  } finally {
    source.close();
  }

  const out: Prepared[] = [];
  out.push(
    await make('import', null, async (core) => {
      const { enterpriseId } = await seedBase(core, '深圳市南山精密制造有限公司');
      return {
        order: (workspace) => ({ op: 'import', workspace, now: NOW, enterpriseId, file: csv }),
        // The import runs on the job worker, which stamps rows with the wall clock, not the core's.
        volatile: IMPORT_STAMPS,
      };
    }),
  );

  // An older workspace: schema version 2 (the register's), written the way that version wrote it,
  // with 30 enterprises and 20,000 register rows; opening it backs it up and runs every later migration.
  const migrationDir = path.join(templates, 'migration');
  fs.mkdirSync(migrationDir, { recursive: true });
  buildOldWorkspace(path.join(migrationDir, WORKSPACE));
  out.push({
    kind: 'migration',
    dir: migrationDir,
    order: (workspace) => ({ op: 'migration', workspace, now: NOW }),
  });

  out.push(
    await make('backup', big, async () => ({
      order: (workspace) => ({ op: 'backup', workspace, now: NOW }),
    })),
  );

  out.push(
    await make('restore', big, async (core) => {
      const backup = await core.call('backup.create', {});
      // What the restore throws away: another enterprise and a deletion made after the backup.
      const [first] = await core.call('enterprise.list', {});
      await seedBase(core, '备份之后新增的企业');
      await core.call('equipment.delete', { enterpriseId: first!.id, ids: [1, 2, 3] });
      return { order: (workspace) => ({ op: 'restore', workspace, now: NOW, name: backup.name }) };
    }),
  );

  out.push(
    await make('handoff', null, async (core) => {
      await seedBase(core, '已有企业');
      return { order: (workspace) => ({ op: 'handoff', workspace, now: NOW, file: retrofit }) };
    }),
  );

  for (const kind of ['export-docx', 'export-xlsx'] as const) {
    out.push(
      await make(kind, null, async (core) => {
        const { projectId } = await seedBase(core, '导出企业');
        const format = kind === 'export-docx' ? 'docx' : 'xlsx';
        return {
          order: (workspace, trialDir) => ({
            op: 'export',
            workspace,
            now: NOW,
            projectId,
            format,
            target: path.join(trialDir, EXPORT_NAME(kind)),
          }),
        };
      }),
    );
  }
  log(
    `prepared ${out.length} operation kinds, .retrofit ${(fs.statSync(retrofit).size / 1e6).toFixed(1)} MB`,
  );
  return out;
}

interface Run {
  killedAfterMs: number | null;
  finished: boolean;
  error: string | null;
  startMs: number;
  doneMs: number | null;
}

/** Starts the child on a copy and kills it `killAt` ms after it announced the start (null: after done). */
export const CHILD_ENV = { NODE_PATH: path.join(REPO_ROOT, 'node_modules'), RETROFIT_LANG: 'en' };

function runChild(childFile: string, order: FaultOrder, killAt: number | null): Promise<Run> {
  const child = spawn(process.execPath, [childFile, JSON.stringify(order)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...CHILD_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const t0 = performance.now();
  let started = 0;
  let done: number | null = null;
  let error: string | null = null;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  return new Promise((resolve) => {
    let killedAt: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    const kill = () => {
      if (killedAt !== null) return;
      killedAt = performance.now();
      child.kill('SIGKILL');
    };
    // A child that never gets going is killed too, and reported by the caller as a failure.
    const stuck = setTimeout(kill, 120_000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'start') {
        started = performance.now();
        if (killAt !== null) timer = setTimeout(kill, killAt);
      } else if (line === 'done') {
        done = performance.now();
        if (killAt === null) kill();
      } else if (line.startsWith('error')) error = line;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(stuck);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' && !error) error = `exited with ${code ?? signal}: ${stderr.slice(0, 300)}`;
      resolve({
        killedAfterMs: killedAt === null || !started ? null : killedAt - started,
        finished: done !== null,
        error,
        startMs: started - t0,
        doneMs: done === null || !started ? null : done - started,
      });
    });
  });
}

/** Each part of an OOXML package (a zip) with its uncompressed content's hash. */
async function zipParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    out.set(
      name,
      crypto
        .createHash('sha256')
        .update(await file.async('nodebuffer'))
        .digest('hex'),
    );
  }
  return out;
}

/**
 * The parts in which two exports differ, or ['not a zip']. docProps/core.xml is left out: the docx
 * writer stamps it with the wall-clock time of the export.
 */
async function differingParts(expected: Buffer, got: Buffer): Promise<string[]> {
  let a: Map<string, string>;
  let b: Map<string, string>;
  try {
    [a, b] = [await zipParts(expected), await zipParts(got)];
  } catch (e) {
    return [`not a complete zip: ${e instanceof Error ? e.message : String(e)}`];
  }
  return [...new Set([...a.keys(), ...b.keys()])].filter(
    (k) => k !== 'docProps/core.xml' && a.get(k) !== b.get(k),
  );
}

function copyTemplate(p: Prepared, trialDir: string): string {
  fs.cpSync(p.dir, trialDir, { recursive: true });
  return path.join(trialDir, WORKSPACE);
}

interface Tally {
  trials: number;
  byKind: Record<string, number>;
  midOperation: number;
  afterCompletion: number;
  integrityFailures: string[];
  partial: string[];
  wouldNotOpen: string[];
  badBackups: string[];
  childErrors: string[];
  exportLeftovers: string[];
  childMs: number;
}

async function trial(
  childFile: string,
  p: Prepared,
  killAt: number | null,
  dir: string,
  t: Tally,
  label: string,
) {
  const file = copyTemplate(p, dir);
  const t0 = performance.now();
  const run = await runChild(childFile, p.order(file, dir), killAt);
  t.childMs += performance.now() - t0;
  t.trials++;
  t.byKind[p.kind] = (t.byKind[p.kind] ?? 0) + 1;
  if (run.error) t.childErrors.push(`${label}: ${run.error.slice(0, 300)}`);
  if (run.finished) t.afterCompletion++;
  else t.midOperation++;

  let check;
  try {
    check = checkWorkspaceFile(file, p.volatile);
  } catch (e) {
    t.integrityFailures.push(`${label}: could not be read: ${String(e)}`);
    t.wouldNotOpen.push(`${label}: ${String(e)}`);
    return;
  }
  if (!p.after) {
    // The first run of a kind is killed only after it completed: it gives the after state.
    if (run.error || !run.finished) throw new Error(`${p.kind}: the uninterrupted run failed: ${run.error}`);
    p.durationMs = run.doneMs ?? 0;
    p.after = check.dump;
    if (p.kind.startsWith('export-')) p.output = fs.readFileSync(path.join(dir, EXPORT_NAME(p.kind)));
    if (p.before!.hash === p.after.hash && !['backup', 'export-docx', 'export-xlsx'].includes(p.kind))
      throw new Error(`${p.kind}: the operation changed nothing, the trials would prove nothing`);
  }
  if (check.integrity.join() !== 'ok')
    t.integrityFailures.push(`${label}: ${check.integrity.slice(0, 3).join('; ')}`);
  const state =
    check.dump.hash === p.after!.hash ? 'after' : check.dump.hash === p.before!.hash ? 'before' : null;
  if (!state)
    t.partial.push(`${label}: neither before nor after (vs after: ${countDiff(p.after!, check.dump)})`);
  else if (run.finished && state !== 'after')
    t.partial.push(`${label}: reported done but the workspace is as before`);

  let core: Core | null = null;
  try {
    core = await openCore(file);
    if (core.status().state !== 'ready') t.wouldNotOpen.push(`${label}: opened in recovery mode`);
    else await core.call('enterprise.list', {});
    for (const b of core.backups.list()) {
      const ok = checkBackupFile(path.join(core.backups.dir, b.name));
      if (!ok.ok) t.badBackups.push(`${label}: ${b.name}: ${ok.reason}`);
    }
  } catch (e) {
    t.wouldNotOpen.push(`${label}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    core?.close();
  }

  if (p.output) {
    const target = path.join(dir, EXPORT_NAME(p.kind));
    if (fs.existsSync(target)) {
      const got = fs.readFileSync(target);
      const differ = await differingParts(p.output, got);
      if (differ.length > 0)
        t.partial.push(
          `${label}: export target differs (${got.length} of ${p.output.length} bytes): ${differ.join(', ')}`,
        );
    } else if (run.finished) t.partial.push(`${label}: reported done but no file`);
    if (fs.existsSync(`${target}.partial`)) t.exportLeftovers.push(label);
  }
}

export const suite: RobustnessSuite = async ({ quick, seed, log }) => {
  const started = performance.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-faults-'));
  try {
    const childFile = path.join(await bundleChildren(path.join(scratch, 'bundle')), 'fault-child.cjs');
    const prepared = await prepare(scratch, log);
    log(`prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const perKind = quick ? 4 : 30;
    const random = mulberry32(seed);
    const t: Tally = {
      trials: 0,
      byKind: {},
      midOperation: 0,
      afterCompletion: 0,
      integrityFailures: [],
      partial: [],
      wouldNotOpen: [],
      badBackups: [],
      childErrors: [],
      exportLeftovers: [],
      childMs: 0,
    };
    // Each kind's first run is killed after it completed and gives the after state; the full run
    // makes a second such run, which must land on the same state (or a column is volatile).
    for (const p of prepared) {
      p.before = checkWorkspaceFile(path.join(p.dir, WORKSPACE), p.volatile).dump;
      const dir = path.join(scratch, 'trials', `reference-${p.kind}`);
      await trial(childFile, p, null, dir, t, `${p.kind} reference run`);
      fs.rmSync(dir, { recursive: true, force: true });
      log(`${p.kind}: uninterrupted run ${p.durationMs!.toFixed(0)} ms`);
    }
    log(`reference runs done at ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const plan: { p: Prepared; killAt: number | null }[] = [];
    for (const p of prepared) {
      const d = p.durationMs!;
      for (let i = 1; i < perKind; i++) {
        // One kill lands at once, one (full run) after completion; the others anywhere in the
        // operation's duration and a little past it.
        const killAt = i === 1 ? 0 : !quick && i === perKind - 1 ? null : random() * d * 1.1;
        plan.push({ p, killAt });
      }
    }
    // Interleave kinds in a seeded order, so a slow machine skews no single kind.
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    for (const [i, { p, killAt }] of plan.entries()) {
      const dir = path.join(scratch, 'trials', String(i));
      const label = `${p.kind} #${i} kill at ${killAt === null ? 'done' : `${killAt.toFixed(0)} ms`} of ${p.durationMs!.toFixed(0)} ms`;
      await trial(childFile, p, killAt, dir, t, label);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    log(`child processes: ${(t.childMs / 1000).toFixed(1)} s`);
    log(
      `${t.trials} trials in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(t.byKind)}`,
    );

    const f = figuresOf(SUITE);
    return [
      f('kill trials', t.trials, { atLeast: quick ? 28 : 200 }),
      ...KINDS.map((k) =>
        f(`kill trials: ${k}`, t.byKind[k] ?? 0, { atLeast: Math.min(perKind, quick ? 4 : 28) }),
      ),
      f('kills while the operation ran', t.midOperation, { atLeast: Math.floor(t.trials / 2) }),
      f('kills after the operation completed', t.afterCompletion),
      f('integrity_check failures', t.integrityFailures.length, { atMost: 0 }, t.integrityFailures),
      f('partially applied operations', t.partial.length, { atMost: 0 }, t.partial),
      f('workspaces that would not open', t.wouldNotOpen.length, { atMost: 0 }, t.wouldNotOpen),
      f('listed backups that are unusable', t.badBackups.length, { atMost: 0 }, t.badBackups),
      f('operations that failed without a kill', t.childErrors.length, { atMost: 0 }, t.childErrors),
      f(
        'export .partial files left beside the target',
        t.exportLeftovers.length,
        undefined,
        t.exportLeftovers,
      ),
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};
