/**
 * Register imports against outside tools doing the least comparable work on the same file:
 * sqlite3's `.import` of the CSV into a fresh database (no decoding, no checks, no indexes), and
 * LibreOffice's headless XLSX → CSV conversion. Runs alternate import / baseline so both see the
 * same load from whatever else the machine is doing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, TMP } from './bench-inputs';
import { FLOOR_PREFIX, RESULT_PREFIX, type ImportChildResult, type WriteFloorResult } from './import-result';

export type ImportMode = 'bundle' | 'tsx';

export interface ImportRun extends ImportChildResult {
  /** Peak RSS as /usr/bin/time saw it (ru_maxrss of the child), MB; null without /usr/bin/time. */
  timeMaxRssMb: number | null;
  /** User + system CPU time of the whole child process (all threads), ms; null without /usr/bin/time. */
  cpuMs: number | null;
  workspace: string;
}

const TIME = '/usr/bin/time';
export const hasGnuTime = (() => {
  if (!fs.existsSync(TIME)) return false;
  const r = spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /Maximum resident set size/.test(r.stderr);
})();

/** Runs one import in a fresh workspace in its own process. */
export function runImport(
  mode: ImportMode,
  bundledChild: string,
  file: string,
  workspaceDir: string,
  options: { cold?: boolean } = {},
): ImportRun {
  fs.rmSync(workspaceDir, { recursive: true, force: true });
  fs.mkdirSync(workspaceDir, { recursive: true });
  const workspace = path.join(workspaceDir, 'workspace.sqlite');
  const script =
    mode === 'bundle' ? [bundledChild] : ['--import', 'tsx', path.join(REPO, 'bench', 'import-child.ts')];
  const nodeArgs = [...script, '--workspace', workspace, '--file', file, ...(options.cold ? ['--cold'] : [])];
  const [cmd, args] = hasGnuTime
    ? [TIME, ['-v', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 26 });
  const line = r.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (r.status !== 0 || !line) {
    throw new Error(
      `import of ${path.basename(file)} (${mode}) failed (exit ${r.status}):\n${r.stderr?.slice(-3000)}`,
    );
  }
  const result = JSON.parse(line.slice(RESULT_PREFIX.length)) as ImportChildResult;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
  return { ...result, timeMaxRssMb: m ? Number(m[1]) / 1024 : null, cpuMs, workspace };
}

/** The import's writing half alone (bench/write-floor-child.ts), in a process of its own. */
export function runWriteFloor(file: string, dir: string): WriteFloorResult {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'bench', 'write-floor-child.ts'), '--dir', dir, '--file', file],
    { cwd: REPO, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 26 },
  );
  const line = r.stdout?.split('\n').find((l) => l.startsWith(FLOOR_PREFIX));
  if (r.status !== 0 || !line)
    throw new Error(`write floor failed (exit ${r.status}):\n${r.stderr?.slice(-3000)}`);
  return JSON.parse(line.slice(FLOOR_PREFIX.length)) as WriteFloorResult;
}

function wall(cmd: string, args: string[], options: { cwd?: string } = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { ...options, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr?.slice(-2000)}`);
  }
  return ms;
}

export function findTool(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** sqlite3's own CSV import into a fresh database file, as a wall time. */
export function sqliteImport(sqlite3: string, file: string): number {
  const db = path.join(TMP, 'baseline-sqlite3.db');
  for (const s of ['', '-journal', '-wal', '-shm']) fs.rmSync(db + s, { force: true });
  const ms = wall(sqlite3, ['-cmd', '.mode csv', db, `.import ${file} t`]);
  fs.rmSync(db, { force: true });
  return ms;
}

const LO_PROFILE = path.join(TMP, 'libreoffice-profile');

/** LibreOffice converting the workbook to CSV, headless, with a profile of the bench's own. */
export function sofficeConvert(soffice: string, file: string): number {
  const out = path.join(TMP, 'baseline-soffice');
  fs.rmSync(out, { recursive: true, force: true });
  const ms = wall(soffice, [
    `-env:UserInstallation=file://${LO_PROFILE}`,
    '--headless',
    '--convert-to',
    'csv',
    '--outdir',
    out,
    file,
  ]);
  const produced = path.join(out, path.basename(file).replace(/\.xlsx$/, '.csv'));
  if (!fs.existsSync(produced)) throw new Error(`soffice wrote no ${produced}`);
  return ms;
}
