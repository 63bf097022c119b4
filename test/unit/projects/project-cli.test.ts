/**
 * `opportunities` and `project add|list|show` as issue 5 gives them: JSON on stdout only, the
 * project printed with its id, `show` with the calculated figures, and readable text otherwise.
 */
import { describe, expect, it } from 'vitest';
import type { OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { openOpportunityRegister } from '../opportunities/opportunity-register';
import { cli, cliSpeaksChinese } from '../support/cli-runner';

cliSpeaksChinese();

/**
 * The hand-built register in a workspace file, closed so the CLI opens it as a user would, with
 * `project add` for its enterprise (the flags after --name given) and the `opportunities --json` report.
 */
async function registerFile() {
  const reg = await openOpportunityRegister();
  reg.core.close();
  const db = reg.ws.file;
  const enterprise = String(reg.enterpriseId);
  const addProject = (name: string, ...flags: string[]) =>
    cli('project', 'add', '--db', db, '--enterprise', enterprise, '--name', name, ...flags);
  const report = async () =>
    JSON.parse(
      (await cli('opportunities', '--db', db, '--enterprise', enterprise, '--json')).stdout,
    ) as OpportunityReport;
  return { db, enterprise, addProject, report };
}

describe('opportunities and project commands', () => {
  it('opportunities --json prints the proposals with their rows, figures, clauses and assumptions', async () => {
    const { db, enterprise } = await registerFile();
    const run = await cli('opportunities', '--db', db, '--enterprise', enterprise, '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as OpportunityReport;
    expect(report.enterpriseId).toBe(Number(enterprise));
    expect(report.opportunities.length).toBeGreaterThanOrEqual(8);
    const motor = report.opportunities.find(
      (o) => o.rule === 'motor_upgrade' && o.category === 'motor_pump_fan',
    )!;
    expect(motor).toMatchObject({
      id: expect.stringMatching(/^motor_upgrade:motor_pump_fan:[0-9a-f]{8}$/),
      kwh: expect.any(Number),
      tce: expect.any(Number),
      co2Tonnes: expect.any(Number),
      costSavingFen: expect.any(Number),
      investmentFen: 2_580_000,
      paybackYears: expect.any(Number),
      clauses: [{ citation: '深府办〔2015〕20号 第（八）条' }],
      decision: null,
    });
    expect(motor.rows.map((r) => [r.assetCode, typeof r.equipmentId])).toEqual([
      ['M1', 'number'],
      ['M2', 'number'],
      ['M5', 'number'],
    ]);
    expect(motor.assumptions).toContain('motorPoles');
    expect(report.assumptions.energyBasis.gridFactor).toMatchObject({ kgPerKwh: 0.5306, year: 2023 });
    expect(report.assumptions.values.electricityPriceYuanPerKwh).toMatchObject({
      value: 0.75,
      unit: 'yuan/kWh',
    });

    const text = await cli('opportunities', '--db', db, '--enterprise', enterprise);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('改造机会');
    expect(text.stdout).toContain(motor.id);
    expect(text.stdout).toContain('0.5306 kgCO₂/kWh 计（2023 年');
  });

  it('project add prints the project with its id; from proposals by id or all; list and show', async () => {
    const { db, enterprise, addProject, report } = await registerFile();
    const two = (await report()).opportunities.filter(
      (o) => o.rule === 'compressor_vsd' || o.rule === 'gas_generator',
    );
    const added = await addProject(
      '空压机与发电机改造',
      '--direction',
      'green',
      '--from-opportunities',
      two.map((o) => o.id).join(','),
      '--json',
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const project = JSON.parse(added.stdout) as ProjectDetail;
    expect(project).toMatchObject({ id: expect.any(Number), name: '空压机与发电机改造', direction: 'green' });
    expect(project.benefits.map((b) => b.opportunityId)).toEqual(two.map((o) => o.id));
    expect(project.figures.investment.totalFen).toBe(two.reduce((t, o) => t + o.investmentFen!, 0));

    const empty = JSON.parse(
      (await addProject('智能工厂', '--direction', 'intelligent', '--json')).stdout,
    ) as ProjectDetail;
    expect(empty).toMatchObject({ lines: [], benefits: [], figures: { investment: { totalFen: 0 } } });
    const proposals = async () => (await report()).opportunities;
    const open = (await proposals()).filter((o) => o.decision === null);
    const rest = JSON.parse(
      (await addProject('其余', '--direction', 'renewal', '--from-opportunities', 'all', '--json')).stdout,
    ) as ProjectDetail;
    // 'all' takes the open proposals that do not compete for a machine; the ones left out are no
    // longer proposed, as their machines are taken.
    const taken = rest.benefits.map((b) => b.opportunityId);
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.every((id) => open.some((o) => o.id === id))).toBe(true);
    expect((await proposals()).filter((o) => o.decision === null)).toEqual([]);

    const list = JSON.parse(
      (await cli('project', 'list', '--db', db, '--enterprise', enterprise, '--json')).stdout,
    );
    expect(list.map((p: { id: number }) => p.id).sort()).toEqual([project.id, empty.id, rest.id].sort());
    expect(list[0]).toEqual({
      id: expect.any(Number),
      enterpriseId: Number(enterprise),
      name: expect.any(String),
      direction: expect.any(String),
      status: 'draft',
      startDate: null,
      endDate: null,
      totalInvestmentFen: expect.any(Number),
      annualCostSavingFen: expect.any(Number),
      simplePaybackYears: expect.toBeOneOf([expect.any(Number), null]),
      updatedAt: expect.any(String),
    });

    const shown = JSON.parse(
      (await cli('project', 'show', '--db', db, '--id', String(project.id), '--json')).stdout,
    ) as ProjectDetail;
    expect(shown).toEqual(project);
    expect(Object.keys(shown.figures).sort()).toEqual(['benefits', 'financing', 'investment', 'returns']);
    expect(shown.figures.returns).toMatchObject({
      discountRate: 0.08,
      horizonYears: 10,
      irrStatus: expect.any(String),
    });
    expect(shown.figures.benefits.energyBasis.gridFactor).toMatchObject({
      year: 2023,
      basis: { zh: expect.any(String) },
    });
    const all = JSON.parse(
      (await cli('project', 'show', '--db', db, '--enterprise', enterprise, '--json')).stdout,
    );
    expect(all).toHaveLength(3);

    const text = await cli('project', 'show', '--db', db, '--id', String(project.id));
    expect(text.stdout).toContain(`项目 ${project.id}：空压机与发电机改造`);
    expect(text.stdout).toContain('深府办〔2015〕20号 第（八）条');
    expect(text.stdout).toContain('静态回收期');
    expect(text.stdout).toContain('C1');
    process.env.RETROFIT_LANG = 'en';
    const english = await cli('project', 'list', '--db', db, '--enterprise', enterprise);
    expect(english.stdout).toContain('Green development / energy saving');
    const shownEn = await cli('project', 'show', '--db', db, '--id', String(empty.id));
    expect(shownEn.stdout).toContain('IRR none (the cash flows never change sign)');
  });

  it('project update changes what is given and keeps the facts stated for the funding programmes', async () => {
    const { db, addProject } = await registerFile();
    const created = JSON.parse(
      (await addProject('空压站', '--direction', 'green', '--json')).stdout,
    ) as ProjectDetail;
    const id = String(created.id);
    const updated = await cli(
      'project',
      'update',
      '--db',
      db,
      '--id',
      id,
      '--status',
      'planned',
      '--stated-facts',
      '{"filed": true, "energyTce": 800}',
      '--json',
    );
    expect(updated).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(updated.stdout)).toMatchObject({
      id: created.id,
      name: '空压站',
      status: 'planned',
      statedFacts: { filed: true, energyTce: 800 },
    });
    const funding = JSON.parse((await cli('funding', '--db', db, '--project', id, '--json')).stdout) as {
      subject: { project: { filed: boolean | null; energyTce: number | null } };
    };
    expect(funding.subject.project).toMatchObject({ filed: true, energyTce: 800 });

    expect((await cli('project', 'update', '--db', db, '--id', id)).code).toBe(2);
    expect((await cli('project', 'update', '--db', db, '--id', id, '--stated-facts', '{filed}')).code).toBe(
      2,
    );
    const bad = await cli(
      'project',
      'update',
      '--db',
      db,
      '--id',
      id,
      '--stated-facts',
      '{"filed": "yes"}',
      '--json',
    );
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(bad.stderr).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['changes', 'statedFacts', 'filed'] }],
    });
    const shown = JSON.parse(
      (await cli('project', 'show', '--db', db, '--id', id, '--json')).stdout,
    ) as ProjectDetail;
    expect(shown.statedFacts).toEqual({ filed: true, energyTce: 800 });
  });

  it('says what is missing or wrong, on stderr, with the exit codes of the other commands', async () => {
    const { db, enterprise, addProject } = await registerFile();
    expect((await cli('opportunities', '--db', db, '--json')).code).toBe(2);
    expect((await addProject('X', '--json')).code).toBe(2);
    expect((await cli('project', 'frob', '--db', db)).code).toBe(2);
    expect((await cli('project', 'show', '--db', db)).code).toBe(2);
    const bad = await addProject('X', '--direction', 'sideways', '--json');
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(bad.stderr).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['direction'] }],
    });
    const stale = await addProject(
      'X',
      '--direction',
      'green',
      '--from-opportunities',
      'motor_upgrade:hvac:00000000',
    );
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('找不到该');
    expect((await cli('project', 'list', '--db', db, '--enterprise', enterprise, '--json')).stdout).toBe(
      '[]',
    );
  });
});
