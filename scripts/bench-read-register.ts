/**
 * Budget of the register reader: reads and normalises 100,000-row registers made by
 * gen-inventory.js (UTF-8 CSV, GBK CSV with the messy headers, messy XLSX with a title row) and
 * prints rows/s (best of three reads in one process, and the first, cold one) and peak RSS, each
 * file in its own process so the peaks do not mix. No SQLite:
 * this is the reading half of an import. Baseline: `sqlite3 .import` of the same UTF-8 CSV, when
 * the sqlite3 command is installed.
 *
 *   tsx scripts/bench-read-register.ts [--rows 100000] [--gen /path/to/gen-inventory.js] [--keep DIR]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegister } from '../electron/core/register-files/register-reader';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

/** Child mode: read one file three times (the first cold, as an import runs), print one JSON line. */
async function measure(file: string): Promise<void> {
  const times: number[] = [];
  let rows = 0;
  let rejected = 0;
  let peakMb: number | undefined;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    rows = 0;
    rejected = 0;
    for await (const event of readRegister(file, { referenceYear: new Date().getFullYear() })) {
      if (event.kind !== 'rows') continue;
      rows += event.rows.length;
      for (const r of event.rows) if (r.row === null) rejected++;
    }
    times.push(performance.now() - start);
    // The peak of one import: the first read; later reads only add the garbage of earlier ones.
    peakMb ??= process.resourceUsage().maxRSS / 1024;
  }
  process.stdout.write(
    JSON.stringify({ rows, rejected, coldMs: times[0], bestMs: Math.min(...times), peakMb }) + '\n',
  );
}

function generate(gen: string, dir: string, rows: number) {
  const files = [
    { label: 'CSV UTF-8 (standard headers)', name: 'bench.csv', args: ['--encoding', 'utf8bom'] },
    {
      label: 'CSV GBK (messy headers)',
      name: 'bench-gbk.csv',
      args: ['--encoding', 'gbk', '--headers', 'messy'],
    },
    { label: 'XLSX (messy, title row)', name: 'bench.xlsx', args: ['--headers', 'messy', '--title'] },
  ];
  for (const f of files) {
    const out = path.join(dir, f.name);
    if (fs.existsSync(out)) continue;
    execFileSync(process.execPath, [gen, '--rows', String(rows), '--seed', '11', '--out', out, ...f.args], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return files.map((f) => ({ ...f, file: path.join(dir, f.name) }));
}

function sqliteImportMs(csv: string): number | null {
  const probe = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const best: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    execFileSync('sqlite3', [':memory:', `.import --csv ${csv} t`, 'select count(*) from t'], {
      stdio: 'ignore',
    });
    best.push(performance.now() - start);
  }
  return Math.min(...best);
}

async function main() {
  const one = process.argv.indexOf('--one');
  if (one > 0) return measure(process.argv[one + 1] as string);

  const rows = Number(arg('rows', '100000'));
  const gen = arg('gen', process.env.GEN_INVENTORY ?? '/work/shared/tools/gen-inventory.js');
  const keep = arg('keep', '');
  const dir = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'rp-bench-register-'));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const files = generate(gen, dir, rows);
    console.log(`Reading + normalising ${rows.toLocaleString('en-US')} rows (Node ${process.versions.node})`);
    const baseline = sqliteImportMs(files[0]!.file);
    for (const f of files) {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', f.file],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      if (child.status !== 0) throw new Error(child.stderr);
      const r = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
        rows: number;
        rejected: number;
        coldMs: number;
        bestMs: number;
        peakMb: number;
      };
      const mb = fs.statSync(f.file).size / 1e6;
      const rate = Math.round((r.rows / r.bestMs) * 1000).toLocaleString('en-US');
      const ratio =
        baseline && f.name === 'bench.csv' ? `  = ${(r.bestMs / baseline).toFixed(2)}× sqlite3 .import` : '';
      console.log(
        `${f.label.padEnd(30)} ${mb.toFixed(1).padStart(5)} MB  cold ${r.coldMs.toFixed(0).padStart(5)} ms  ` +
          `best ${r.bestMs.toFixed(0).padStart(5)} ms  ${rate.padStart(8)} rows/s  ` +
          `peak RSS ${r.peakMb.toFixed(0)} MB  rejected ${r.rejected}${ratio}`,
      );
    }
    if (baseline !== null)
      console.log(`${'sqlite3 .import (baseline)'.padEnd(30)} ${baseline.toFixed(0).padStart(14)} ms`);
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
