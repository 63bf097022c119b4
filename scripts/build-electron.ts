/**
 * Bundles the Electron shell: main process → dist/electron/main.cjs (package.json "main"), preload →
 * dist/electron/preload.cjs, the job threads (electron/core/jobs/thread-entries.ts) →
 * dist/electron/<name>.cjs. Run with tsx: `npm run build:electron`.
 *
 * Bundling keeps the installer free of TypeScript sources and of most node_modules: only
 * better-sqlite3 (native) and electron (provided by the runtime) stay external. The preload runs in
 * a sandboxed renderer whose `require` knows only 'electron', so the build fails if anything else
 * would be required there.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { THREAD_ENTRIES } from '../electron/core/jobs/thread-entries';

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ELECTRON_OUT_DIR = 'dist/electron';
export const MAIN_OUTFILE = `${ELECTRON_OUT_DIR}/main.cjs`;
export const PRELOAD_OUTFILE = `${ELECTRON_OUT_DIR}/preload.cjs`;
/** The job threads' bundles: beside main.cjs, where electron/core/jobs/run-job.ts looks for them. */
export const THREAD_OUTFILES = Object.keys(THREAD_ENTRIES).map((name) => `${ELECTRON_OUT_DIR}/${name}.cjs`);

const MAIN_EXTERNALS = ['electron', 'better-sqlite3'];
const PRELOAD_EXTERNALS = ['electron'];
/** Electron 45 ships Chromium 140 and Node 22. */
const CHROME_TARGET = 'chrome140';
const NODE_TARGET = 'node22';

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'eof',
  absWorkingDir: PROJECT_DIR,
};

const isBuiltin = (name: string) =>
  name.startsWith('node:') || builtinModules.includes(name.split('/')[0] ?? name);

/** The modules a bundle still requires at run time, so a stray dependency cannot hide. */
function runtimeRequires(metafile: Metafile): string[] {
  return [
    ...new Set(
      Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
    ),
  ].sort();
}

/** outDir (relative to projectDir, or absolute) lets tests build a bundle without touching dist/. */
export async function buildElectron(projectDir = PROJECT_DIR, outDir = ELECTRON_OUT_DIR): Promise<void> {
  fs.rmSync(path.resolve(projectDir, outDir), { recursive: true, force: true });

  // The main process, and the threads that run long jobs (imports, exports) beside it.
  const bundles: [entry: string, outfile: string][] = [
    ['electron/main/main.ts', MAIN_OUTFILE],
    ...Object.values(THREAD_ENTRIES).map((file, i): [string, string] => [file, THREAD_OUTFILES[i] as string]),
  ];
  for (const [entry, outfile] of bundles) {
    const bundle = await build({
      ...common,
      absWorkingDir: projectDir,
      metafile: true,
      entryPoints: [entry],
      outfile: path.join(outDir, path.basename(outfile)),
      platform: 'node',
      target: NODE_TARGET,
      external: MAIN_EXTERNALS,
      // The core is ESM source and uses import.meta.url (createRequire for package.json, the job
      // threads' location); CommonJS has no import.meta, so the bundle gets it from its own file name.
      define: { 'import.meta.url': '__bundleFileUrl' },
      banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    });
    const stray = runtimeRequires(bundle.metafile).filter(
      (m) => !MAIN_EXTERNALS.includes(m) && !isBuiltin(m),
    );
    if (stray.length > 0) throw new Error(`${entry} bundle requires unexpected modules: ${stray.join(', ')}`);
  }

  const preload = await build({
    ...common,
    absWorkingDir: projectDir,
    metafile: true,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outDir, path.basename(PRELOAD_OUTFILE)),
    // 'browser' makes any Node built-in a build error: the sandboxed preload cannot load them.
    platform: 'browser',
    target: CHROME_TARGET,
    external: PRELOAD_EXTERNALS,
  });
  const strayPreload = runtimeRequires(preload.metafile).filter((m) => !PRELOAD_EXTERNALS.includes(m));
  if (strayPreload.length > 0) {
    throw new Error(`preload may only require 'electron' but requires: ${strayPreload.join(', ')}`);
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  buildElectron().then(
    () => console.log(`built ${MAIN_OUTFILE} and ${PRELOAD_OUTFILE}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
