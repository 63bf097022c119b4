/**
 * Offline checks of the Electron packaging set-up, run by `npm run check:electron`:
 *
 * 1. electron-builder.yml against electron-builder's own JSON schema (app-builder-lib's
 *    validateConfiguration, the same code `electron-builder` runs before building), so a typo or a
 *    misplaced option fails here rather than on the release runner.
 * 2. The product's packaging promises, which the schema cannot know: per-user install without
 *    elevation, no auto-update, hardened runtime with an entitlements file that exists, the
 *    native module unpacked, the `.retrofit` association, security fuses.
 * 3. package.json "main" is what scripts/build-electron.ts produces, and the packaged files include
 *    both bundles and the renderer.
 * 4. The app icons electron-builder picks up by default (build/icon.{icns,ico,png}) exist, and the
 *    release workflow runs the unit tests and builds every target the config names, for every arch.
 *
 * What actually goes into the archive is checked by scripts/check-packaging.ts (a packaging dry run).
 *
 * Exits 1 with one line per problem.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { MAIN_OUTFILE, PRELOAD_OUTFILE, PROJECT_DIR } from './build-electron';

export const CONFIG_FILE = 'electron-builder.yml';
export const RELEASE_WORKFLOW = '.github/workflows/release.yml';
/** What electron-builder uses when no icon is configured: build/icon.icns, .ico and .png (buildResources). */
const DEFAULT_ICONS = ['icon.icns', 'icon.ico', 'icon.png'];
const PLATFORM_KEYS = ['win', 'mac', 'linux'] as const;
const NATIVE_RUNNER = { '--win': 'windows', '--mac': 'macos', '--linux': 'ubuntu' };
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
/** The schema validateConfiguration uses; read again only to explain a failure. */
const SCHEMA_FILE = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');

type Json = Record<string, unknown>;

const asRecord = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** electron-builder normalises `files` to FileSets ({ filter: [...] }); plain strings are accepted too. */
function filePatterns(files: unknown): string[] {
  return asArray(files).flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const set = asRecord(entry);
    if (set.from !== undefined || set.to !== undefined) return [];
    return asArray(set.filter).filter((p): p is string => typeof p === 'string');
  });
}

/** electron-builder's rule: included when some positive pattern matches and no later negation does. */
function isPackaged(file: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (path.matchesGlob(file, pattern.slice(1))) included = false;
    } else if (path.matchesGlob(file, pattern)) {
      included = true;
    }
  }
  return included;
}

/** Targets as [name, archs] pairs, whatever shorthand the config uses. */
function targets(platform: unknown): { target: string; arch: string[] }[] {
  return asArray(asRecord(platform).target).map((t) =>
    typeof t === 'string'
      ? { target: t, arch: [] }
      : { target: String(asRecord(t).target), arch: asArray(asRecord(t).arch).map(String) },
  );
}

const UNINSTALL_ASKS =
  'build/installer.nsh must define customUnInstall that asks before deleting user data (MB_YESNO, /SD IDNO) and never on an update (${isUpdated})';

/**
 * The uninstaller keeps the user's data unless asked: electron-builder includes build/installer.nsh
 * (or nsis.include), whose customUnInstall macro asks, answering No when silent or updating.
 */
function uninstallAsks(projectDir: string, nsis: Json): boolean {
  const include = typeof nsis.include === 'string' ? nsis.include : 'build/installer.nsh';
  const file = path.resolve(projectDir, include);
  if (!fs.existsSync(file)) return false;
  const script = fs.readFileSync(file, 'utf8');
  const macro = /!macro customUnInstall([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
  return (
    macro.includes('${isUpdated}') &&
    /MessageBox\s+MB_YESNO[^\n]*MB_DEFBUTTON2/.test(macro) &&
    macro.includes('/SD IDNO') &&
    macro.includes('RMDir')
  );
}

function policyProblems(config: Configuration, projectDir: string, packageJson: Json): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const c = config as unknown as Json;

  expect(
    typeof c.appId === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(c.appId),
    'appId must be a reverse-DNS id',
  );
  expect(
    c.productName === undefined || c.productName === packageJson.productName,
    'productName must come from package.json: it names the user-data folder electron/core/paths.ts expects',
  );
  const output = String(asRecord(c.directories).output ?? 'dist');
  expect(
    output !== 'dist' && !output.startsWith('dist/'),
    `directories.output (${output}) must be outside dist/, which is packaged content`,
  );

  const patterns = filePatterns(c.files);
  for (const file of ['package.json', MAIN_OUTFILE, PRELOAD_OUTFILE, 'dist/renderer/index.html']) {
    expect(isPackaged(file, patterns), `files must include ${file}`);
  }
  for (const file of [
    'electron/main/main.ts',
    'dist/electron/main.cjs.map',
    'test/unit/x.test.ts',
    'src/a.ts',
  ]) {
    expect(!isPackaged(file, patterns), `files must not include ${file}`);
  }

  expect(c.asar === undefined || c.asar === true, 'asar must be on');
  expect(
    asArray(c.asarUnpack).some(
      (p) =>
        typeof p === 'string' && path.matchesGlob('node_modules/better-sqlite3/prebuilds/win32-x64.node', p),
    ),
    "asarUnpack must cover better-sqlite3's native .node files",
  );
  expect(c.publish === null, 'publish must be null: the app never auto-updates');

  const fuses = asRecord(c.electronFuses);
  for (const fuse of ['runAsNode', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments']) {
    expect(fuses[fuse] === false, `electronFuses.${fuse} must be false`);
  }

  expect(
    asArray(c.fileAssociations).some((a) => asRecord(a).ext === 'retrofit'),
    'fileAssociations must register .retrofit',
  );

  const win = targets(c.win).find((t) => t.target === 'nsis');
  expect(
    win !== undefined && win.arch.includes('x64') && win.arch.includes('arm64'),
    'win must build nsis for x64 and arm64',
  );
  const nsis = asRecord(c.nsis);
  expect(nsis.oneClick === false, 'nsis.oneClick must be false');
  expect(nsis.perMachine === false, 'nsis.perMachine must be false (per-user install)');
  expect(nsis.allowElevation === false, 'nsis.allowElevation must be false (no administrator rights)');
  expect(nsis.deleteAppDataOnUninstall !== true, 'nsis.deleteAppDataOnUninstall would delete the workspace');
  expect(uninstallAsks(projectDir, nsis), UNINSTALL_ASKS);

  const mac = asRecord(c.mac);
  const dmg = targets(c.mac).find((t) => t.target === 'dmg');
  expect(
    dmg !== undefined && dmg.arch.includes('x64') && dmg.arch.includes('arm64'),
    'mac must build dmg for x64 and arm64',
  );
  expect(mac.hardenedRuntime === true, 'mac.hardenedRuntime must be true');
  for (const key of ['entitlements', 'entitlementsInherit']) {
    const file = mac[key];
    if (typeof file !== 'string') {
      problems.push(`mac.${key} must name a plist in build/`);
      continue;
    }
    const full = path.resolve(projectDir, file);
    if (!fs.existsSync(full)) {
      problems.push(`mac.${key}: ${file} does not exist`);
      continue;
    }
    const plist = fs.readFileSync(full, 'utf8');
    expect(
      plist.includes('<plist') && plist.includes('com.apple.security.cs.allow-jit'),
      `${file} must grant allow-jit`,
    );
    expect(
      !plist.includes('com.apple.security.cs.disable-library-validation'),
      `${file} must not disable library validation`,
    );
  }

  expect(
    targets(c.linux).some((t) => t.target.toLowerCase() === 'appimage'),
    'linux must build an AppImage',
  );

  const configuredIcon = [c, ...PLATFORM_KEYS.map((k) => asRecord(c[k]))].some((o) => o.icon !== undefined);
  if (!configuredIcon) {
    const resources = String(asRecord(c.directories).buildResources ?? 'build');
    for (const icon of DEFAULT_ICONS) {
      expect(
        fs.existsSync(path.join(projectDir, resources, icon)),
        `${resources}/${icon} is missing: run \`npm run make:icons\``,
      );
    }
  }

  expect(
    packageJson.main === MAIN_OUTFILE,
    `package.json "main" is ${JSON.stringify(packageJson.main)} but scripts/build-electron.ts writes ${MAIN_OUTFILE}`,
  );
  return problems;
}

/**
 * The release workflow must build what the config promises: for each platform's targets and
 * architectures some job runs electron-builder with those flags (matrix values substituted), after
 * running the unit tests, and never publishes.
 */
export function releaseWorkflowProblems(workflow: unknown, config: Configuration): string[] {
  const problems: string[] = [];
  const on = asRecord(asRecord(workflow).on ?? asRecord(workflow)['true']);
  const tags = asArray(asRecord(on.push).tags).map(String);
  if (!tags.some((t) => t.startsWith('v'))) problems.push('must run on a pushed version tag (v*)');
  if (!('workflow_dispatch' in on)) problems.push('must be startable by hand (workflow_dispatch)');

  const builds: { command: string; runsOn: string; testedFirst: boolean }[] = [];
  for (const job of Object.values(asRecord(asRecord(workflow).jobs))) {
    const runs = asArray(asRecord(job).steps).map((step) => String(asRecord(step).run ?? ''));
    const includes = asArray(asRecord(asRecord(asRecord(job).strategy).matrix).include).map(asRecord);
    for (const values of includes.length > 0 ? includes : [{}]) {
      const expand = (run: string) =>
        run.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_m, key: string) => String(values[key] ?? ''));
      const firstTest = runs.findIndex((r) => /npm (run )?test(:unit)?(?![\w:-])/.test(r));
      runs.forEach((run, i) => {
        if (/\belectron-builder\b/.test(run)) {
          builds.push({
            command: expand(run),
            runsOn: expand(String(asRecord(job)['runs-on'] ?? '')),
            testedFirst: firstTest !== -1 && firstTest < i,
          });
        }
      });
    }
  }
  if (builds.length === 0) problems.push('never runs electron-builder');
  for (const b of builds) {
    if (!b.testedFirst) problems.push(`runs "${b.command}" without running the unit tests first`);
    if (!/--publish[ =]never\b/.test(b.command)) problems.push(`"${b.command}" must pass --publish never`);
    // The config's ${platform} file macro is the build machine's platform, so no cross-building.
    for (const [flag, runner] of Object.entries(NATIVE_RUNNER)) {
      if (b.command.split(/\s+/).includes(flag) && !b.runsOn.startsWith(runner)) {
        problems.push(`"${b.command}" must run on ${runner}-* (runs on ${b.runsOn || 'nothing'})`);
      }
    }
  }

  const c = config as unknown as Json;
  for (const key of PLATFORM_KEYS) {
    for (const { target, arch } of targets(c[key])) {
      const words = (command: string) => command.split(/\s+/);
      const built = builds.some(({ command }) => {
        const w = words(command);
        return (
          w.includes(`--${key}`) &&
          w.some((x) => x.toLowerCase() === target.toLowerCase()) &&
          arch.every((a) => w.includes(`--${a}`))
        );
      });
      if (!built) {
        problems.push(
          `no electron-builder run builds ${key} ${target} (${arch.join(', ') || 'default arch'})`,
        );
      }
    }
  }
  return problems;
}

interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: unknown;
}

/**
 * ajv's summary of a failed anyOf ("configuration.nsis should be one of these: null") hides the
 * usual cause, a misspelt option. This walks the config beside the schema and names unknown keys.
 */
function unknownOptions(
  schema: SchemaNode & { definitions?: Record<string, SchemaNode> },
  config: unknown,
): string[] {
  const definitions = schema.definitions ?? {};
  const objectSchemas = (node: SchemaNode | undefined): SchemaNode[] => {
    if (!node) return [];
    if (node.$ref) return objectSchemas(definitions[node.$ref.replace('#/definitions/', '')]);
    if (node.anyOf) return node.anyOf.flatMap(objectSchemas);
    return node.properties ? [node] : [];
  };
  const walk = (node: SchemaNode, value: unknown, where: string): string[] => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    const candidates = objectSchemas(node).filter((s) => s.additionalProperties === false);
    if (candidates.length === 0) return [];
    return Object.entries(value).flatMap(([key, child]) => {
      const owners = candidates.filter((s) => s.properties && key in s.properties);
      if (owners.length === 0) return [`${where}${key} is not an electron-builder option`];
      return owners.length === 1 ? walk(owners[0]!.properties![key]!, child, `${where}${key}.`) : [];
    });
  };
  return walk(schema, config, '');
}

/** Every problem found, as readable lines; empty when the set-up is sound. */
export async function checkElectronConfig(
  projectDir = PROJECT_DIR,
  configFile = CONFIG_FILE,
): Promise<string[]> {
  const configPath = path.resolve(projectDir, configFile);
  if (!fs.existsSync(configPath)) return [`${configFile} not found in ${projectDir}`];
  let packageJson: Json;
  try {
    packageJson = asRecord(JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')));
  } catch (e) {
    return [`package.json cannot be read: ${(e as Error).message}`];
  }

  let config: Configuration;
  try {
    config = await getConfig(projectDir, configPath, null);
  } catch (e) {
    return [`${configFile} cannot be loaded: ${(e as Error).message}`];
  }
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (e) {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode;
    const hints = unknownOptions(schema, config).map((h) => `${configFile}: ${h}`);
    return [...hints, `${configFile} does not match electron-builder's schema:\n${(e as Error).message}`];
  }
  const problems = policyProblems(config, projectDir, packageJson).map((p) => `${configFile}: ${p}`);
  const workflowPath = path.join(projectDir, RELEASE_WORKFLOW);
  if (!fs.existsSync(workflowPath)) return [...problems, `${RELEASE_WORKFLOW} not found`];
  let workflow: unknown;
  try {
    workflow = yaml.load(fs.readFileSync(workflowPath, 'utf8'));
  } catch (e) {
    return [...problems, `${RELEASE_WORKFLOW} cannot be parsed: ${(e as Error).message}`];
  }
  return [...problems, ...releaseWorkflowProblems(workflow, config).map((p) => `${RELEASE_WORKFLOW}: ${p}`)];
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const configFile = process.argv[2] ?? CONFIG_FILE;
  checkElectronConfig(PROJECT_DIR, configFile).then(
    (problems) => {
      if (problems.length === 0) {
        console.log(
          `${configFile}: valid for electron-builder, packaging policy met, "main" → ${MAIN_OUTFILE}; ` +
            `${RELEASE_WORKFLOW} tests and builds every target`,
        );
        return;
      }
      console.error(`Electron configuration check failed:\n${problems.map((p) => ` - ${p}`).join('\n')}`);
      process.exit(1);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
