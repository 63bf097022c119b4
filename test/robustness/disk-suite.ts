/**
 * Disk trouble: a read-only workspace file and a read-only folder, a full disk (an 8 MB tmpfs, when
 * running as root), a workspace on a path with spaces and Chinese characters, and the workspace
 * file deleted under a running core. Each case counts its failed checks: an error that is not an
 * AppError (a crash) or has no message, a write that is not refused clearly, data that changed or
 * was lost.
 *
 * File permissions do not stop root: the read-only cases then run the core in a child process as
 * the unprivileged user `nobody`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/messages';
import { bundleChildren, CHILD_ENV, enterpriseInput, generateRegister, openCore } from './faults-suite';
import { figuresOf, type RobustnessSuite } from './robustness-figures';
import type { DiskOrder, DiskStep, StepOutcome } from './support/disk-child';
import { checkWorkspaceFile } from './support/workspace-dump';

const SUITE = 'disk';
const NOW = '2026-03-10T08:00:00.000Z';
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const REGISTER_200 = path.join(REPO_ROOT, 'test/fixtures/register-standard-200.csv');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Failed checks of one case, each a sentence for the report. */
type Failures = string[];

/** A workspace with one enterprise, 20 register rows and a project, closed. */
async function seededWorkspace(file: string): Promise<{ enterpriseId: number; projectId: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const core = await openCore(file);
  try {
    const { id: enterpriseId } = await core.call('enterprise.create', enterpriseInput('只读测试企业'));
    for (let i = 1; i <= 20; i++) {
      await core.call('equipment.add', {
        enterpriseId,
        row: { asset_code: `EQ-${i}`, name: `设备${i}`, rated_kw: i },
      });
    }
    const project = await core.call('projects.create', {
      enterpriseId,
      name: '空压机更新',
      direction: 'renewal',
    });
    return { enterpriseId, projectId: project.id };
  } finally {
    core.close();
  }
}

function runDiskChild(bundle: string, order: DiskOrder, asNobody: boolean): StepOutcome[] {
  const r = spawnSync(process.execPath, [path.join(bundle, 'disk-child.cjs'), JSON.stringify(order)], {
    cwd: os.tmpdir(),
    env: { ...process.env, ...CHILD_ENV },
    encoding: 'utf8',
    timeout: 60_000,
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{'));
  const out = lines.map((l) => JSON.parse(l) as StepOutcome);
  if (r.status !== 0)
    out.push({ step: 'child', ok: false, crash: `exit ${r.status ?? r.signal}: ${r.stderr.slice(0, 300)}` });
  return out;
}

/** An error outcome is clear when it is an AppError other than INTERNAL with a message in both languages. */
function unclear(o: StepOutcome): string | null {
  if (o.ok) return null;
  if (o.crash) return `${o.step} crashed: ${o.crash.split('\n')[0]}`;
  if (!o.code || o.code === 'INTERNAL') return `${o.step} failed with ${o.code ?? 'no code'}`;
  if (!o.zh?.trim() || !o.en?.trim()) return `${o.step} ${o.code} has no message`;
  return null;
}

function chownTree(dir: string): void {
  for (const e of [dir, ...fs.readdirSync(dir, { recursive: true }).map((n) => path.join(dir, String(n)))]) {
    fs.chownSync(e, NOBODY, NOBODY);
  }
}

/** Read-only file (0444) or read-only folder (0555): opening and reading work or fail clearly, writes are refused. */
async function readOnlyCase(bundle: string, scratch: string, what: 'file' | 'folder'): Promise<Failures> {
  const dir = path.join(scratch, `readonly-${what}`);
  const file = path.join(dir, 'workspace.sqlite');
  const { enterpriseId } = await seededWorkspace(file);
  const before = checkWorkspaceFile(file).dump;
  if (isRoot) chownTree(dir);
  if (what === 'file') fs.chmodSync(file, 0o444);
  else fs.chmodSync(dir, 0o555);
  const steps: DiskStep[] = [
    { method: 'enterprise.list', input: {} },
    { method: 'equipment.page', input: { enterpriseId, offset: 0, limit: 50 } },
    { method: 'enterprise.create', input: enterpriseInput('不应写入') },
    { method: 'equipment.import', input: { enterpriseId }, read: { key: 'fileId', file: REGISTER_200 } },
  ];
  const outcomes = runDiskChild(bundle, { workspace: file, now: NOW, steps }, isRoot);
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(file, 0o644);
  const failures: Failures = [];
  const open = outcomes[0];
  for (const o of outcomes) {
    const u = unclear(o);
    if (u) failures.push(`read-only ${what}: ${u}`);
  }
  if (open && !open.ok && open.code !== 'WORKSPACE_READONLY')
    failures.push(`read-only ${what}: open gave ${open.code}`);
  if (open?.ok) {
    const [list, page, create, imp] = outcomes.slice(1);
    if (!list?.ok || (list.result as unknown[]).length !== 1)
      failures.push(`read-only ${what}: enterprise.list did not read`);
    if (!page?.ok || (page.result as { total: number }).total !== 20)
      failures.push(`read-only ${what}: the register did not read`);
    for (const w of [create, imp]) {
      if (w?.ok || w?.code !== 'WORKSPACE_READONLY')
        failures.push(`read-only ${what}: ${w?.step} gave ${w?.ok ? 'success' : w?.code}`);
    }
  }
  const after = checkWorkspaceFile(file).dump;
  if (after.hash !== before.hash) failures.push(`read-only ${what}: the workspace changed`);
  return failures;
}

/** An 8 MB tmpfs filled to the brim: import, backup and export fail clearly and change nothing. */
async function diskFullCase(
  bundle: string,
  scratch: string,
  log: (l: string) => void,
): Promise<{ ran: boolean; failures: Failures }> {
  if (!isRoot) return { ran: false, failures: [] };
  const mountPoint = path.join(scratch, 'full');
  fs.mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (e) {
    log(
      `disk full: could not mount a tmpfs (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): skipped`,
    );
    return { ran: false, failures: [] };
  }
  const failures: Failures = [];
  try {
    const file = path.join(mountPoint, 'workspace.sqlite');
    const { enterpriseId, projectId } = await seededWorkspace(file);
    const csv = generateRegister(path.join(scratch, 'register-20000.csv'), 20_000);
    const before = checkWorkspaceFile(file).dump;
    // Fill the disk, then leave 160 KB: enough to open the workspace (its WAL index takes 32 KB), not
    // to import 20,000 rows, back up or export.
    const filler = path.join(mountPoint, 'filler');
    const fd = fs.openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) fs.writeSync(fd, chunk);
    } catch {
      // ENOSPC: full.
    } finally {
      fs.closeSync(fd);
    }
    fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - 160 * 1024));
    const steps: DiskStep[] = [
      { method: 'equipment.import', input: { enterpriseId }, read: { key: 'fileId', file: csv } },
      { method: 'backup.create', input: {} },
      {
        method: 'drafts.export',
        input: { projectId, format: 'docx' },
        write: { key: 'target', file: path.join(mountPoint, '草稿.docx') },
      },
      {
        method: 'equipment.export',
        input: { enterpriseId, format: 'xlsx' },
        write: { key: 'target', file: path.join(mountPoint, '台账.xlsx') },
      },
      { method: 'enterprise.list', input: {} },
    ];
    const outcomes = runDiskChild(bundle, { workspace: file, now: NOW, steps }, false);
    log(
      `disk full: ${outcomes.map((o) => `${o.step} ${o.ok ? 'ok' : (o.code ?? `crash ${o.crash?.split('\n')[0]}`)}`).join(', ')}`,
    );
    for (const o of outcomes) {
      const u = unclear(o);
      if (u) failures.push(`disk full: ${u}`);
    }
    for (const o of outcomes.slice(1, 5))
      if (o.ok) failures.push(`disk full: ${o.step} succeeded on a full disk`);
    const list = outcomes.find((o) => o.step === 'enterprise.list');
    if (!list?.ok) failures.push('disk full: reading stopped working');
    // Space again (the check needs room for the WAL index): the workspace is intact and unchanged.
    fs.rmSync(filler);
    const after = checkWorkspaceFile(file);
    if (after.integrity.join() !== 'ok') failures.push(`disk full: integrity_check ${after.integrity[0]}`);
    if (after.dump.hash !== before.hash) failures.push('disk full: the workspace changed');
    const leftovers = fs
      .readdirSync(mountPoint, { recursive: true })
      .map(String)
      .filter((n) => /partial|\.docx$|\.xlsx$/.test(n));
    if (leftovers.length > 0) failures.push(`disk full: files left behind: ${leftovers.join(', ')}`);
    // And the same workspace takes an import.
    const core = await openCore(file);
    try {
      const r = await core.call('equipment.import', {
        enterpriseId,
        fileId: core.files.registerRead(REGISTER_200).fileId,
      });
      if (r.imported === 0) failures.push('disk full: nothing imported once space was freed');
    } catch (e) {
      failures.push(`disk full: after freeing space: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      core.close();
    }
  } finally {
    execFileSync('umount', [mountPoint], { stdio: 'pipe' });
  }
  return { ran: true, failures };
}

function messageOf(e: unknown): string {
  if (!(e instanceof AppError)) return `crash: ${e instanceof Error ? e.message : String(e)}`;
  return `${e.code}: ${formatError('zh-CN', e.toWire())}`;
}

/** Create, import, back up, restore and export with spaces and Chinese characters in every path. */
async function unicodePathCase(scratch: string): Promise<{ steps: number; failures: Failures }> {
  const dir = path.join(scratch, '我的 工作区 (测试)', '客户 资料 2026');
  const file = path.join(dir, '技改 规划 工作区.sqlite');
  fs.mkdirSync(dir, { recursive: true });
  const csv = path.join(dir, '设备 台账.csv');
  fs.copyFileSync(REGISTER_200, csv);
  const failures: Failures = [];
  let steps = 0;
  const step = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
    steps++;
    try {
      return await run();
    } catch (e) {
      failures.push(`unicode path: ${what}: ${messageOf(e)}`);
      return null;
    }
  };
  let core = await openCore(file);
  try {
    const e = await step('enterprise.create', () =>
      core.call('enterprise.create', enterpriseInput('路径测试企业')),
    );
    if (!e) return { steps, failures };
    const imported = await step('equipment.import', () =>
      core.call('equipment.import', { enterpriseId: e.id, fileId: core.files.registerRead(csv).fileId }),
    );
    if (imported && imported.imported !== 200)
      failures.push(`unicode path: imported ${imported.imported} of 200 rows`);
    const backup = await step('backup.create', () => core.call('backup.create', {}));
    await step('enterprise.create (after the backup)', () =>
      core.call('enterprise.create', enterpriseInput('备份之后')),
    );
    if (backup) {
      await step('backup.restore', () => core.call('backup.restore', { name: backup.name }));
      const names = (await core.call('enterprise.list', {})).map((x) => x.name);
      if (names.join() !== '路径测试企业')
        failures.push(`unicode path: after the restore: ${names.join(', ')}`);
    }
    const project = await step('projects.create', () =>
      core.call('projects.create', { enterpriseId: e.id, name: '注塑机 更新', direction: 'renewal' }),
    );
    for (const format of ['docx', 'xlsx'] as const) {
      const target = path.join(dir, `申报 草稿.${format}`);
      if (project)
        await step(`drafts.export ${format}`, () =>
          core.call('drafts.export', {
            projectId: project.id,
            format,
            target: core.files.registerWriteTarget(target).fileId,
          }),
        );
      if (!fs.existsSync(target) || fs.statSync(target).size === 0)
        failures.push(`unicode path: no ${format} draft written`);
    }
    const registerOut = path.join(dir, '导出 台账.csv');
    await step('equipment.export csv', () =>
      core.call('equipment.export', {
        enterpriseId: e.id,
        format: 'csv',
        target: core.files.registerWriteTarget(registerOut).fileId,
      }),
    );
    if (!fs.existsSync(registerOut)) failures.push('unicode path: no register export written');
    core.close();
    core = await openCore(file);
    const rows = await core.call('equipment.page', { enterpriseId: e.id, offset: 0, limit: 1 });
    if (rows.total !== 200) failures.push(`unicode path: reopened with ${rows.total} register rows`);
  } finally {
    core.close();
  }
  return { steps, failures };
}

/**
 * The workspace file deleted while a core has it open: later calls must fail clearly (or keep
 * working), and everything saved before and after must still be reachable — in the workspace or in
 * a backup the core offers — once the app is started again.
 */
async function deletedWorkspaceCase(scratch: string, log: (l: string) => void): Promise<Failures> {
  const dir = path.join(scratch, 'deleted');
  const file = path.join(dir, 'workspace.sqlite');
  fs.mkdirSync(dir);
  const failures: Failures = [];
  const saved: string[] = [];
  const core = await openCore(file);
  try {
    saved.push((await core.call('enterprise.create', enterpriseInput('删除前保存的企业'))).name);
    fs.rmSync(file);
    try {
      saved.push((await core.call('enterprise.create', enterpriseInput('删除后保存的企业'))).name);
      log('deleted workspace: a write after the deletion succeeded');
    } catch (e) {
      log(`deleted workspace: a write after the deletion: ${messageOf(e)}`);
      if (!(e instanceof AppError) || e.code === 'INTERNAL')
        failures.push(`deleted workspace: unclear error ${messageOf(e)}`);
    }
    log(
      `deleted workspace: status ${core.status().state}, newest good backup ${core.status().recovery?.newestGoodBackup?.name ?? 'none'}`,
    );
  } finally {
    core.close();
  }
  // The app is started again: what it finds, and what it offers.
  const again = await openCore(file);
  try {
    const found = new Set<string>();
    if (again.status().state === 'ready')
      for (const e of await again.call('enterprise.list', {})) found.add(e.name);
    fs.mkdirSync(path.join(scratch, 'peek'), { recursive: true });
    for (const b of again.backups.list()) {
      fs.copyFileSync(path.join(again.backups.dir, b.name), path.join(scratch, 'peek', b.name));
      const peek = await openCore(path.join(scratch, 'peek', b.name));
      try {
        for (const e of await peek.call('enterprise.list', {})) found.add(e.name);
      } finally {
        peek.close();
      }
    }
    const lost = saved.filter((n) => !found.has(n));
    if (lost.length > 0) failures.push(`deleted workspace: saved data lost: ${lost.join(', ')}`);
  } finally {
    again.close();
  }
  return failures;
}

export const suite: RobustnessSuite = async ({ log }) => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-disk-'));
  // The unprivileged child must be able to reach its bundle and the workspace folders.
  fs.chmodSync(scratch, 0o755);
  try {
    const bundle = await bundleChildren(path.join(scratch, 'bundle'));
    const readOnly = [
      ...(await readOnlyCase(bundle, scratch, 'file')),
      ...(await readOnlyCase(bundle, scratch, 'folder')),
    ];
    const full = await diskFullCase(bundle, scratch, log);
    const unicode = await unicodePathCase(scratch);
    const deleted = await deletedWorkspaceCase(scratch, log);
    const f = figuresOf(SUITE);
    return [
      f('read-only file and folder: failed checks', readOnly.length, { atMost: 0 }, readOnly),
      f(
        full.ran ? 'disk-full cases run' : 'disk-full cases run (skipped: not root)',
        full.ran ? 1 : 0,
        isRoot ? { atLeast: 1 } : undefined,
      ),
      f('disk full: failed checks', full.failures.length, { atMost: 0 }, full.failures),
      f('path with spaces and Chinese: steps run', unicode.steps, { atLeast: 9 }),
      f(
        'path with spaces and Chinese: failed checks',
        unicode.failures.length,
        { atMost: 0 },
        unicode.failures,
      ),
      f('workspace deleted under a running core: failed checks', deleted.length, { atMost: 0 }, deleted),
    ];
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};
