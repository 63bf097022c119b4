import type { Locator, Page } from '@playwright/test';
import type { AssessmentDetail } from '../../shared/assessment/assessment-api';
import { LEVELS } from '../../shared/assessment/cmmm-structure';
import { expect, test } from './support/host-test';
import { MESSY_300 } from './support/fixtures';

const ZH_LEVEL_NUMBERS = ['一级', '二级', '三级', '四级', '五级'];

/** Figures as the page writes them in Chinese. */
const score = (n: number) =>
  n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const points = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
const levelText = (level: number) =>
  level === 0 ? '未达到一级' : `${ZH_LEVEL_NUMBERS[level - 1]}（${LEVELS[level - 1]!.zh}）`;

const question = (page: Page, id: string) => page.getByTestId(`question-${id}`);
/** antd draws the radio buttons over a zero-size input: the label is what a user clicks. */
const rate = (page: Page, id: string, rating: string) =>
  question(page, id)
    .locator('label')
    .filter({ hasText: new RegExp(`^${rating}$`) })
    .click();

async function openSubDomain(page: Page, code: string) {
  const header = page.getByTestId(`subdomain-${code}`);
  if ((await header.locator('xpath=ancestor::button[1]').getAttribute('aria-expanded')) !== 'true')
    await header.click();
}

/** The result panel shows exactly what the core scored. */
async function expectResult(page: Page, detail: AssessmentDetail) {
  const r = detail.result;
  await expect(page.getByTestId('assessment-level')).toHaveText(levelText(r.level));
  await expect(page.getByTestId('assessment-total')).toContainText(`总分 ${score(r.total)} / 5`);
  for (const l of r.levels)
    await expect(page.getByTestId(`assessment-level-score-${l.level}`)).toHaveText(score(l.score));
  for (const s of r.subDomains)
    await expect(page.getByTestId(`assessment-subdomain-score-${s.subDomain}`)).toHaveText(score(s.score));
  await expect(page.getByTestId('assessment-answered')).toHaveText(`已答 ${r.answered} / ${r.questions} 题`);
}

const radarShape = (card: Locator) =>
  card.locator('.recharts-radar-polygon .recharts-polygon').first().getAttribute('d');

async function waitSaved(page: Page) {
  await expect(page.getByTestId('assessment-save-status')).toHaveText('所有回答已保存');
}

test('a self-assessment: answered and saved as it goes, scored beside the questions, on the dashboard with its readiness actions, and compared with another', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear();
  const name = '深圳市自评测试电子有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', {
    name,
    industryDivision: '39',
    years: [{ year: year - 1, employees: 320, outputValueYuan: 30_000_000 }],
  });
  expect((await api.importRegister(enterpriseId, MESSY_300)).imported).toBe(300);

  // No assessment yet: the list says so and offers to start one.
  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: name }).getByRole('link').first().click();
  await page.getByTestId('nav-assessments').click();
  await expect(page.getByTestId('assessments-empty')).toContainText('还没有成熟度自评');

  await page.getByTestId('assessment-create').click();
  await page.getByTestId('assessment-create-title').fill('第一次自评');
  await page.getByTestId('assessment-create-ok').click();
  await expect(page.getByTestId('assessment-title')).toContainText('第一次自评');
  const firstId = (await api.call('assessment.list', { enterpriseId }))[0]!.id;
  const created = await api.call('assessment.get', { id: firstId });
  expect(created.assessment.suggested).toBeGreaterThan(0);
  await expectResult(page, created);
  await expect(page.getByTestId('assessment-notice')).toContainText('不是经评估机构认定的');
  await expect(page.getByTestId('assessment-notice')).toContainText('GB/T 39117-2020');

  // Answer part of the people element: ratings at once, a note after a pause.
  const radar = page.getByTestId('chart-radar');
  const shapeBefore = await radarShape(radar);
  await expect(page.getByTestId('subdomain-progress-strategy')).toHaveText('已答 0/5');
  await rate(page, 'strategy.L1', '完全满足');
  await rate(page, 'strategy.L2', '大部分满足');
  await question(page, 'strategy.L1')
    .getByTestId('question-evidence-strategy.L1')
    .fill('《2025 年数字化转型规划》，总经理负责');
  await expect(page.getByTestId('question-state-strategy.L1')).toHaveText('已保存');
  await openSubDomain(page, 'skills');
  await rate(page, 'skills.L1', '完全满足');
  await rate(page, 'skills.L2', '部分满足');
  await expect(page.getByTestId('subdomain-progress-strategy')).toHaveText('已答 2/5');
  await expect(page.getByTestId('element-tab-people')).toContainText('4/10');

  // The register's suggestions: one changed, one confirmed.
  await page.getByTestId('element-tab-resources').click();
  await openSubDomain(page, 'equipment');
  const suggestion = page.getByTestId('question-suggestion-equipment.L1');
  await expect(suggestion).toHaveAttribute('data-state', 'pending');
  await expect(suggestion).toContainText('台账建议');
  await expect(page.getByTestId('question-suggestion-value-equipment.L1')).toContainText('生产设备数控化率');
  await rate(page, 'equipment.L1', '部分满足');
  await expect(suggestion).toHaveAttribute('data-state', 'changed');
  await openSubDomain(page, 'network');
  await page.getByTestId('question-confirm-network.L2').click();
  await expect(page.getByTestId('question-suggestion-network.L2')).toHaveAttribute('data-state', 'confirmed');
  await waitSaved(page);

  // Level, level scores and radar are the core's figures for these answers.
  const answered = await api.call('assessment.get', { id: firstId });
  const byId = new Map(answered.answers.map((a) => [a.questionId, a]));
  expect(byId.get('strategy.L1')).toMatchObject({
    rating: 'fully',
    evidence: '《2025 年数字化转型规划》，总经理负责',
    suggested: false,
  });
  expect(byId.get('equipment.L1')).toMatchObject({ rating: 'partly', suggested: false });
  expect(byId.get('network.L2')?.suggested).toBe(false);
  expect(answered.result.total).toBeGreaterThan(created.result.total);
  await expectResult(page, answered);
  expect(await radarShape(radar)).not.toBe(shapeBefore);
  await expect(page.getByTestId('assessment-gaps-title')).toContainText(
    `还差 ${score(answered.result.next!.pointsNeeded)} 分`,
  );
  await page.screenshot({ path: test.info().outputPath('assessment-zh.png'), fullPage: true });

  // A gap leads to its question.
  const gap = answered.result.next!.gaps[0]!;
  await page.getByTestId('assessment-gap-open').first().click();
  await expect(question(page, gap.questionId)).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('assessment-gap-zh.png') });

  // After a reload the answers are still there.
  await page.reload();
  await expect(page.getByTestId('assessment-level')).toHaveText(levelText(answered.result.level));
  await expect(
    question(page, 'strategy.L1').getByRole('radio', { name: '完全满足', exact: true }),
  ).toBeChecked();
  await expect(page.getByTestId('question-evidence-strategy.L1')).toHaveValue(
    '《2025 年数字化转型规划》，总经理负责',
  );
  await page.getByTestId('element-tab-resources').click();
  await expect(
    question(page, 'equipment.L1').getByRole('radio', { name: '部分满足', exact: true }),
  ).toBeChecked();
  await expect(page.getByTestId('question-suggestion-equipment.L1')).toHaveAttribute('data-state', 'changed');
  await expectResult(page, answered);

  // The dashboard: three scores from the core, the maturity radar, and an action followed to its rows.
  await page.getByTestId('nav-dashboard').click();
  const readiness = await api.call('readiness.compute', { enterpriseId, year });
  expect(readiness.assessment?.id).toBe(firstId);
  for (const s of readiness.scores)
    await expect(page.getByTestId(`readiness-score-${s.key}`)).toHaveText(points(s.score));
  await expect(page.getByTestId('readiness-assessment')).toContainText('第一次自评');
  await expect(page.getByTestId('chart-maturity').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('dashboard-maturity')).toContainText(levelText(answered.result.level));
  const energy = readiness.scores.find((s) => s.key === 'energy_saving')!;
  const action = energy.actions.slice(0, 3).find((a) => a.rows && a.rows.rows > 0)!;
  const actionCard = page.getByTestId(`readiness-action-energy_saving-${action.key}`);
  await expect(actionCard).toContainText(`深府办〔2015〕20号 第（${action.clauses[0]!.clause}）条`);
  await expect(page.getByTestId(`readiness-action-energy_saving-${action.key}-effect`)).toContainText(
    points(action.effect),
  );
  await page.screenshot({ path: test.info().outputPath('dashboard-readiness-zh.png'), fullPage: true });

  // The radar saves as a picture like the dashboard's other charts.
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-save-maturity').click();
  expect((await download).suggestedFilename()).toBe(`${name} 成熟度自评雷达图 第一次自评.png`);

  const rows = await api.call('readiness.rows', {
    enterpriseId,
    year,
    rowSet: action.rows!.rowSet,
    limit: 1,
  });
  expect(rows.ids.length).toBe(action.rows!.rows);
  await page.getByTestId(`readiness-action-rows-energy_saving-${action.key}`).click();
  await expect(page.getByTestId('register-trace-text')).toContainText(
    `${rows.ids.length} 行，${rows.units} 台；基准年 ${year}`,
  );
  await expect(page.getByTestId('register-counts')).toHaveText(`共 300 行 · 筛选后 ${rows.ids.length} 行`);
  await page.screenshot({ path: test.info().outputPath('register-action-trace-zh.png') });

  // A second assessment, for process manufacturing and without suggestions, compared with the first.
  await page.getByTestId('nav-assessments').click();
  await page.getByTestId('assessment-create').click();
  await page.getByTestId('assessment-create-title').fill('第二次自评');
  await page.getByTestId('assessment-create-type').getByText('流程制造').click();
  await page.getByTestId('assessment-create-prefill').uncheck();
  await page.getByTestId('assessment-create-ok').click();
  await expect(page.getByTestId('assessment-title')).toContainText('第二次自评');
  await rate(page, 'strategy.L1', '完全满足');
  await rate(page, 'strategy.L2', '完全满足');
  await rate(page, 'strategy.L3', '部分满足');
  await waitSaved(page);

  await page.getByTestId('assessment-back').click();
  await expect(page.getByTestId('assessment-row')).toHaveCount(2);
  const list = await api.call('assessment.list', { enterpriseId });
  const secondId = list.find((a) => a.title === '第二次自评')!.id;
  for (const title of ['第一次自评', '第二次自评'])
    await page.getByTestId('assessment-row').filter({ hasText: title }).getByRole('checkbox').check();
  await page.getByTestId('assessment-compare').click();
  await expect(page).toHaveURL(new RegExp(`compare\\?first=${firstId}&second=${secondId}$`));

  const comparison = await api.call('assessment.compare', { firstId, secondId });
  const deltaText = (d: number) =>
    Math.abs(d) < 0.005 ? '0.00' : `${d > 0 ? '+' : '−'}${score(Math.abs(d))}`;
  await expect(page.getByTestId('compare-total-delta')).toHaveText(deltaText(comparison.total.delta));
  for (const d of comparison.subDomains)
    await expect(page.getByTestId(`compare-delta-${d.key}`)).toHaveText(deltaText(d.delta));
  await expect(page.getByTestId('compare-type-differs')).toContainText('离散制造');
  await expect(
    page.getByTestId('chart-compare').locator('.recharts-radar-polygon .recharts-polygon'),
  ).toHaveCount(2);
  await expect(page.getByTestId('compare-changed-count')).toHaveText(
    `评分不同的问题：${comparison.changedAnswers.length} 个`,
  );
  await page.screenshot({ path: test.info().outputPath('compare-zh.png'), fullPage: true });

  // Deleting asks first and can be undone.
  await page.getByTestId('compare-back').click();
  await page
    .getByTestId('assessment-row')
    .filter({ hasText: '第二次自评' })
    .getByTestId('assessment-delete')
    .click();
  await page.getByTestId('assessment-delete-confirm').click();
  await expect(page.getByTestId('assessment-row')).toHaveCount(1);
  await page.getByTestId('assessment-undo-delete').click();
  await expect(page.getByTestId('assessment-row')).toHaveCount(2);

  // The questionnaire in English.
  await page
    .getByTestId('assessment-row')
    .filter({ hasText: '第一次自评' })
    .getByTestId('assessment-open')
    .click();
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('element-tab-people')).toContainText('People');
  await expect(page.getByTestId('assessment-notice')).toContainText('not a maturity level certified');
  await page.screenshot({ path: test.info().outputPath('assessment-en.png'), fullPage: true });
});
