/**
 * The planning journey of one factory, through the pages a manager uses: the finder on the
 * register, two proposals accepted into a project, an item added by hand, payback and funding
 * read on the project, and two scenarios compared. Every figure checked is the core's.
 */
import { expect, test } from './support/host-test';
import { MESSY_300 } from './support/fixtures';
import { wan, yuan, years } from './support/zh-figures';

test('from the register to compared plans: finder, two proposals into a project, an item added, payback, funding, two scenarios', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const name = '深圳市规划旅程电子有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', { name, industryDivision: '39' });
  expect((await api.importRegister(enterpriseId, MESSY_300)).imported).toBe(300);
  const found = (await api.call('opportunities.list', { enterpriseId, rowLimit: 0 })).opportunities;
  const find = (rule: string, category: string) =>
    found.find((o) => o.rule === rule && o.category === category)!;

  // The finder on the fixture register.
  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-opportunities').click();
  const boiler = find('boiler_fuel_switch', 'boiler');
  const genset = find('gas_generator', 'generator');
  await expect(page.getByTestId(`opportunity-saving-${boiler.id}`)).toHaveText(wan(boiler.costSavingFen));
  await expect(page.getByTestId(`opportunity-payback-${genset.id}`)).toBeVisible();

  // Two proposals accepted together into a new project, opened from the notice.
  await page.getByTestId(`opportunity-${boiler.id}`).getByRole('checkbox').check();
  await page.getByTestId(`opportunity-${genset.id}`).getByRole('checkbox').check();
  await page.getByTestId('opportunities-accept-selected').click();
  await page.getByTestId('opportunity-accept-name').fill('锅炉与发电机组清洁化');
  await page.getByTestId('opportunity-accept-name').press('Enter');
  await page.getByTestId('opportunity-accepted-project-link').click();
  await expect(page.getByTestId('project-title')).toHaveText('锅炉与发电机组清洁化');
  const projectId = (await api.call('projects.list', { enterpriseId })).find(
    (p) => p.name === '锅炉与发电机组清洁化',
  )!.id;
  let project = await api.call('projects.get', { id: projectId });
  expect(project.benefits.map((b) => b.opportunityId).sort()).toEqual([boiler.id, genset.id].sort());

  // An item the finder does not price: installation, typed in; Enter saves it.
  await page.getByTestId('project-tab-lines').click();
  const linesBefore = project.lines.length;
  await page.getByTestId('line-add').click();
  await page.getByTestId('line-field-category').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '安装' })
    .first()
    .click();
  await page.getByTestId('line-field-name').fill('燃气管道与安装调试');
  await page.getByTestId('line-field-quantity').fill('1');
  await page.getByTestId('line-field-unitPrice').fill('380000');
  await page.getByTestId('line-field-unitPrice').press('Enter');
  await expect(page.getByTestId('line-row')).toHaveCount(linesBefore + 1);
  project = await api.call('projects.get', { id: projectId });
  const installation = project.lines.find((l) => l.name === '燃气管道与安装调试')!;
  expect(installation).toMatchObject({ category: 'installation', quantity: 1, unitPriceFen: 38_000_000 });
  expect(project.figures.investment.totalFen).toBe(
    project.lines.reduce((t, l) => t + Math.round(l.quantity * l.unitPriceFen), 0),
  );

  // Payback and returns as the core works them out with the new item.
  await page.getByTestId('project-tab-figures').click();
  await expect(page.getByTestId('figure-total')).toHaveText(yuan(project.figures.investment.totalFen));
  await expect(page.getByTestId('figure-payback')).toHaveText(
    years(project.figures.returns.simplePaybackYears!),
  );
  await expect(page.getByTestId('summary-payback')).toContainText(
    project.figures.returns.simplePaybackYears!.toLocaleString('zh-CN', { maximumFractionDigits: 2 }),
  );

  // Funding: every programme's verdict is the core's for this project.
  await page.getByTestId('project-tab-funding').click();
  const funding = await api.call('funding.evaluate', { projectId });
  const section = page.getByTestId('project-funding');
  for (const pack of funding.packs) {
    for (const p of pack.programmes) {
      await expect(
        section.locator(`[data-testid="funding-result"][data-key="${pack.packId}/${p.programmeId}"]`),
      ).toHaveAttribute('data-status', p.status);
    }
  }
  await page.screenshot({ path: test.info().outputPath('journey-funding-zh.png'), fullPage: true });

  // A second project from the compressors, then two plans compared: without it and with it.
  const vsd = find('compressor_vsd', 'compressor');
  const compressors = await api.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: [vsd.id],
    project: { name: '空压站变频', direction: 'green' },
  });
  await page.getByTestId('nav-scenarios').click();
  for (const [scenario, ids] of [
    ['只做清洁化', [projectId]],
    ['清洁化加空压站', [projectId, compressors.id]],
  ] as const) {
    await page.getByTestId('scenario-create').click();
    for (const id of ids) await page.getByTestId(`scenario-dialog-project-${id}`).click();
    await page.getByTestId('scenario-dialog-name').fill(scenario);
    await page.getByTestId('scenario-dialog-name').press('Enter');
    await expect(page.getByTestId('scenario-row').filter({ hasText: scenario })).toBeVisible();
  }
  const scenarios = await api.call('scenarios.list', { enterpriseId });
  const report = await api.call('scenarios.compare', {
    enterpriseId,
    scenarioIds: scenarios.map((s) => s.id),
  });
  expect(report.scenarios[0]!.figures.investment.totalFen).toBe(project.figures.investment.totalFen);
  expect(report.scenarios[1]!.figures.investment.totalFen).toBe(
    project.figures.investment.totalFen + compressors.figures.investment.totalFen,
  );
  for (const [i, s] of report.scenarios.entries()) {
    for (const [key, fen] of [
      ['investment', s.figures.investment.totalFen],
      ['support', s.figures.supportFen],
      ['netCost', s.figures.netCostFen],
      ['saving', s.figures.savings.annualCostSavingFen],
    ] as const) {
      await expect(page.getByTestId(`scenario-figure-${key}-${i}`)).toHaveAttribute(
        'data-value',
        String(fen),
      );
    }
    for (const score of s.readinessAfter.scores) {
      await expect(page.getByTestId(`scenario-readiness-${score.key}-${i}`)).toHaveAttribute(
        'data-value',
        String(score.score),
      );
    }
  }
  // Replacing the compressors lifts energy-saving readiness above the plan without them.
  const energyAfter = (i: number) =>
    report.scenarios[i]!.readinessAfter.scores.find((x) => x.key === 'energy_saving')!.score;
  expect(energyAfter(1)).toBeGreaterThan(energyAfter(0));
  await page.screenshot({ path: test.info().outputPath('journey-scenarios-zh.png'), fullPage: true });
});
