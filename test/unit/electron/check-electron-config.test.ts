import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../scripts/build-electron';
import { checkElectronConfig, RELEASE_WORKFLOW } from '../../../scripts/check-electron-config';

const dirs: string[] = [];

/** A copy of the project's packaging files, optionally edited, in a temp folder. */
function project(
  edit: (yml: string) => string = (y) => y,
  editPackage: (pkg: Record<string, unknown>) => void = () => {},
  editWorkflow: (yml: string) => string = (y) => y,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-builder-'));
  dirs.push(dir);
  fs.cpSync(path.join(PROJECT_DIR, 'build'), path.join(dir, 'build'), { recursive: true });
  fs.mkdirSync(path.join(dir, path.dirname(RELEASE_WORKFLOW)), { recursive: true });
  fs.writeFileSync(
    path.join(dir, RELEASE_WORKFLOW),
    editWorkflow(fs.readFileSync(path.join(PROJECT_DIR, RELEASE_WORKFLOW), 'utf8')),
  );
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  editPackage(pkg);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  const yml = fs.readFileSync(path.join(PROJECT_DIR, 'electron-builder.yml'), 'utf8');
  const edited = edit(yml);
  fs.writeFileSync(path.join(dir, 'electron-builder.yml'), edited);
  return dir;
}

function replaceOnce(yml: string, from: string, to: string): string {
  expect(yml).toContain(from);
  return yml.replace(from, to);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('check-electron-config', () => {
  it('accepts the project configuration', async () => {
    expect(await checkElectronConfig(PROJECT_DIR)).toEqual([]);
    expect(await checkElectronConfig(project())).toEqual([]);
  });

  it('names a misspelt option (schema)', async () => {
    const problems = await checkElectronConfig(
      project((y) => replaceOnce(y, '  oneClick: false', '  oneclick: false')),
    );
    expect(problems.join('\n')).toMatch(/nsis\.oneclick is not an electron-builder option/);
    expect(problems.join('\n')).toMatch(/does not match electron-builder's schema/);
  });

  it('rejects a wrongly typed value (schema)', async () => {
    const problems = await checkElectronConfig(project((y) => replaceOnce(y, 'asar: true', 'asar: [1, 2]')));
    expect(problems.join('\n')).toMatch(/configuration\.asar/);
  });

  it('rejects YAML that does not parse', async () => {
    const problems = await checkElectronConfig(project((y) => `${y}\nfiles: [\n`));
    expect(problems.join('\n')).toMatch(/cannot be loaded/);
  });

  it.each([
    ['a per-machine install', '  perMachine: false', '  perMachine: true', /perMachine must be false/],
    ['elevation', '  allowElevation: false', '  allowElevation: true', /allowElevation must be false/],
    ['auto-update', 'publish: null', 'publish: github', /publish must be null/],
    ['no hardened runtime', '  hardenedRuntime: true', '  hardenedRuntime: false', /hardenedRuntime/],
    [
      'an arm64-less Windows build',
      '      arch: [x64, arm64]\n\n# Per-user',
      '      arch: [x64]\n\n# Per-user',
      /nsis for x64 and arm64/,
    ],
    ['installers inside dist/', '  output: release', '  output: dist/installers', /outside dist/],
    [
      'the native module packed in the archive',
      '  - node_modules/better-sqlite3/prebuilds/*.node',
      '  - nothing/*.node',
      /asarUnpack/,
    ],
    [
      'sources in the package',
      '  - dist/renderer/**/*',
      '  - dist/renderer/**/*\n  - electron/**/*',
      /must not include electron\/main\/main\.ts/,
    ],
    ['the runAsNode fuse', '  runAsNode: false', '  runAsNode: true', /runAsNode must be false/],
    [
      'a missing entitlements file',
      'entitlements: build/entitlements.mac.plist',
      'entitlements: build/missing.plist',
      /missing\.plist does not exist/,
    ],
    ['no .retrofit association', '  - ext: retrofit', '  - ext: rfp', /\.retrofit/],
  ])('rejects %s (policy)', async (_name, from, to, expected) => {
    const problems = await checkElectronConfig(project((y) => replaceOnce(y, from, to)));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('rejects a package.json "main" that is not the built bundle', async () => {
    const problems = await checkElectronConfig(
      project(undefined, (pkg) => {
        pkg.main = 'dist/main.js';
      }),
    );
    expect(problems.join('\n')).toMatch(/"main" is "dist\/main\.js" but .* writes dist\/electron\/main\.cjs/);
  });

  it('requires the default icons in build/ unless an icon is configured', async () => {
    const dir = project();
    fs.rmSync(path.join(dir, 'build/icon.ico'));
    expect((await checkElectronConfig(dir)).join('\n')).toMatch(/build\/icon\.ico is missing/);
  });

  it('requires an uninstaller that asks before deleting user data, and never on an update', async () => {
    const missing = project();
    fs.rmSync(path.join(missing, 'build/installer.nsh'));
    expect((await checkElectronConfig(missing)).join('\n')).toMatch(
      /installer\.nsh must define customUnInstall/,
    );

    const noGuard = project();
    const script = path.join(noGuard, 'build/installer.nsh');
    fs.writeFileSync(
      script,
      fs.readFileSync(script, 'utf8').replace('${ifNot} ${isUpdated}', '${if} 1 == 1'),
    );
    expect((await checkElectronConfig(noGuard)).join('\n')).toMatch(/never on an update/);

    const silentDeletes = project();
    const silent = path.join(silentDeletes, 'build/installer.nsh');
    fs.writeFileSync(silent, fs.readFileSync(silent, 'utf8').replace('/SD IDNO', '/SD IDYES'));
    expect(await checkElectronConfig(silentDeletes)).not.toEqual([]);
  });

  it.each([
    [
      'the unit tests left out',
      '      - name: Unit tests\n        run: npm run test:unit\n',
      '',
      /without running the unit tests first/,
    ],
    [
      'a platform target dropped from the matrix',
      'builder-args: --win nsis --x64 --arm64',
      'builder-args: --win nsis --x64',
      /no electron-builder run builds win nsis \(x64, arm64\)/,
    ],
    [
      'a build that publishes',
      'run: npx electron-builder ${{ matrix.builder-args }} --publish never\n\n      - uses',
      'run: npx electron-builder ${{ matrix.builder-args }} --publish always\n\n      - uses',
      /must pass --publish never/,
    ],
    ['no tag trigger', "tags: ['v*']", "branches: ['main']", /version tag/],
    [
      'a cross-build',
      'os: macos-latest',
      'os: ubuntu-latest',
      /"npx electron-builder --mac dmg --arm64 --x64 --publish never" must run on macos-\* \(runs on ubuntu-latest\)/,
    ],
  ])('rejects a release workflow with %s', async (_name, from, to, expected) => {
    const problems = await checkElectronConfig(
      project(undefined, undefined, (y) => replaceOnce(y, from, to)),
    );
    expect(problems.join('\n')).toMatch(expected);
  });

  it('asks for the release workflow to build a target added to the config', async () => {
    const problems = await checkElectronConfig(
      project((y) =>
        replaceOnce(
          y,
          '    - target: AppImage',
          '    - target: deb\n      arch: [x64]\n    - target: AppImage',
        ),
      ),
    );
    expect(problems.join('\n')).toMatch(/no electron-builder run builds linux deb \(x64\)/);
  });

  it('rejects a productName that would move the user-data folder', async () => {
    const problems = await checkElectronConfig(project((y) => `${y}\nproductName: Something Else\n`));
    expect(problems.join('\n')).toMatch(/productName must come from package\.json/);
  });
});
