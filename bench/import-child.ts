/**
 * One register import in a process of its own, through the calls the app makes: Core.open on a
 * workspace file, enterprise.create, the file registered as the user's choice, its preview, then
 * equipment.import (which runs on the import's writing and reading threads). Prints one JSON line:
 * the import's wall time, its counts and the process's peak resident memory (VmHWM covers the
 * threads too: threads share the process).
 *
 * The bench runs it bundled with esbuild beside the bundled job threads, as the desktop app ships
 * (dist/electron/main.cjs + the threads' .cjs files), and also from the TypeScript sources through
 * tsx, as `npm run web` runs it.
 *
 *   import-child --workspace FILE --file REGISTER [--name NAME] [--cold]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Core } from '../electron/core/core';
import { RESULT_PREFIX, type ImportChildResult } from './import-result';

function peakRssMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      file: { type: 'string' },
      name: { type: 'string', default: '基准测试企业' },
      cold: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.workspace || !values.file)
    throw new Error('usage: import-child --workspace FILE --file REGISTER');
  const t0 = performance.now();
  const core = await Core.open({
    workspacePath: values.workspace,
    autoBackupEveryMs: 0,
    logger: { error: (m, d) => console.error(m, d ?? ''), info: () => {} },
  });
  try {
    const enterprise = await core.call('enterprise.create', { name: values.name });
    const openMs = performance.now() - t0;
    const ref = core.files.registerRead(values.file);
    // As the app does: the preview first (its import's threads start loading then), and the import
    // when the user confirms it, here at once. --cold imports without a preview.
    const t0Preview = performance.now();
    if (!values.cold)
      await core.call('equipment.importPreview', { enterpriseId: enterprise.id, fileId: ref.fileId });
    const previewMs = values.cold ? null : performance.now() - t0Preview;
    const t1 = performance.now();
    const result = await core.call('equipment.import', { enterpriseId: enterprise.id, fileId: ref.fileId });
    const importMs = performance.now() - t1;
    const out: ImportChildResult = {
      importMs,
      previewMs,
      openMs,
      enterpriseId: enterprise.id,
      imported: result.imported,
      updated: result.updated,
      rejected: result.rejectedCount,
      warnings: result.warningCount,
      peakRssMb: peakRssMb(),
    };
    console.log(RESULT_PREFIX + JSON.stringify(out));
  } finally {
    core.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
