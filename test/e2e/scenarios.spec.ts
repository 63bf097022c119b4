import type { Page } from '@playwright/test';
import type { ProjectDetail } from '../../shared/projects/projects-api';
import type { HostApi } from './support/host-api';
import { expect, test } from './support/host-test';
import { testPack, testProgramme } from '../unit/support/pack-builders';
import { MESSY_300 } from './support/fixtures';
import { wan } from './support/zh-figures';

/** A programme any project meets, so that the support column has a figure worked out by hand. */
const OPEN_PACK = testPack('e2e-open', { zh: '端到端测试资助', en: 'End-to-end test support' }, [
  testProgramme({
    id: 'open-rate',
    name: { zh: '普惠补贴', en: 'Open subsidy' },
    support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.05, capYuan: 500_000 },
    source: { document: '测试〔2026〕1号' },
  }),
]);

/** The most any eligible programme gives the project, from funding.evaluate, at most its investment. */
async function bestSupport(api: HostApi, p: ProjectDetail): Promise<{ id: string; fen: number } | null> {
  const evaluation = await api.call('funding.evaluate', { projectId: p.id });
  let best: { id: string; fen: number } | null = null;
  for (const pack of evaluation.packs) {
    for (const prog of pack.programmes) {
      const fen = prog.estimatedSupportFen;
      if (prog.status !== 'eligible' || fen === null || fen <= 0) continue;
      if (!best || fen > best.fen) best = { id: prog.programmeId, fen };
    }
  }
  return best && { id: best.id, fen: Math.min(best.fen, p.figures.investment.totalFen) };
}

async function makeScenario(page: Page, name: string, projectIds: number[]) {
  await page.getByTestId('scenario-create').click();
  for (const id of projectIds) await page.getByTestId(`scenario-dialog-project-${id}`).click();
  await page.getByTestId('scenario-dialog-name').fill(name);
  // Enter in the name field saves the dialog.
  await page.getByTestId('scenario-dialog-name').press('Enter');
  await expect(page.getByTestId('scenario-dialog-name')).toBeHidden();
  await expect(page.getByTestId('scenario-row').filter({ hasText: name })).toBeVisible();
}

test('two scenarios side by side: money, support, readiness after the plan and the changes it assumed', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const name = '深圳市方案测试精密制造有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', {
    name,
    industryDivision: '39',
    years: [{ year: year - 1, employees: 320, outputValueYuan: 30_000_000 }],
  });
  expect((await api.importRegister(enterpriseId, MESSY_300)).imported).toBe(300);
  await api.call('funding.packs.import', { text: JSON.stringify(OPEN_PACK) });
  const proposals = await api.call('opportunities.list', { enterpriseId, rowLimit: 0 });
  const energyRules = new Set(['motor_upgrade', 'compressor_vsd', 'gas_generator', 'boiler_fuel_switch']);
  // The new compressors replace the old ones, motors included: the compressor motor proposal
  // competes with them and stays out.
  const energy = await api.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: proposals.opportunities
      .filter((o) => energyRules.has(o.rule) && !(o.rule === 'motor_upgrade' && o.category === 'compressor'))
      .map((o) => o.id),
    project: { name: '节能改造', direction: 'green', endDate: `${year}-12-31` },
  });
  const smart = await api.call('projects.fromOpportunities', {
    enterpriseId,
    // What is left once the energy project holds its machines, none competing with another.
    opportunityIds: 'all',
    project: { name: '智能化与更新', direction: 'intelligent', endDate: `${year}-12-31` },
  });

  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-scenarios').click();
  await expect(page.getByTestId('scenarios-empty')).toContainText('还没有方案');

  await makeScenario(page, '只做节能', [energy.id]);
  await expect(page.getByTestId('scenario-pick-hint')).toHaveText('再勾选一个方案即可并排比较。');
  await makeScenario(page, '节能加智能', [energy.id, smart.id]);
  await expect(page.getByTestId('scenario-column-1').first()).toHaveText('节能加智能');

  // What the page shows is what the core computes …
  const stored = await api.call('scenarios.list', { enterpriseId });
  expect(stored.map((s) => [s.name, s.projectIds])).toEqual([
    ['只做节能', [energy.id]],
    // The dialog lists projects as the projects page does, newest first, and keeps that order.
    ['节能加智能', [smart.id, energy.id]],
  ]);
  const report = await api.call('scenarios.compare', { enterpriseId, scenarioIds: stored.map((s) => s.id) });
  // … and the core's totals are the sums of the projects' own figures and their best programmes.
  const e = await api.call('projects.get', { id: energy.id });
  const s = await api.call('projects.get', { id: smart.id });
  const eSupport = (await bestSupport(api, e))?.fen ?? 0;
  const sSupport = (await bestSupport(api, s))?.fen ?? 0;
  const expected = [
    {
      investment: e.figures.investment.totalFen,
      support: eSupport,
      netCost: e.figures.investment.totalFen - eSupport,
      saving: e.figures.benefits.annualCostSavingFen,
    },
    {
      investment: e.figures.investment.totalFen + s.figures.investment.totalFen,
      support: eSupport + sSupport,
      netCost: e.figures.investment.totalFen + s.figures.investment.totalFen - eSupport - sSupport,
      saving: e.figures.benefits.annualCostSavingFen + s.figures.benefits.annualCostSavingFen,
    },
  ];
  expect(eSupport).toBeGreaterThan(0);
  for (const [i, x] of expected.entries()) {
    const f = report.scenarios[i]!.figures;
    expect([f.investment.totalFen, f.supportFen, f.netCostFen, f.savings.annualCostSavingFen]).toEqual([
      x.investment,
      x.support,
      x.netCost,
      x.saving,
    ]);
    for (const key of ['investment', 'support', 'netCost', 'saving'] as const) {
      const cell = page.getByTestId(`scenario-figure-${key}-${i}`);
      await expect(cell).toHaveAttribute('data-value', String(x[key]));
      await expect(cell).toContainText(wan(x[key]));
    }
    await expect(page.getByTestId(`scenario-figure-projects-${i}`)).toHaveText(String(i + 1));
    await expect(page.getByTestId(`scenario-figure-tce-${i}`)).toContainText(
      f.savings.tce.toLocaleString('zh-CN', { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    );
    // Readiness after each plan, as the core recomputed it.
    for (const score of report.scenarios[i]!.readinessAfter.scores) {
      await expect(page.getByTestId(`scenario-readiness-${score.key}-${i}`)).toHaveAttribute(
        'data-value',
        String(score.score),
      );
    }
    // The support table's total row is the same net cost.
    await expect(page.getByTestId(`scenario-support-net-${i}-total`)).toHaveAttribute(
      'data-value',
      String(x.netCost),
    );
  }
  // The plan with more projects saves more, and says so.
  await expect(page.getByTestId('scenario-figure-saving-1')).toHaveAttribute('data-best', 'true');
  await expect(page.getByTestId('scenario-figure-saving-0')).not.toHaveAttribute('data-best', 'true');
  // Readiness now is readiness.compute's, and the full plan raises the smart-factory score.
  const now = await api.call('readiness.compute', { enterpriseId });
  for (const score of now.scores) {
    await expect(page.getByTestId(`scenario-readiness-${score.key}-now`)).toHaveText(score.score.toFixed(1));
  }
  const smartAfter = report.scenarios[1]!.readinessAfter.scores.find((x) => x.key === 'smart_factory')!;
  expect(smartAfter.score).toBeGreaterThan(now.scores.find((x) => x.key === 'smart_factory')!.score);
  await expect(page.getByTestId('chart-scenario-readiness').locator('svg.recharts-surface')).toBeVisible();
  // The programme counted for the energy project, by id.
  const eProgramme = await bestSupport(api, e);
  await expect(page.getByTestId(`scenario-programme-${energy.id}`).first()).toHaveAttribute(
    'data-programme',
    eProgramme!.id,
  );

  // The changes the "after" assumed, opened for the full plan.
  await page.getByTestId('scenario-changes-1').click();
  const changes = report.scenarios[1]!.changes;
  await expect(page.getByTestId('scenario-changes-1')).toContainText(`涉及台账 ${changes.linkedRows} 行`);
  await expect(page.getByTestId('scenario-tally').first()).toBeVisible();
  await expect(page.getByTestId('scenario-change-row').first()).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('scenarios-zh.png'), fullPage: true });
  const cards = page.getByTestId('scenario-comparison').locator(':scope > .ant-card');
  for (let k = 0; k < 4; k++) {
    await cards.nth(k).screenshot({ path: test.info().outputPath(`scenarios-zh-${k}.png`) });
  }

  // The same comparison in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('scenario-figures')).toContainText(
    'Net cost = investment − support (10k yuan)',
  );
  await expect(page.getByTestId('scenario-readiness')).toContainText('After 节能加智能');
  await expect(page.getByTestId('scenario-changes-1')).toContainText(
    `${changes.linkedRows} register rows named`,
  );
  await page.screenshot({ path: test.info().outputPath('scenarios-en.png'), fullPage: true });
  await page.getByTestId('language-zh-CN').click();

  // Deleting asks first and can be undone.
  const first = stored[0]!;
  await page.getByTestId(`scenario-delete-${first.id}`).click();
  await page.getByTestId('scenario-delete-confirm').click();
  await expect(page.getByTestId('scenario-row')).toHaveCount(1);
  await page.getByTestId('scenario-undo-delete').click();
  await expect(page.getByTestId('scenario-row')).toHaveCount(2);
});
