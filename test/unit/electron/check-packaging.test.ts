import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR, THREAD_OUTFILES } from '../../../scripts/build-electron';
import { checkPackaging, packageProblems, stageProject } from '../../../scripts/check-packaging';

const dirs: string[] = [];

function write(root: string, file: string, content: string | Buffer = `// ${file}\n`) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), content);
}

/**
 * A small project laid out like this one, packed with the real electron-builder.yml (optionally
 * edited): built bundles beside their maps, sources and tests, better-sqlite3 with prebuilds for
 * every platform plus its C sources, its compile-only dependency, and a dev-only module.
 */
function fakeProject(edit: (yml: string) => string = (y) => y): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-pack-'));
  dirs.push(root);
  write(
    root,
    'package.json',
    JSON.stringify({
      name: 'fake-app',
      version: '1.0.0',
      main: 'dist/electron/main.cjs',
      dependencies: { 'better-sqlite3': '^13.0.0' },
      devDependencies: { 'dev-only': '^1.0.0' },
    }),
  );
  write(
    root,
    'electron-builder.yml',
    edit(fs.readFileSync(path.join(PROJECT_DIR, 'electron-builder.yml'), 'utf8')),
  );
  for (const f of [
    'main.cjs',
    'preload.cjs',
    ...THREAD_OUTFILES.map((t) => path.basename(t)),
    'main.cjs.map',
  ])
    write(root, `dist/electron/${f}`);
  write(root, 'dist/renderer/index.html', '<!doctype html>');
  write(root, 'dist/renderer/assets/index-abc.js');
  write(root, 'dist/renderer/assets/index-abc.js.map');
  write(root, 'electron/main/main.ts');
  write(root, 'test/unit/main.test.ts');

  const sqlite = 'node_modules/better-sqlite3';
  write(
    root,
    `${sqlite}/package.json`,
    JSON.stringify({
      name: 'better-sqlite3',
      version: '13.2.0',
      main: 'lib/index.js',
      dependencies: { 'node-addon-api': '^8.0.0' },
    }),
  );
  write(root, `${sqlite}/lib/index.js`);
  for (const p of ['win32-x64', 'win32-arm64', 'darwin-x64', 'darwin-arm64', 'linux-x64', 'linuxmusl-x64']) {
    write(root, `${sqlite}/prebuilds/${p}.node`, Buffer.alloc(2048, 1));
  }
  write(root, `${sqlite}/deps/sqlite3/sqlite3.c`);
  write(root, `${sqlite}/src/better_sqlite3.cpp`);
  write(root, `${sqlite}/binding.gyp`, '{}');
  write(root, 'node_modules/node-addon-api/package.json', '{"name":"node-addon-api","version":"8.0.0"}');
  write(root, 'node_modules/node-addon-api/napi.h');
  write(root, 'node_modules/dev-only/package.json', '{"name":"dev-only","version":"1.0.0"}');
  write(root, 'node_modules/dev-only/index.js');
  return root;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('check-packaging', () => {
  it('packs what the config selects, with the native module unpacked', async () => {
    const { packages, problems } = await checkPackaging({ projectDir: fakeProject() });
    expect(problems).toEqual([]);
    // One archive per platform and architecture the config's targets name.
    expect(packages.map((p) => `${p.platform}-${p.arch}`)).toEqual([
      'win-x64',
      'win-arm64',
      'mac-x64',
      'mac-arm64',
      'linux-x64',
    ]);

    const win = packages.find((p) => p.platform === 'win' && p.arch === 'arm64')!;
    const files = win.entries.map((e) => e.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/electron/job-worker.cjs',
        'dist/electron/import-writer-thread.cjs',
        'dist/electron/import-reader-thread.cjs',
        'dist/renderer/index.html',
        'dist/renderer/assets/index-abc.js',
        'node_modules/better-sqlite3/lib/index.js',
      ]),
    );
    const natives = win.entries.filter((e) => e.path.endsWith('.node'));
    expect(natives.map((e) => [e.path, e.unpacked])).toEqual([
      ['node_modules/better-sqlite3/prebuilds/win32-arm64.node', true],
    ]);
    for (const excluded of [/\.map$/, /\.ts$/, /^test\//, /^electron\//, /better-sqlite3\/(deps|src)\//]) {
      expect(files.filter((f) => excluded.test(f))).toEqual([]);
    }
    expect(files.filter((f) => /binding\.gyp|node-addon-api|dev-only/.test(f))).toEqual([]);
    // Smart unpacking moves the whole module with a native file beside the archive, and nothing else.
    const unpacked = win.entries.filter((e) => e.unpacked);
    expect(unpacked.map((e) => e.path)).toEqual([
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/package.json',
      'node_modules/better-sqlite3/prebuilds/win32-arm64.node',
    ]);
    expect(win.unpackedBytes).toBe(unpacked.reduce((n, e) => n + e.size, 0));

    const linux = packages.find((p) => p.platform === 'linux')!;
    expect(linux.entries.filter((e) => e.path.endsWith('.node')).map((e) => e.path)).toEqual([
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
    ]);
  });

  it('reports source maps and sources that the patterns let in', async () => {
    const dir = fakeProject((y) =>
      y
        .replace("  - '!**/*.map'\n", '')
        .replace('  - dist/renderer/**/*\n', '  - dist/renderer/**/*\n  - electron/**/*\n'),
    );
    const { problems } = await checkPackaging({ projectDir: dir, platforms: ['win'] });
    const text = problems.join('\n');
    expect(text).toMatch(
      /win-x64: dist\/renderer\/assets\/index-abc\.js\.map should not be packaged \(source map\)/,
    );
    expect(text).toMatch(/win-arm64: electron\/main\/main\.ts should not be packaged \(TypeScript source\)/);
    expect(text).toMatch(/win-x64: unexpected top-level entries in the package: electron\n/);
  });

  it('catches platform `files` that make electron-builder pack the whole project', async () => {
    // A platform list of exclusions only becomes a second file set, which electron-builder fills with **/*.
    const dir = fakeProject((y) =>
      y.replace('  category: Office\n', "  category: Office\n  files:\n    - '!**/*.txt'\n"),
    );
    const { problems } = await checkPackaging({ projectDir: dir, platforms: ['linux'] });
    expect(problems).toEqual([
      'linux-x64: unexpected top-level entries in the package: electron, test',
      'linux-x64: dist/electron/main.cjs.map should not be packaged (source map)',
      'linux-x64: dist/renderer/assets/index-abc.js.map should not be packaged (source map)',
      'linux-x64: electron/main/main.ts should not be packaged (TypeScript source)',
      'linux-x64: test/unit/main.test.ts should not be packaged (TypeScript source)',
    ]);
  });

  it('reports a native module left inside the archive', async () => {
    const dir = fakeProject((y) =>
      y
        .replace('asar: true', 'asar:\n  smartUnpack: false')
        .replace('asarUnpack:\n  - node_modules/better-sqlite3/prebuilds/*.node\n', ''),
    );
    const { problems } = await checkPackaging({ projectDir: dir, platforms: ['mac'] });
    expect(problems).toEqual([
      'mac-x64: node_modules/better-sqlite3/prebuilds/darwin-x64.node is inside app.asar: a native module only loads from app.asar.unpacked',
      'mac-arm64: node_modules/better-sqlite3/prebuilds/darwin-arm64.node is inside app.asar: a native module only loads from app.asar.unpacked',
    ]);
  });

  it('fails a package over the size budget, naming the largest parts', async () => {
    const { packages, problems } = await checkPackaging({
      projectDir: fakeProject(),
      platforms: ['win'],
      budgetBytes: 1024,
    });
    const total = packages[0]!.asarBytes + packages[0]!.unpackedBytes;
    expect(total).toBeGreaterThan(1024);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^win-x64: package is 0\.0 MB, over the 0\.0 MB budget \(largest: node_modules\/better-sqlite3/,
    );
  });

  it('asks for a build when dist/ is missing', async () => {
    const dir = fakeProject();
    fs.rmSync(path.join(dir, 'dist/renderer'), { recursive: true });
    const { problems } = await checkPackaging({ projectDir: dir });
    expect(problems).toEqual([
      `dist/renderer/index.html does not exist in ${dir}: run \`npm run build\` first`,
    ]);
  });

  it('checks a build made elsewhere through a staged project', async () => {
    const source = fakeProject();
    const stage = stageProject(source, path.join(source, 'dist'));
    dirs.push(stage);
    const { problems, packages } = await checkPackaging({ projectDir: stage, platforms: ['linux'] });
    expect(problems).toEqual([]);
    expect(packages[0]!.entries.some((e) => e.path === 'node_modules/better-sqlite3/lib/index.js')).toBe(
      true,
    );
  });

  it("names another platform's prebuild and a missing one", () => {
    const problems = packageProblems(
      {
        platform: 'mac',
        arch: 'arm64',
        entries: [
          ...['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'].map((p) => ({
            path: p,
            size: 1,
            unpacked: false,
          })),
          { path: 'node_modules/better-sqlite3/prebuilds/win32-x64.node', size: 1, unpacked: true },
          { path: 'node_modules/better-sqlite3/prebuilds/darwin-x64.node', size: 1, unpacked: true },
        ],
        asarBytes: 10,
        unpackedBytes: 1,
      },
      1000,
    );
    expect(problems).toEqual([
      ...THREAD_OUTFILES.map((t) => `mac-arm64: ${t} is missing from the package`),
      'mac-arm64: dist/renderer/index.html is missing from the package',
      'mac-arm64: node_modules/better-sqlite3/prebuilds/darwin-arm64.node, the SQLite driver, is missing',
      "mac-arm64: node_modules/better-sqlite3/prebuilds/win32-x64.node is another platform's or architecture's native module",
      "mac-arm64: node_modules/better-sqlite3/prebuilds/darwin-x64.node is another platform's or architecture's native module",
    ]);
  });
});
