/**
 * The opportunity tests' hand-built register with projects made from its proposals, and a funding
 * pack whose programmes are decided by the project alone (one open to all, one for intelligent
 * projects, one that cannot be judged without the enterprise's district), so that the support a
 * scenario counts can be worked out by hand.
 */
import type { Core } from '../../../electron/core/core';
import type { OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { openOpportunityRegister, type OpportunityRegister } from '../opportunities/opportunity-register';
import { testPack, testProgramme } from '../support/pack-builders';

export const TEST_PACK = testPack('scenario-test', { zh: '方案测试资助', en: 'Scenario test support' }, [
  testProgramme({
    id: 'open-rate',
    name: { zh: '普惠补贴', en: 'Open subsidy' },
    // 10 % of the eligible investment, at most ¥100,000.
    support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.1, capYuan: 100_000 },
    source: { document: '测试〔2026〕1号' },
    checkCurrentNotice: true,
  }),
  testProgramme({
    id: 'smart-rate',
    type: 'award',
    name: { zh: '智能化奖励', en: 'Smart award' },
    eligibility: { field: 'project.direction', op: 'eq', value: 'intelligent' },
    // 20 % of the intelligent part, no cap.
    support: { kind: 'rate', base: ['project.intelligentInvestmentYuan'], rate: 0.2 },
    source: { document: '测试〔2026〕2号' },
  }),
  testProgramme({
    id: 'district-only',
    issuer: { zh: '测试区' },
    name: { zh: '区补贴', en: 'District subsidy' },
    eligibility: { field: 'enterprise.district', op: 'in', values: ['longhua'] },
    support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.5 },
    source: { document: '测试〔2026〕3号' },
  }),
]);

export const keyOf = (r: OpportunityReport, key: string) =>
  r.opportunities.find((o) => `${o.rule}:${o.category}` === key)!.id;

export interface ScenarioRegister extends OpportunityRegister {
  /** Motors, compressors (VSD), the diesel set, boilers; done in 2026. */
  energy: ProjectDetail;
  /** MES on the CNC machines, robots at the manual assembly line, renewal of the old press. */
  smart: ProjectDetail;
  report: OpportunityReport;
}

/** Only the test pack is in force, so that the shipped examples do not move the figures. */
export async function onlyTestPack(core: Core): Promise<void> {
  await core.call('funding.packs.import', { text: JSON.stringify(TEST_PACK) });
  for (const p of await core.call('funding.packs.list', {})) {
    if (p.id !== TEST_PACK.id) await core.call('funding.packs.delete', { id: p.id });
  }
}

export async function openScenarioRegister(): Promise<ScenarioRegister> {
  const reg = await openOpportunityRegister();
  const { core, enterpriseId } = reg;
  await onlyTestPack(core);
  const report = await core.call('opportunities.list', { enterpriseId });
  const energy = await core.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: [
      keyOf(report, 'motor_upgrade:motor_pump_fan'),
      keyOf(report, 'compressor_vsd:compressor'),
      keyOf(report, 'gas_generator:generator'),
      keyOf(report, 'boiler_fuel_switch:boiler'),
    ],
    project: { name: '节能改造', direction: 'green', startDate: '2026-01-01', endDate: '2026-10-31' },
  });
  const smart = await core.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: [
      keyOf(report, 'mes_data_collection:machine_tool'),
      keyOf(report, 'assembly_robots:assembly'),
      keyOf(report, 'renew_over_age:press'),
      keyOf(report, 'retire_idle:motor_pump_fan'),
    ],
    project: { name: '智能化改造', direction: 'intelligent', startDate: '2026-02-01' },
  });
  return { ...reg, energy, smart, report };
}
