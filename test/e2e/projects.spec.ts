import type { Page } from '@playwright/test';
import type { ProjectDetail } from '../../shared/projects/projects-api';
import { LINE_CATEGORIES } from '../../shared/projects/project-schema';
import { chooseOption, fillNumber } from './support/antd-inputs';
import { expect, test } from './support/host-test';
import { MESSY_300 } from './support/fixtures';
import { yuan, years } from './support/zh-figures';

/** Rates as the project page writes them in Chinese. */
const percent = (n: number) => n.toLocaleString('zh-CN', { style: 'percent', maximumFractionDigits: 2 });

/** The returns and the investment by category show exactly what the core worked out. */
async function expectFigures(page: Page, p: ProjectDetail) {
  const f = p.figures;
  await page.getByTestId('project-tab-figures').click();
  await expect(page.getByTestId('figure-total')).toHaveText(yuan(f.investment.totalFen));
  for (const c of LINE_CATEGORIES)
    await expect(page.getByTestId(`figure-category-${c}`)).toHaveText(yuan(f.investment.byCategory[c]));
  await expect(page.getByTestId('figure-eligible')).toHaveText(`${yuan(f.investment.eligibleFen)} 元`);
  await expect(page.getByTestId('figure-payback')).toHaveText(years(f.returns.simplePaybackYears!));
  await expect(page.getByTestId('figure-npv')).toHaveText(`${yuan(f.returns.npvFen)} 元`);
  await expect(page.getByTestId('figure-irr')).toHaveText(percent(f.returns.irr!));
  await expect(page.getByTestId('summary-total')).toHaveText(yuan(f.investment.totalFen));
  await expect(page.getByTestId('summary-npv')).toHaveText(yuan(f.returns.npvFen));
}

test('a project by hand: items, financing and benefits typed in, the figures the core works out shown, the rate changed, deleted and undone', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const name = '深圳市项目测试机械有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', { name, industryDivision: '34' });
  const compressor = await api.call('equipment.add', {
    enterpriseId,
    row: { asset_code: 'KY-01', name: '螺杆空压机', rated_kw: 55, year_commissioned: 2009 },
  });

  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-projects').click();

  // No project yet: the page points to the opportunity finder and to starting one by hand.
  const empty = page.getByTestId('projects-empty');
  await expect(empty).toContainText('还没有改造项目');
  await expect(page.getByTestId('projects-empty-opportunities')).toHaveAttribute(
    'href',
    `#/enterprises/${enterpriseId}/opportunities`,
  );

  // Name and direction; Enter creates it and opens it.
  await page.getByTestId('projects-empty-create').click();
  await page.getByRole('radio', { name: /设备更新/ }).check();
  await page.getByTestId('project-create-name').fill('空压站节能改造');
  await page.getByTestId('project-create-name').press('Enter');
  await expect(page.getByTestId('project-title')).toHaveText('空压站节能改造');
  await expect(page.getByTestId('project-direction')).toHaveText('设备更新');
  const projectId = (await api.call('projects.list', { enterpriseId }))[0]!.id;

  // First item: two compressors replacing the register's old one, 13 % VAT deductible; Enter saves.
  await page.getByTestId('line-add').click();
  await page.getByTestId('line-field-name').fill('永磁变频螺杆空压机');
  await page.getByTestId('line-field-model').fill('PM55-8');
  await fillNumber(page, 'line-field-quantity', '2');
  await fillNumber(page, 'line-field-unitPrice', '185000.55');
  await expect(page.getByTestId('line-amount-preview')).toHaveText('370,001.10');
  await fillNumber(page, 'line-field-vat', '13');
  await page.getByTestId('line-link-search').click();
  await page.keyboard.type('KY-01');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'KY-01' }).click();
  await expect(page.getByTestId('line-link')).toContainText('KY-01 螺杆空压机');
  await page.screenshot({ path: test.info().outputPath('project-line-editing-zh.png'), fullPage: true });
  await (await fillNumber(page, 'line-field-unitPrice', '185000.55')).press('Enter');
  await expect(page.getByTestId('line-row')).toHaveCount(1);
  await expect(page.getByTestId('line-row').first()).toContainText('替换 · KY-01 螺杆空压机');

  // Second item, installation; Esc first drops a half-typed row.
  await page.getByTestId('line-add').click();
  await page.getByTestId('line-field-name').fill('不要的行');
  await page.getByTestId('line-field-name').press('Escape');
  await expect(page.getByTestId('line-row-editing')).toHaveCount(0);
  await page.getByTestId('line-add').click();
  await chooseOption(page, 'line-field-category', '安装');
  await page.getByTestId('line-field-name').fill('安装调试');
  await fillNumber(page, 'line-field-quantity', '1');
  // A third decimal of a yuan is refused on the field rather than dropped.
  await (await fillNumber(page, 'line-field-unitPrice', '12345.678')).press('Enter');
  await expect(page.getByTestId('line-row-editing').locator('.ant-form-item-explain-error')).toHaveText(
    '金额最多保留两位小数',
  );
  await (await fillNumber(page, 'line-field-unitPrice', '12345.67')).press('Enter');
  await expect(page.getByTestId('line-row')).toHaveCount(2);

  // The total is the sum of the lines typed, to the fen, and what the core holds.
  const typedTotalFen = 2 * 18_500_055 + 1_234_567;
  await expect(page.getByTestId('lines-total')).toHaveText(yuan(typedTotalFen));
  await expect(page.getByTestId('line-amount')).toHaveText([yuan(37_000_110), yuan(1_234_567)]);
  let project = await api.call('projects.get', { id: projectId });
  expect(project.figures.investment.totalFen).toBe(typedTotalFen);
  expect(project.lines[0]!.equipment).toEqual([
    expect.objectContaining({ equipmentId: compressor.id, relation: 'replaces' }),
  ]);

  // A loan: the gap against the investment is shown.
  await page.getByTestId('project-tab-financing').click();
  await page.getByTestId('financing-add').click();
  await chooseOption(page, 'financing-field-kind', '银行贷款');
  await page.getByTestId('financing-field-source').fill('招商银行');
  await fillNumber(page, 'financing-field-amount', '300000');
  await fillNumber(page, 'financing-field-rate', '4.35');
  await (await fillNumber(page, 'financing-field-term', '5')).press('Enter');
  await expect(page.getByTestId('financing-row')).toHaveCount(1);
  await expect(page.getByTestId('financing-balance')).toHaveAttribute('data-kind', 'gap');
  await expect(page.getByTestId('financing-balance')).toContainText(
    `资金缺口 ${yuan(typedTotalFen - 30_000_000)} 元`,
  );

  // A yearly benefit: electricity saved and the cost it saves.
  await page.getByTestId('project-tab-benefits').click();
  await page.getByTestId('benefit-add').click();
  await page.getByTestId('benefit-field-label').fill('空压站节电');
  await page.getByTestId('benefit-energy-add').click();
  await fillNumber(page, 'benefit-energy-quantity-0', '150000');
  await page.screenshot({ path: test.info().outputPath('project-benefit-editing-zh.png'), fullPage: true });
  await (await fillNumber(page, 'benefit-field-saving', '95000')).press('Enter');
  await expect(page.getByTestId('benefit-row')).toHaveCount(1);
  await expect(page.getByTestId('benefit-row')).toContainText('电力 150,000 kWh');

  project = await api.call('projects.get', { id: projectId });
  expect(project.figures.benefits.annualCostSavingFen).toBe(9_500_000);
  await expectFigures(page, project);
  // tce and CO₂ with the coefficient and grid factor named, with their source and year.
  await expect(page.getByTestId('figure-tce')).toHaveText('18.435 tce/年');
  await expect(page.getByTestId('figure-co2')).toHaveText('79.59 tCO₂/年');
  await expect(page.getByTestId('figure-energy-basis')).toContainText(
    '电网排放因子 0.5306 kgCO₂/kWh（2023 年',
  );
  await expect(page.getByTestId('figure-energy-basis')).toContainText(
    '电力折标煤 0.1229 kgce/kWh（GB/T 2589-2020',
  );
  await page.screenshot({ path: test.info().outputPath('project-figures-zh.png'), fullPage: true });

  // A higher discount rate lowers the NPV; the page shows the core's new figure.
  const npvAt8 = project.figures.returns.npvFen;
  await page.getByTestId('project-tab-plan').click();
  await (await fillNumber(page, 'plan-discount-rate', '12')).press('Enter');
  await expect(page.getByTestId('summary-npv')).not.toHaveText(yuan(npvAt8));
  project = await api.call('projects.get', { id: projectId });
  expect(project.discountRate).toBe(0.12);
  expect(project.figures.returns.npvFen).toBeLessThan(npvAt8);
  await expectFigures(page, project);

  // An end before the start is refused on the field, in words.
  await page.getByTestId('project-tab-plan').click();
  await page.getByTestId('plan-start').fill('2025-06-01');
  await page.getByTestId('plan-end').fill('2025-03-01');
  await page.getByTestId('plan-save').click();
  await expect(page.locator('.ant-form-item-explain-error')).toContainText('结束日期不能早于开始日期');
  await page.screenshot({ path: test.info().outputPath('project-plan-zh.png'), fullPage: true });
  await page.getByTestId('plan-end').fill('2025-12-31');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('project-tab-plan')).toBeVisible();
  await expect
    .poll(async () => (await api.call('projects.get', { id: projectId })).endDate)
    .toBe('2025-12-31');

  await page.getByTestId('project-tab-lines').click();
  await page.screenshot({ path: test.info().outputPath('project-lines-zh.png'), fullPage: true });

  // The funding programmes for this project, in their own tab.
  await page.getByTestId('project-tab-funding').click();
  await expect(page.getByText('资助政策匹配')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('project-funding-zh.png'), fullPage: true });

  // A project whose benefit never pays back has no IRR.
  const loss = await api.call('projects.create', {
    enterpriseId,
    name: '旧线改造（亏损）',
    direction: 'expand',
  });
  await api.call('projects.addLine', {
    projectId: loss.id,
    line: { category: 'equipment', name: '检测设备', quantity: 1, unitPriceFen: 10_000_000 },
  });
  const lossDetail = await api.call('projects.addBenefit', {
    projectId: loss.id,
    benefit: { label: '维护费增加', annualCostSavingFen: -200_000 },
  });
  expect(lossDetail.figures.returns.irr).toBeNull();
  await page.getByTestId('project-back').click();
  await expect(page.getByTestId('project-row')).toHaveCount(2);
  await page.getByTestId('project-row').filter({ hasText: '旧线改造' }).getByTestId('project-open').click();
  await expect(page.getByTestId('summary-irr')).toHaveText('不存在（现金流没有正负变化）');
  await expect(page.getByTestId('summary-payback')).toHaveText('无法回收（年节约不为正）');
  await page.getByTestId('project-tab-figures').click();
  await expect(page.getByTestId('figure-irr')).toContainText('不存在');

  // The list: investment and payback as the core summarises them; delete asks, then can be undone.
  await page.getByTestId('project-back').click();
  const row = page.getByTestId('project-row').filter({ hasText: '空压站节能改造' });
  await expect(row.getByTestId('project-row-investment')).toHaveText(
    (typedTotalFen / 1e6).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  await expect(row.getByTestId('project-row-payback')).toHaveText(
    years(project.figures.returns.simplePaybackYears!),
  );
  await page.screenshot({ path: test.info().outputPath('project-list-zh.png') });
  await row.getByTestId('project-delete').click();
  // The confirmation takes the focus on its button, so Enter confirms; a click could land while
  // the dialog is still zooming in on a busy machine.
  await expect(page.getByTestId('project-delete-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  expect(await api.call('projects.list', { enterpriseId })).toHaveLength(1);
  await page.getByTestId('project-undo-delete').press('Enter');
  await expect(page.getByTestId('project-row')).toHaveCount(2);
  expect((await api.call('projects.get', { id: projectId })).lines).toHaveLength(2);

  // English headings.
  await row.getByTestId('project-open').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('project-tab-lines')).toContainText('Investment items');
  await expect(page.getByTestId('project-tab-figures')).toContainText('Figures');
  await page.getByTestId('project-tab-figures').click();
  await expect(page.getByText('Investment by category')).toBeVisible();
  await expect(page.getByText('Returns', { exact: true })).toBeVisible();
  await expect(page.getByTestId('project-direction')).toHaveText('Equipment renewal');
  await page.screenshot({ path: test.info().outputPath('project-figures-en.png'), fullPage: true });
});

test('a project made from the register’s opportunities marks what came from them, and its total is the sum of its lines', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const name = '深圳市机会项目电子有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', { name, industryDivision: '39' });
  expect((await api.importRegister(enterpriseId, MESSY_300)).imported).toBe(300);
  const project = await api.call('projects.fromOpportunities', {
    enterpriseId,
    opportunityIds: 'all',
    project: { name: '综合节能改造', direction: 'green' },
  });
  expect(project.lines.length).toBeGreaterThan(0);
  const linesFen = project.lines.reduce((t, l) => t + l.amountFen, 0);
  expect(project.figures.investment.totalFen).toBe(linesFen);

  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-projects').click();
  await page
    .getByTestId('project-row')
    .filter({ hasText: '综合节能改造' })
    .getByTestId('project-open')
    .click();
  await expect(page.getByTestId('line-row')).toHaveCount(project.lines.length);
  await expect(page.getByTestId('line-from-opportunity')).toHaveCount(
    project.lines.filter((l) => l.opportunityId !== null).length,
  );
  await expect(page.getByTestId('lines-total')).toHaveText(yuan(linesFen));
  const shown = await page.getByTestId('line-amount').allTextContents();
  expect(shown.reduce((t, text) => t + Math.round(Number(text.replace(/,/g, '')) * 100), 0)).toBe(linesFen);
  await page.getByTestId('project-tab-benefits').click();
  await expect(page.getByTestId('benefit-from-opportunity')).toHaveCount(project.benefits.length);
  await page.screenshot({
    path: test.info().outputPath('project-from-opportunities-zh.png'),
    fullPage: true,
  });
});
