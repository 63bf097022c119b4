/**
 * `scenarios` on the command line: sets given inline or stored scenarios by id, JSON identical to
 * the API's, a readable comparison table, and mistakes reported with the flag or the input's place.
 */
import { describe, expect, it } from 'vitest';
import { parseSets } from '../../../electron/host/cli/commands/scenario-commands';
import type { Scenario, ScenarioComparisonReport } from '../../../shared/scenarios/scenarios-api';
import { fakeClock } from '../core/helpers';
import { NOW } from '../opportunities/opportunity-register';
import { openScenarioRegister } from './scenario-fixture';
import { cli, cliSpeaksChinese } from '../support/cli-runner';

cliSpeaksChinese();

describe('scenarios command', () => {
  it('parses NAME=ID,ID;NAME=ID, names in any script, an empty set allowed', () => {
    expect(parseSets('节能=1,2; B = 3 ;空=')).toEqual([
      { name: '节能', projectIds: [1, 2] },
      { name: 'B', projectIds: [3] },
      { name: '空', projectIds: [] },
    ]);
    expect(() => parseSets('1,2')).toThrow('--sets takes NAME=ID,ID;NAME=ID');
    expect(() => parseSets('A=1,x')).toThrow('ids separated by commas');
  });

  it('compare --json prints what scenarios.compare returns; the table shows every set', async () => {
    const reg = await openScenarioRegister();
    const { enterpriseId, energy, smart } = reg;
    const sets = [
      { name: '节能', projectIds: [energy.id] },
      { name: '全部', projectIds: [energy.id, smart.id] },
    ];
    const expected = await reg.core.call('scenarios.compare', { enterpriseId, year: 2026, sets });
    reg.core.close();
    const db = reg.ws.file;
    const e = String(enterpriseId);
    const compare = (...flags: string[]) =>
      cli('scenarios', 'compare', '--db', db, '--enterprise', e, ...flags);
    const setsFlags = ['--sets', `节能=${energy.id};全部=${energy.id},${smart.id}`, '--year', '2026'];
    const json = await compare(...setsFlags, '--json');
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout) as ScenarioComparisonReport).toEqual(expected);

    const text = await compare(...setsFlags);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('方案比较（基准年 2026）');
    expect(text.stdout).toMatch(/指标\s+节能\s+全部/);
    expect(text.stdout).toContain('智能化奖励');
    expect(text.stdout).toMatch(/能效等级：IE1 → IE4/);

    const created = await cli(
      'scenarios',
      'create',
      '--db',
      db,
      '--enterprise',
      e,
      '--name',
      '甲',
      '--projects',
      `${smart.id}`,
      '--json',
    );
    const scenario = JSON.parse(created.stdout) as Scenario;
    expect(scenario.projectIds).toEqual([smart.id]);
    const stored = await compare('--scenarios', String(scenario.id), '--json');
    expect((JSON.parse(stored.stdout) as ScenarioComparisonReport).scenarios[0]!.name).toBe('甲');
    const deleted = await cli('scenarios', 'delete', '--db', db, '--id', String(scenario.id));
    expect(deleted.stdout).toContain(`scenarios undo-delete --id ${scenario.id}`);
    const core = await reg.ws.open({ now: fakeClock(NOW).now });
    expect(await core.call('scenarios.list', { enterpriseId })).toEqual([]);
  });

  it('reports a usage mistake with exit code 2 and a refused input with its place and exit code 1', async () => {
    const reg = await openScenarioRegister();
    reg.core.close();
    const args = ['scenarios', 'compare', '--db', reg.ws.file, '--enterprise', String(reg.enterpriseId)];
    const neither = await cli(...args);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--sets');
    const unknown = await cli(...args, '--sets', 'A=999');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('sets.0.projectIds.0: 找不到项目（编号 999）');
  });
});
