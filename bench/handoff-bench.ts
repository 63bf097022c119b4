/**
 * Hand-off of a 100,000-row client: `handoff.export` of the enterprise to a `.retrofit` file,
 * `handoff.preview` of that file in a fresh workspace, and `handoff.import` into it (a new client).
 * The baseline, in the same run and alternating with them, is SQLite's own copy of the whole
 * workspace (`VACUUM INTO`): a file that carries the same rows, written by SQLite alone.
 * Run by `npm run bench -- --only handoff` on the bench's 100k-row workspace (read only).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { round, spread, timed, type Measure } from './bench-stats';

export async function handoffBench(
  workspace: string,
  enterpriseId: number,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<Measure[]> {
  const dir = path.join(path.dirname(path.dirname(workspace)), 'ws-handoff');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const source = await Core.open({ workspacePath: workspace, autoBackupEveryMs: 0 });
  const exportMs: number[] = [];
  const previewMs: number[] = [];
  const importMs: number[] = [];
  const vacuumMs: number[] = [];
  let fileBytes = 0;
  let rows = 0;
  try {
    for (let i = 0; i < repeats; i++) {
      const copy = path.join(dir, `vacuum-${i}.sqlite`);
      const reader = new Database(workspace, { readonly: true });
      const t0 = performance.now();
      reader.prepare('VACUUM INTO ?').run(copy);
      vacuumMs.push(performance.now() - t0);
      reader.close();
      fs.rmSync(copy, { force: true });

      const exported = await timed(() => source.call('handoff.export', { enterpriseId }));
      exportMs.push(exported.ms);
      rows = exported.result.counts.equipment;
      const file = source.files.resolve(exported.result.file.fileId, 'read').path;
      fileBytes = fs.statSync(file).size;

      const target = await Core.open({
        workspacePath: path.join(dir, `target-${i}.sqlite`),
        autoBackupEveryMs: 0,
      });
      try {
        const chosen = target.files.registerRead(file);
        const preview = await timed(() => target.call('handoff.preview', { fileId: chosen.fileId }));
        previewMs.push(preview.ms);
        const imported = await timed(() => target.call('handoff.import', { fileId: chosen.fileId }));
        importMs.push(imported.ms);
      } finally {
        target.close();
      }
      log(
        `handoff run ${i + 1}: export ${round(exportMs[i]!)} ms, preview ${round(previewMs[i]!)} ms, ` +
          `import ${round(importMs[i]!)} ms, VACUUM INTO ${round(vacuumMs[i]!)} ms`,
      );
    }
  } finally {
    source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const baseline = { label: 'VACUUM INTO (copy of the workspace)', value: spread(vacuumMs) };
  const size = `${rows} register rows, .retrofit file ${round(fileBytes / 1_048_576)} MB`;
  return [
    {
      id: 'handoff.export',
      label: 'Client file of 100k rows (handoff.export)',
      unit: 'ms',
      value: spread(exportMs),
      baseline,
      note: size,
    },
    {
      id: 'handoff.preview',
      label: 'Preview of that file in a fresh workspace (handoff.preview)',
      unit: 'ms',
      value: spread(previewMs),
      baseline,
      note: 'checks the zip, hashes, schema and references, then counts what would change',
    },
    {
      id: 'handoff.import',
      label: 'Import of that file as a new client (handoff.import)',
      unit: 'ms',
      value: spread(importMs),
      baseline,
      note: 'one transaction; validates the file again before writing',
    },
  ];
}
