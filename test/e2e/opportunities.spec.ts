import type { Page } from '@playwright/test';
import type { Opportunity, OpportunityReport } from '../../shared/opportunities/opportunities-api';
import { expect, test } from './support/host-test';
import { MESSY_300 } from './support/fixtures';
import { fixed, wan } from './support/zh-figures';

/** Figures as the page writes them in Chinese: fixed decimals, money in 万元 from fen. */
const wanOrDash = (fen: number | null) => (fen === null ? '—' : wan(fen));

function find(report: OpportunityReport, rule: string, category: string): Opportunity {
  const o = report.opportunities.find((x) => x.rule === rule && x.category === category);
  if (!o) throw new Error(`no proposal ${rule}:${category}`);
  return o;
}

async function expectFigures(page: Page, o: Opportunity) {
  await expect(page.getByTestId(`opportunity-equipment-${o.id}`)).toHaveText(
    `${o.rowCount} 行 / ${o.units} 台`,
  );
  await expect(page.getByTestId(`opportunity-kwh-${o.id}`)).toHaveText(fixed(o.kwh, 0));
  await expect(page.getByTestId(`opportunity-tce-${o.id}`)).toHaveText(fixed(o.tce, 2));
  await expect(page.getByTestId(`opportunity-co2-${o.id}`)).toHaveText(fixed(o.co2Tonnes, 2));
  await expect(page.getByTestId(`opportunity-saving-${o.id}`)).toHaveText(wanOrDash(o.costSavingFen));
  await expect(page.getByTestId(`opportunity-investment-${o.id}`)).toHaveText(wanOrDash(o.investmentFen));
  await expect(page.getByTestId(`opportunity-payback-${o.id}`)).toHaveText(
    o.paybackYears === null ? '—' : fixed(o.paybackYears, 1),
  );
}

/** The totals row must be the sum of the open proposals' figures as each row shows them. */
async function expectTotals(page: Page, report: OpportunityReport) {
  const open = report.opportunities.filter((o) => o.decision === null);
  const sum = (f: (o: Opportunity) => number, digits: number) =>
    open.reduce((s, o) => s + Math.round(f(o) * 10 ** digits), 0) / 10 ** digits;
  const priced = open.filter((o) => o.investmentFen !== null);
  await expect(page.getByTestId('opportunity-totals-kwh')).toHaveText(
    fixed(
      sum((o) => o.kwh, 0),
      0,
    ),
  );
  await expect(page.getByTestId('opportunity-totals-tce')).toHaveText(
    fixed(
      sum((o) => o.tce, 2),
      2,
    ),
  );
  await expect(page.getByTestId('opportunity-totals-co2')).toHaveText(
    fixed(
      sum((o) => o.co2Tonnes, 2),
      2,
    ),
  );
  await expect(page.getByTestId('opportunity-totals-saving')).toHaveText(
    fixed(
      sum((o) => o.costSavingFen / 1e6, 2),
      2,
    ),
  );
  await expect(page.getByTestId('opportunity-totals-investment')).toHaveText(
    fixed(priced.reduce((s, o) => s + Math.round(o.investmentFen! / 1e4), 0) / 100, 2),
  );
  const payback =
    priced.reduce((s, o) => s + o.investmentFen!, 0) / open.reduce((s, o) => s + o.costSavingFen, 0);
  await expect(page.getByTestId('opportunity-totals-payback')).toHaveText(fixed(payback, 1));
}

test('proposals show the core’s figures, follow an edited assumption, go into a project and stay dismissed', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const name = '深圳市机会测试电子有限公司';
  // Division 39 (electronics assembly) is a trade clause （五） names, so the robot rule applies.
  const { id: enterpriseId } = await api.call('enterprise.create', { name, industryDivision: '39' });

  // Without a register the page says what to do.
  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-opportunities').click();
  await expect(page.getByTestId('opportunities-empty-register')).toContainText('还没有设备台账');

  // The import announces a register change: the page fills in without a reload.
  expect((await api.importRegister(enterpriseId, MESSY_300)).imported).toBe(300);
  const report = await api.call('opportunities.list', { enterpriseId, year });
  expect(report.opportunities.length).toBeGreaterThan(20);
  await expect(page.getByTestId('opportunities-open-heading')).toHaveText(
    `待处理的机会（${report.opportunities.length} 项）`,
  );
  await expect(page.getByTestId('dashboard-year')).toContainText(String(year));

  // A proposal's figures are the core's, and the totals add up what the rows show.
  const vsd = find(report, 'compressor_vsd', 'compressor');
  await expectFigures(page, vsd);
  await expectTotals(page, report);
  const idle = find(report, 'retire_idle', 'generator');
  await expect(page.getByTestId(`opportunity-retirement-${idle.id}`)).toHaveText('淘汰建议');
  await expect(page.getByTestId(`opportunity-payback-${idle.id}`)).toHaveText('—');

  // Not grouped and sorted by payback: the shortest first, proposals without one last.
  await page.getByTestId('opportunities-group-by').getByText('不分组').click();
  await page
    .getByTestId('opportunity-table-all')
    .getByRole('columnheader', { name: /回收期/ })
    .click();
  const byPayback = report.opportunities
    .filter((o) => o.paybackYears !== null)
    .sort((a, b) => a.paybackYears! - b.paybackYears!);
  const tableRows = page.getByTestId('opportunity-table-all').locator('tr.ant-table-row');
  await expect(tableRows.first()).toHaveAttribute('data-testid', `opportunity-${byPayback[0]!.id}`);
  await expect(tableRows.nth(byPayback.length - 1)).toHaveAttribute(
    'data-testid',
    `opportunity-${byPayback.at(-1)!.id}`,
  );
  await expect(page.getByTestId(`opportunity-name-${byPayback[0]!.id}`)).toContainText(
    byPayback[0]!.title.zh,
  );
  await page.getByTestId('opportunities-group-by').getByText('按措施').click();

  // Its detail: the clause, the rows with their asset codes and savings, the assumptions used.
  await page.getByTestId(`opportunity-expand-${vsd.id}`).click();
  const detail = page.getByTestId(`opportunity-detail-${vsd.id}`);
  await expect(detail).toContainText('深府办〔2015〕20号 第（八）条');
  const rows = page.getByTestId(`opportunity-rows-${vsd.id}`).getByTestId('opportunity-row-item');
  await expect(rows).toHaveCount(vsd.rows.length);
  const firstRow = vsd.rows[0]!;
  await expect(rows.first()).toContainText(firstRow.assetCode!);
  await expect(rows.first()).toContainText(firstRow.name);
  await expect(rows.first()).toContainText(
    (firstRow.costSavingFen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 0 }),
  );
  await expect(page.getByTestId(`opportunity-assumption-${vsd.id}-compressorSavingShare`)).toHaveValue('20');
  await expect(
    page.getByTestId(`opportunity-assumption-${vsd.id}-electricityPriceYuanPerKwh-basis`),
  ).toContainText('请按企业账单填写');

  // An edited assumption is stored for the enterprise and the figures follow it.
  await page.getByTestId('opportunity-assumptions-toggle').click();
  const price = page.getByTestId('assumption-electricityPriceYuanPerKwh');
  await price.fill('1.5');
  await price.press('Enter');
  await expect(page.getByTestId('opportunity-assumptions-changed')).toHaveText('已修改 1 项');
  await expect(page.getByTestId('assumption-electricityPriceYuanPerKwh-reset')).toBeVisible();
  const stored = await api.call('opportunities.assumptions.get', { enterpriseId });
  expect(stored.stored).toEqual({ electricityPriceYuanPerKwh: 1.5 });
  const repriced = await api.call('opportunities.list', { enterpriseId, year });
  const vsd2 = find(repriced, 'compressor_vsd', 'compressor');
  // All of a variable-speed compressor's saving is electricity: twice the price, twice the saving.
  expect(Math.abs(vsd2.costSavingFen - 2 * vsd.costSavingFen)).toBeLessThanOrEqual(vsd.rowCount);
  await expect(page.getByTestId(`opportunity-saving-${vsd.id}`)).toHaveText(wanOrDash(vsd2.costSavingFen));
  await expect(page.getByTestId(`opportunity-assumption-${vsd.id}-electricityPriceYuanPerKwh`)).toHaveValue(
    '1.5',
  );
  await expectTotals(page, repriced);
  // A value out of range is refused before it is sent.
  await price.fill('50');
  await price.press('Enter');
  await expect(page.getByTestId('assumption-electricityPriceYuanPerKwh-error')).toHaveText(
    '应在 0 元/kWh 到 10 元/kWh 之间',
  );
  await price.fill('1.5');
  await price.press('Enter');
  await page.getByTestId('opportunity-assumptions-toggle').click();

  // Two proposals accepted together into one new project.
  const boiler = find(repriced, 'boiler_fuel_switch', 'boiler');
  const genset = find(repriced, 'gas_generator', 'generator');
  await page.getByTestId(`opportunity-${boiler.id}`).getByRole('checkbox').check();
  await page.getByTestId(`opportunity-${genset.id}`).getByRole('checkbox').check();
  // The selection adds the savings as their rows show them, to the 0.01 万元.
  const shownFen = (fen: number) => Math.round(fen / 1e4) * 1e4;
  await expect(page.getByTestId('opportunities-selection')).toContainText(
    `已选 2 项：年节约 ${wanOrDash(shownFen(boiler.costSavingFen) + shownFen(genset.costSavingFen))} 万元`,
  );
  await page.getByTestId('opportunities-accept-selected').click();
  const nameField = page.getByTestId('opportunity-accept-name');
  // Named after the first in the page's order (the generator rule comes before the boiler one).
  await expect(nameField).toHaveValue(`${genset.title.zh}等 2 项`);
  await expect(page.getByTestId('opportunity-accept-direction')).toContainText('绿色发展/节能');
  await page.screenshot({ path: test.info().outputPath('accept-dialog-zh.png') });
  await nameField.fill('锅炉与发电机组改造');
  await nameField.press('Enter');
  const link = page.getByTestId('opportunity-accepted-project-link');
  await expect(link).toHaveText('打开项目“锅炉与发电机组改造”');
  const projects = await api.call('projects.list', { enterpriseId });
  const created = projects.find((p) => p.name === '锅炉与发电机组改造')!;
  expect(created.direction).toBe('green');
  await expect(link).toHaveAttribute('href', `#/enterprises/${enterpriseId}/projects/${created.id}`);
  const project = await api.call('projects.get', { id: created.id });
  const linesOf = (p: typeof project, o: Opportunity) => p.lines.filter((l) => l.opportunityId === o.id);
  expect(linesOf(project, boiler)).toHaveLength(boiler.rowCount);
  expect(linesOf(project, genset)).toHaveLength(genset.rowCount);
  expect(project.lines).toHaveLength(boiler.rowCount + genset.rowCount);
  expect(project.benefits.map((b) => b.annualCostSavingFen).sort()).toEqual(
    [boiler.costSavingFen, genset.costSavingFen].sort(),
  );
  const accepted = page.getByTestId('opportunity-accepted');
  await expect(accepted).toContainText('已纳入项目（2 项）');
  await expect(page.getByTestId(`opportunity-project-link-${boiler.id}`)).toHaveText('锅炉与发电机组改造');
  await expect(page.getByTestId(`opportunity-${boiler.id}`)).toHaveCount(0);

  // Undo one: it is open again and leaves the project, the other stays.
  await page.getByTestId(`opportunity-undo-${genset.id}`).click();
  await expect(page.getByTestId(`opportunity-${genset.id}`)).toBeVisible();
  await expect(accepted).toContainText('已纳入项目（1 项）');
  const afterUndo = await api.call('projects.get', { id: created.id });
  expect(afterUndo.lines).toHaveLength(boiler.rowCount);
  expect(afterUndo.lines.every((l) => l.opportunityId === boiler.id)).toBe(true);
  expect(afterUndo.benefits).toHaveLength(1);

  // One proposal into the existing project, then Undo from the notice.
  const mesTools = find(repriced, 'mes_data_collection', 'machine_tool');
  await page.getByTestId(`opportunity-accept-${mesTools.id}`).click();
  await page.getByTestId('opportunity-accept-into').getByText('加入已有项目').click();
  // Picked by typing, as a keyboard user would: a click can land while the list is still opening.
  await page.getByTestId('opportunity-accept-project').click();
  await page.keyboard.type('锅炉');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('opportunity-accept-project')).toContainText(
    '锅炉与发电机组改造（绿色发展/节能，草拟）',
  );
  await page.getByTestId('opportunity-accept-ok').click();
  await expect(page.getByTestId(`opportunity-accepted-${mesTools.id}`)).toBeVisible();
  expect(
    (await api.call('projects.get', { id: created.id })).lines.filter((l) => l.opportunityId === mesTools.id),
  ).toHaveLength(mesTools.rowCount);
  const notice = (text: string) => page.locator('.ant-notification-notice').filter({ hasText: text });
  await notice(`已将“${mesTools.title.zh}（机床）”纳入项目“锅炉与发电机组改造”`)
    .getByTestId('opportunity-accepted-undo')
    .click();
  await expect(page.getByTestId(`opportunity-${mesTools.id}`)).toBeVisible();
  expect((await api.call('projects.get', { id: created.id })).lines).toHaveLength(boiler.rowCount);

  // Undo from the notice of a project made for one proposal takes the empty project away too.
  const forklifts = find(repriced, 'renew_over_age', 'forklift');
  await page.getByTestId(`opportunity-accept-${forklifts.id}`).click();
  await expect(page.getByTestId('opportunity-accept-name')).toHaveValue(`${forklifts.title.zh}（叉车/搬运）`);
  await expect(page.getByTestId('opportunity-accept-direction')).toContainText('设备更新');
  await page.getByTestId('opportunity-accept-name').press('Enter');
  await expect(page.getByTestId(`opportunity-accepted-${forklifts.id}`)).toBeVisible();
  expect((await api.call('projects.list', { enterpriseId })).map((p) => p.name)).toContain(
    `${forklifts.title.zh}（叉车/搬运）`,
  );
  await notice(`已将“${forklifts.title.zh}（叉车/搬运）”纳入项目`)
    .getByTestId('opportunity-accepted-undo')
    .click();
  await expect(page.getByTestId(`opportunity-${forklifts.id}`)).toBeVisible();
  await expect
    .poll(async () => (await api.call('projects.list', { enterpriseId })).map((p) => p.name))
    .toEqual(['锅炉与发电机组改造']);

  // Dismissing needs a reason; the dismissed proposal keeps it, with the date, across a reload.
  const mes = find(repriced, 'mes_data_collection', 'smt');
  await page.getByTestId(`opportunity-dismiss-${mes.id}`).click();
  await page.getByTestId('opportunity-dismiss-ok').click();
  await expect(page.getByTestId('opportunity-dismiss-required')).toHaveText('请写明忽略的理由');
  await page.screenshot({ path: test.info().outputPath('dismiss-dialog-zh.png') });
  const reason = page.getByTestId('opportunity-dismiss-reason');
  await reason.fill('贴片线明年整体更换，届时一并联网');
  await reason.press('Enter');
  await expect(page.getByTestId(`opportunity-reason-${mes.id}`)).toHaveText(
    '贴片线明年整体更换，届时一并联网',
  );
  const today = new Date();
  const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await expect(page.getByTestId(`opportunity-decided-at-${mes.id}`)).toContainText(ymd);
  await page.reload();
  await expect(page.getByTestId(`opportunity-dismissed-${mes.id}`)).toBeVisible();
  await expect(page.getByTestId(`opportunity-reason-${mes.id}`)).toHaveText(
    '贴片线明年整体更换，届时一并联网',
  );
  await expect(page.getByTestId(`opportunity-${mes.id}`)).toHaveCount(0);
  const decided = await api.call('opportunities.list', { enterpriseId, year });
  expect(find(decided, 'mes_data_collection', 'smt').decision).toMatchObject({
    kind: 'dismissed',
    reason: '贴片线明年整体更换，届时一并联网',
  });
  const open = decided.opportunities.filter((o) => o.decision === null);
  await expect(page.getByTestId('opportunities-open-heading')).toHaveText(
    `待处理的机会（${open.length} 项）`,
  );
  await expectTotals(page, decided);
  await page.screenshot({ path: test.info().outputPath('opportunities-zh.png') });
  await page.getByTestId('opportunity-accepted').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('opportunities-decided-zh.png') });

  // The same page in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('opportunities-title')).toHaveText('Upgrade opportunities');
  await expect(page.getByTestId('opportunities-open-heading')).toHaveText(`Open proposals (${open.length})`);
  await expect(page.getByTestId('opportunity-accepted')).toContainText('Accepted into projects (1)');
  await expect(page.getByTestId('opportunity-dismissed')).toContainText('Dismissed (1)');
  await expect(page.getByTestId('opportunity-assumptions-toggle')).toContainText('Assumptions');
  await expect(page.getByTestId(`opportunity-name-${vsd.id}`)).toHaveText('Air compressors');
  await page.getByTestId('opportunities-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('opportunities-en.png') });
});
