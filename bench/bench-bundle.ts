/**
 * Bundles the import child and the job worker the way scripts/build-electron.ts bundles the
 * desktop app (CommonJS, Node 22, better-sqlite3 external, import.meta.url from the bundle's own
 * file), into bench/tmp/dist/. run-job.ts finds job-worker.cjs beside the bundle that calls it, so
 * the import runs on the same bundled worker the installed app runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO, TMP } from './bench-inputs';

export const BUNDLE_DIR = path.join(TMP, 'dist');

export async function bundleImportChild(): Promise<{ child: string; worker: string }> {
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const out = {
    child: path.join(BUNDLE_DIR, 'import-child.cjs'),
    worker: path.join(BUNDLE_DIR, 'job-worker.cjs'),
  };
  for (const [entry, outfile] of [
    ['bench/import-child.ts', out.child],
    ['electron/core/jobs/job-worker.ts', out.worker],
  ] as const) {
    await build({
      absWorkingDir: REPO,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node22',
      logLevel: 'warning',
      external: ['electron', 'better-sqlite3'],
      define: { 'import.meta.url': '__bundleFileUrl' },
      banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    });
  }
  return out;
}
