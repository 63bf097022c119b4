import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/core';
import { cli, cliSpeaksChinese } from '../support/cli-runner';
import { tempDir } from '../core/helpers';
import { edited, fullPack, longhuaRobotProject, set } from './pack-fixtures';

let dir: string;
let db: string;

beforeEach(() => {
  dir = tempDir();
  db = path.join(dir, 'w.sqlite');
});
cliSpeaksChinese();

/** The robot project in a workspace file, closed so the CLI opens it as a user would. */
async function workspaceWithProject(): Promise<number> {
  const core = await Core.open({ workspacePath: db, autoBackupEveryMs: 0 });
  try {
    return await longhuaRobotProject(core);
  } finally {
    core.close();
  }
}

describe('funding CLI', () => {
  it('funding --project --json prints every programme with eligible, reasons, support and computation', async () => {
    const projectId = await workspaceWithProject();
    const r = await cli(
      'funding',
      '--db',
      db,
      '--project',
      String(projectId),
      '--subject',
      '{"project":{"filed":true}}',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.programmes).toHaveLength(10);
    const longhua = out.programmes.find((p: { id: string }) => p.id === 'longhua-2024-investment');
    expect(longhua).toMatchObject({
      pack: 'longhua-2024',
      name: '工业投资（技术改造）分档资助',
      status: 'eligible',
      eligible: true,
      estimatedSupportFen: 4_650_000_00,
      estimatedSupportYuan: 4_650_000,
      computation: { kind: 'tiers', baseFen: 31_000_000_00, capFen: 40_000_000_00, capApplied: false },
      checkCurrentNotice: true,
      verify: true,
      example: true,
    });
    expect(longhua.reasons.map((x: { text: string }) => x.text)).toEqual([
      '须全部满足以下条件 — 满足',
      '所在区：龙华区；要求等于 龙华区 — 满足',
      '已办理技术改造项目备案：是；要求等于 是 — 满足',
      '可支持投资（形成固定资产、扣除可抵扣增值税）：31,000,000.00 元；要求不小于 1,500,000.00 元 — 满足',
    ]);
    expect(longhua.computation.steps[1].text).toBe(
      '31,000,000.00 元 落在 20,000,000.00 元 – 50,000,000.00 元 档：15% × 31,000,000.00 元 = 4,650,000.00 元',
    );
    const major = out.programmes.find((p: { id: string }) => p.id === 'sz-2023-major');
    expect(major).toMatchObject({ eligible: false, estimatedSupportFen: 0 });
    const gd = out.programmes.find((p: { id: string }) => p.id === 'gd-equipment-award-prd');
    expect(gd).toMatchObject({ eligible: null, status: 'undetermined', estimatedSupportFen: 6_000_000_00 });
  });

  it('prints the evaluation as text in English, and takes the facts from a file', async () => {
    process.env.RETROFIT_LANG = 'en';
    const file = path.join(dir, 'subject.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        enterprise: { district: 'longhua' },
        project: { filed: false, eligibleInvestmentYuan: 5_000_000 },
      }),
    );
    const r = await cli('funding', '--db', db, '--subject-file', file, '--pack', 'longhua-2024');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 9)).toEqual([
      'Rule pack: Longhua district investment support (example)',
      '',
      '[Not eligible] Industrial (transformation) investment, tiered support — Longhua District People’s Government, Shenzhen 2024',
      '  Example · Check the current notice · [verify] figures from secondary sources only',
      '  ✗ All of the following — not met',
      '    ✓ District: Longhua; required = Longhua — met',
      '    ✗ Filed (备案) as a transformation project: no; required = yes — not met',
      '    ✓ Eligible investment (fixed assets, net of deductible VAT): ¥5,000,000.00; required ≥ ¥1,500,000.00 — met',
      '  Estimated support: 0 (not eligible; if it were, the computation below gives ¥600,000.00)',
    ]);
  });

  it('exports, imports with a dry run first, and refuses a malformed pack at its place', async () => {
    const exported = await cli('funding', 'export', '--db', db, '--pack', 'energy-review-check');
    expect(exported.code).toBe(0);
    const out = path.join(dir, 'pack.json');
    expect(
      (await cli('funding', 'export', '--db', db, '--pack', 'energy-review-check', '--out', out)).code,
    ).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(exported.stdout + '\n');

    const file = path.join(dir, 'test.json');
    fs.writeFileSync(file, JSON.stringify(fullPack()));
    const dry = await cli('funding', 'import', '--db', db, '--file', file, '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ action: 'add', dryRun: true });
    expect((await cli('funding', 'packs', '--db', db, '--json')).stdout).not.toContain('test-district');
    const done = await cli('funding', 'import', '--db', db, '--file', file);
    expect(done.stdout).toBe('已导入规则包“测试区资助”：新增 3 项，修改 0 项，删除 0 项，未变 0 项');
    expect((await cli('funding', 'packs', '--db', db)).stdout).toContain('test-district');

    const bad = edited(fullPack(), set('programmes[1].support.tiers[1].rate', 1.2));
    fs.writeFileSync(file, JSON.stringify(bad, null, 2));
    const refused = await cli('funding', 'import', '--db', db, '--file', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      '输入有误，请检查标出的字段。\n  - programmes[1].support.tiers[1].rate: 比例须在 0 到 1 之间（0.1 即 10%）',
    );
    const json = await cli('funding', 'import', '--db', db, '--file', file, '--json');
    expect(JSON.parse(json.stderr).error.issues[0].path).toEqual([
      'programmes',
      1,
      'support',
      'tiers',
      1,
      'rate',
    ]);
  });

  it('deletes and resets packs', async () => {
    expect((await cli('funding', 'delete', '--db', db, '--pack', 'longhua-2024')).stdout).toBe(
      '已删除规则包“龙华区工业投资资助（示例）”',
    );
    expect((await cli('funding', 'packs', '--db', db)).stdout).not.toContain('longhua-2024');
    await cli('funding', 'reset', '--db', db);
    expect((await cli('funding', 'packs', '--db', db)).stdout).toContain('longhua-2024');
  });

  it('is a usage error without facts, with bad JSON, or with an unknown command', async () => {
    expect((await cli('funding', '--db', db)).code).toBe(2);
    expect((await cli('funding', '--db', db, '--subject', '{filed}')).code).toBe(2);
    expect((await cli('funding', 'run', '--db', db)).code).toBe(2);
    const unknown = await cli('funding', '--db', db, '--subject', '{}', '--pack', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有标识为“nope”的规则包');
  });
});
