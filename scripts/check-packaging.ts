/**
 * Offline packaging dry run, run by `npm run check:electron` after the configuration check: builds the
 * app.asar that electron-builder would put in each platform's installer, then checks what is inside.
 *
 * The file selection and the archive are electron-builder's own code, not a re-implementation:
 * app-builder-lib's getMainFileMatchers / computeFileSets (the `files` patterns over the project, with
 * its default exclusions), computeNodeModuleFileSets (the production dependencies, i.e. better-sqlite3
 * and what it needs at run time) and AsarPackager (asarUnpack plus smart unpacking, written by
 * @electron/asar). None of that needs the Electron binary. The one difference from a release build:
 * production dependencies are collected by walking node_modules (electron-builder's TRAVERSAL
 * collector) instead of asking `npm ls`, which gives the same modules without running npm.
 *
 * Usage: tsx scripts/check-packaging.ts [--dist <built dist folder>] [--keep]
 * --dist checks a build made elsewhere (e.g. `vite build --outDir /tmp/x/renderer`), so the check can
 * run without touching the project's dist/. Exits 1 with one line per problem.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { getRawHeader, type DirectoryRecord, type FileRecord } from '@electron/asar';
import { DebugLogger } from 'builder-util';
import type { Configuration, PlatformSpecificBuildOptions } from 'app-builder-lib';
import { Platform } from 'app-builder-lib/out/core';
import { FileMatcher, getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import type { ResolvedFileSet } from 'app-builder-lib/out/util/appFileCopier';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { TmpDir } from 'temp-file';
import { MAIN_OUTFILE, PRELOAD_OUTFILE, PROJECT_DIR, THREAD_OUTFILES } from './build-electron';
import { CONFIG_FILE } from './check-electron-config';

/**
 * app.asar plus app.asar.unpacked, per platform and architecture. Measured 2026-12: 14.0–14.3 MB
 * (main bundle 6 MB, job threads 4 MB, renderer 2.7 MB, better-sqlite3 with its one prebuild 2 MB).
 * The budget leaves about 75 % for growth but catches a dependency, other platforms' prebuilds or a
 * source tree slipping into the package.
 */
export const SIZE_BUDGET_BYTES = 25 * 1024 * 1024;

/** Must be in every package: what Electron starts, the preload, the job threads and the renderer's page. */
export const REQUIRED_FILES = [
  'package.json',
  MAIN_OUTFILE,
  PRELOAD_OUTFILE,
  ...THREAD_OUTFILES,
  'dist/renderer/index.html',
];

/** All the app needs at run time; anything else at the top of the package is a project file that slipped in. */
const PACKAGE_ROOTS = ['package.json', 'dist', 'node_modules'];

// Internals of app-builder-lib that its type declarations leave out (tagged @internal).
interface FakePlatformPackager {
  platform: Platform;
  config: Configuration;
  info: Record<string, unknown>;
}
interface Internals {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (p: string) => string,
    options: PlatformSpecificBuildOptions,
    packager: FakePlatformPackager,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (p: string) => string,
    options: PlatformSpecificBuildOptions,
    info: Record<string, unknown>,
  ): FileMatcher;
  computeFileSets(
    matchers: FileMatcher[],
    transformer: null,
    packager: FakePlatformPackager,
    isElectronCompile: boolean,
  ): Promise<ResolvedFileSet[]>;
  computeNodeModuleFileSets(packager: FakePlatformPackager, matcher: FileMatcher): Promise<ResolvedFileSet[]>;
  AsarPackager: new (
    packager: FakePlatformPackager,
    config: {
      defaultDestination: string;
      resourcePath: string;
      options: Record<string, unknown>;
      unpackPattern?: (file: string, stat: fs.Stats) => boolean;
    },
  ) => { pack(fileSets: ResolvedFileSet[]): Promise<void> };
}

const requireBuilder = createRequire(import.meta.url);
const internals: Internals = {
  ...(requireBuilder('app-builder-lib/out/fileMatcher') as Pick<
    Internals,
    'getMainFileMatchers' | 'getNodeModuleFileMatcher'
  >),
  ...(requireBuilder('app-builder-lib/out/util/appFileCopier') as Pick<
    Internals,
    'computeFileSets' | 'computeNodeModuleFileSets'
  >),
  ...(requireBuilder('app-builder-lib/out/asar/asarUtil') as Pick<Internals, 'AsarPackager'>),
};
const { PM } = requireBuilder('app-builder-lib/out/node-module-collector') as { PM: { TRAVERSAL: string } };

export type PlatformKey = 'win' | 'mac' | 'linux';
const PLATFORMS: Record<PlatformKey, Platform> = {
  win: Platform.WINDOWS,
  mac: Platform.MAC,
  linux: Platform.LINUX,
};

export interface PackedEntry {
  /** Path inside the app, '/'-separated (e.g. dist/renderer/index.html). */
  path: string;
  size: number;
  unpacked: boolean;
}

export interface PlatformPackage {
  platform: PlatformKey;
  /** electron-builder packs the app once per architecture. */
  arch: string;
  entries: PackedEntry[];
  asarBytes: number;
  unpackedBytes: number;
}

export interface PackagingResult {
  packages: PlatformPackage[];
  problems: string[];
}

export interface PackagingOptions {
  projectDir?: string;
  configFile?: string;
  platforms?: PlatformKey[];
  budgetBytes?: number;
  /** Where the archives are written; a fresh temp folder (removed afterwards) when not given. */
  outDir?: string;
}

/** Every file of the archive, with whether it lives in app.asar.unpacked. */
function listArchive(archive: string): PackedEntry[] {
  const entries: PackedEntry[] = [];
  const visit = (node: DirectoryRecord, prefix: string) => {
    for (const [name, child] of Object.entries(node.files)) {
      const where = prefix ? `${prefix}/${name}` : name;
      if ('files' in child) visit(child as DirectoryRecord, where);
      else if ('size' in child) {
        const file = child as FileRecord;
        entries.push({ path: where, size: Number(file.size), unpacked: file.unpacked === true });
      }
    }
  };
  visit(getRawHeader(archive).header, '');
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** The architectures a platform's targets name (electron-builder's default, x64, when none do). */
function targetArchs(config: Configuration, key: PlatformKey): string[] {
  const targets = (config as Record<string, unknown>)[key] as { target?: unknown } | undefined;
  const list = Array.isArray(targets?.target) ? targets.target : targets?.target ? [targets.target] : [];
  const archs = list.flatMap((t: unknown) => {
    const arch = typeof t === 'object' && t !== null ? (t as { arch?: unknown }).arch : undefined;
    return Array.isArray(arch) ? arch.map(String) : typeof arch === 'string' ? [arch] : [];
  });
  return archs.length > 0 ? [...new Set(archs)] : ['x64'];
}

/** Builds one app.asar (and app.asar.unpacked) in outDir with electron-builder's own code. */
async function packPlatform(
  projectDir: string,
  config: Configuration,
  key: PlatformKey,
  arch: string,
  outDir: string,
): Promise<PlatformPackage> {
  const platform = PLATFORMS[key];
  const options = ((config as Record<string, unknown>)[key] ?? {}) as PlatformSpecificBuildOptions;
  const packageJson = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const resourcePath = path.join(outDir, `${key}-${arch}`);
  const destination = path.join(resourcePath, 'app');
  fs.mkdirSync(resourcePath, { recursive: true });
  const tempDirManager = new TmpDir('retrofit-check-packaging');
  const info = {
    projectDir,
    appDir: projectDir,
    buildResourcesDir: path.resolve(projectDir, config.directories?.buildResources ?? 'build'),
    config,
    debugLogger: new DebugLogger(false),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    tempDirManager,
    appInfo: { type: 'commonjs' },
    nodePackageName: packageJson.name,
    originalMetadata: packageJson,
    getWorkspaceRoot: () => Promise.resolve(projectDir),
    getPackageManager: () => Promise.resolve(PM.TRAVERSAL),
  };
  const packager: FakePlatformPackager = { platform, config, info };
  // The macros a file pattern can use here. electron-builder expands ${platform} to the *build
  // machine's* process.platform; the release workflow builds every platform on its own OS
  // (check-electron-config.ts checks that), so there it is the target's, as here.
  const expand = (pattern: string) =>
    pattern
      .replaceAll('${os}', platform.buildConfigurationKey)
      .replaceAll('${platform}', platform.nodeName)
      .replaceAll('${arch}', arch);
  const installerOut = path.resolve(projectDir, config.directories?.output ?? 'dist');

  try {
    const matchers = internals.getMainFileMatchers(
      projectDir,
      destination,
      expand,
      options,
      packager,
      installerOut,
      false,
    );
    const moduleMatcher = internals.getNodeModuleFileMatcher(projectDir, destination, expand, options, info);
    const fileSets = [
      ...(await internals.computeFileSets(matchers, null, packager, false)),
      ...(await internals.computeNodeModuleFileSets(packager, moduleMatcher)),
    ].filter((s) => s.files.length > 0);
    const unpack = getFileMatchers(config, 'asarUnpack', destination, {
      macroExpander: expand,
      customBuildOptions: options,
      globalOutDir: installerOut,
      defaultSrc: projectDir,
    });
    const asarOptions = typeof config.asar === 'object' && config.asar !== null ? config.asar : {};
    await new internals.AsarPackager(packager, {
      defaultDestination: destination,
      resourcePath,
      options: asarOptions as Record<string, unknown>,
      unpackPattern: unpack?.[0]?.createFilter(),
    }).pack(fileSets);
  } finally {
    await tempDirManager.cleanup();
  }

  const archive = path.join(resourcePath, 'app.asar');
  return {
    platform: key,
    arch,
    entries: listArchive(archive),
    asarBytes: fs.statSync(archive).size,
    unpackedBytes: folderBytes(`${archive}.unpacked`),
  };
}

/** The package's promises: what must be there, what must not, and where the native module lives. */
export function packageProblems(pkg: PlatformPackage, budgetBytes: number): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${pkg.platform}-${pkg.arch}: ${message}`);
  const paths = new Set(pkg.entries.map((e) => e.path));

  for (const file of REQUIRED_FILES) if (!paths.has(file)) say(`${file} is missing from the package`);
  const strays = [...new Set(pkg.entries.map((e) => e.path.split('/')[0]!))].filter(
    (top) => !PACKAGE_ROOTS.includes(top),
  );
  if (strays.length > 0) say(`unexpected top-level entries in the package: ${strays.join(', ')}`);

  const natives = pkg.entries.filter((e) => e.path.endsWith('.node'));
  for (const e of natives.filter((n) => !n.unpacked)) {
    say(`${e.path} is inside app.asar: a native module only loads from app.asar.unpacked`);
  }
  const prebuild = `node_modules/better-sqlite3/prebuilds/${PLATFORMS[pkg.platform].nodeName}-${pkg.arch}.node`;
  if (!natives.some((e) => e.path === prebuild)) say(`${prebuild}, the SQLite driver, is missing`);
  for (const e of natives.filter((n) => n.path.includes('/prebuilds/') && n.path !== prebuild)) {
    say(`${e.path} is another platform's or architecture's native module`);
  }

  const unwanted: [RegExp, string][] = [
    [/\.(c|m)?tsx?$/, 'TypeScript source'],
    [/\.map$/, 'source map'],
    [/(^|\/)(test|tests|__tests__)\//, 'test file'],
    [/^node_modules\/better-sqlite3\/(deps|src)\//, "better-sqlite3's C sources"],
    [/(^|\/)binding\.gyp$/, 'native build file'],
    [/^(electron|renderer|shared|scripts|bench|docs)\//, 'project source'],
  ];
  for (const e of pkg.entries) {
    const hit = unwanted.find(([pattern]) => pattern.test(e.path) && !e.path.endsWith('.d.ts'));
    if (hit) say(`${e.path} should not be packaged (${hit[1]})`);
  }

  const total = pkg.asarBytes + pkg.unpackedBytes;
  if (total > budgetBytes) {
    const biggest = Object.entries(
      pkg.entries.reduce<Record<string, number>>((acc, e) => {
        const top = e.path.startsWith('node_modules/')
          ? e.path.split('/').slice(0, 2).join('/')
          : e.path.split('/').slice(0, 2).join('/');
        acc[top] = (acc[top] ?? 0) + e.size;
        return acc;
      }, {}),
    )
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, bytes]) => `${name} ${mb(bytes)}`)
      .join(', ');
    say(`package is ${mb(total)}, over the ${mb(budgetBytes)} budget (largest: ${biggest})`);
  }
  return problems;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Packs every configured platform and checks each package. */
export async function checkPackaging(options: PackagingOptions = {}): Promise<PackagingResult> {
  const projectDir = options.projectDir ?? PROJECT_DIR;
  const configPath = path.resolve(projectDir, options.configFile ?? CONFIG_FILE);
  const config = await getConfig(projectDir, configPath, null);
  await validateConfiguration(config, new DebugLogger(false));
  const configured = (Object.keys(PLATFORMS) as PlatformKey[]).filter(
    (k) => (config as Record<string, unknown>)[k] != null,
  );
  const platforms = options.platforms ?? configured;
  const budget = options.budgetBytes ?? SIZE_BUDGET_BYTES;
  const outDir = options.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-asar-'));

  const problems: string[] = [];
  for (const file of REQUIRED_FILES) {
    if (!fs.existsSync(path.join(projectDir, file))) {
      problems.push(`${file} does not exist in ${projectDir}: run \`npm run build\` first`);
    }
  }
  if (problems.length > 0) return { packages: [], problems };

  const packages: PlatformPackage[] = [];
  try {
    for (const key of platforms) {
      for (const arch of targetArchs(config, key)) {
        const pkg = await packPlatform(projectDir, config, key, arch, outDir);
        packages.push(pkg);
        problems.push(...packageProblems(pkg, budget));
      }
    }
  } finally {
    if (options.outDir === undefined) fs.rmSync(outDir, { recursive: true, force: true });
  }
  return { packages, problems };
}

/**
 * A throwaway project whose dist/ is a build made elsewhere: package.json and the config are copied,
 * node_modules is linked (electron-builder follows the link to the real modules).
 */
export function stageProject(projectDir: string, distDir: string, configFile = CONFIG_FILE): string {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-stage-'));
  for (const file of ['package.json', configFile]) {
    fs.copyFileSync(path.join(projectDir, file), path.join(stage, file));
  }
  fs.cpSync(distDir, path.join(stage, 'dist'), { recursive: true });
  fs.symlinkSync(path.join(projectDir, 'node_modules'), path.join(stage, 'node_modules'), 'junction');
  return stage;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  const projectDir = values.dist ? stageProject(PROJECT_DIR, path.resolve(values.dist)) : PROJECT_DIR;
  const outDir = values.keep ? fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-asar-')) : undefined;
  checkPackaging({ projectDir, outDir })
    .then(({ packages, problems }) => {
      for (const p of packages) {
        const unpacked = p.entries.filter((e) => e.unpacked).length;
        console.log(
          `${p.platform}-${p.arch}: app.asar ${mb(p.asarBytes)} + unpacked ${mb(p.unpackedBytes)} = ` +
            `${mb(p.asarBytes + p.unpackedBytes)} (budget ${mb(SIZE_BUDGET_BYTES)}), ` +
            `${p.entries.length} files, ${unpacked} unpacked`,
        );
      }
      if (outDir) console.log(`archives kept in ${outDir}`);
      if (problems.length > 0) {
        console.error(`Packaging check failed:\n${problems.map((p) => ` - ${p}`).join('\n')}`);
        process.exitCode = 1;
      } else {
        console.log('packaging dry run: native module unpacked, no sources, tests or maps, within budget');
      }
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => {
      if (projectDir !== PROJECT_DIR) fs.rmSync(projectDir, { recursive: true, force: true });
    });
}
