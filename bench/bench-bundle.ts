/**
 * Bundles the import child and the job threads (electron/core/jobs/thread-entries.ts) the way
 * scripts/build-electron.ts bundles the desktop app (CommonJS, Node 22, better-sqlite3 external,
 * import.meta.url from the bundle's own file), into bench/tmp/dist/. run-job.ts finds the threads'
 * files beside the bundle that calls it, so the import runs on the same bundled threads the
 * installed app runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { THREAD_ENTRIES } from '../electron/core/jobs/thread-entries';
import { REPO, TMP } from './bench-inputs';

export const BUNDLE_DIR = path.join(TMP, 'dist');

export async function bundleImportChild(): Promise<{ child: string }> {
  fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const out = { child: path.join(BUNDLE_DIR, 'import-child.cjs') };
  const bundles: [entry: string, outfile: string][] = [
    ['bench/import-child.ts', out.child],
    ...Object.entries(THREAD_ENTRIES).map(([name, file]): [string, string] => [
      file,
      path.join(BUNDLE_DIR, `${name}.cjs`),
    ]),
  ];
  for (const [entry, outfile] of bundles) {
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
