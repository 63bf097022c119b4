import dayjs from 'dayjs';
import type { Locator, Page } from '@playwright/test';
import type { HostApi } from './support/host-api';
import { expect, test } from './support/host-test';
import { fixtureFile, MESSY_300 } from './support/fixtures';
import { fixed } from './support/zh-figures';

const FIRST = '深圳市总览测试精密制造有限公司';
const SECOND = '深圳市总览测试电子科技有限公司';
const SCORE_KEYS = {
  smart_factory: 'smartFactory',
  energy_saving: 'energySaving',
  automation: 'automation',
} as const;

/** The three readiness scores readiness.compute gives, by the portfolio's column keys. */
async function readiness(api: HostApi, enterpriseId: number) {
  const report = await api.call('readiness.compute', { enterpriseId, year: new Date().getFullYear() });
  return Object.fromEntries(report.scores.map((s) => [SCORE_KEYS[s.key], s.score])) as Record<
    (typeof SCORE_KEYS)[keyof typeof SCORE_KEYS],
    number
  >;
}

const rowOf = (page: Page, name: string) => page.getByTestId('portfolio-row').filter({ hasText: name });
const rowNames = (page: Page) => page.getByTestId('portfolio-open').allTextContents();

async function expectScores(row: Locator, scores: Record<string, number>) {
  for (const [key, score] of Object.entries(scores)) {
    const cell = row.getByTestId(`portfolio-score-${key}`);
    await expect(cell).toHaveAttribute('data-value', String(score));
    await expect(cell).toHaveText(fixed(score, 1));
  }
}

test('the portfolio lists each client with the scores readiness.compute gives, sorts by them and opens a client', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const today = dayjs();
  const first = await api.call('enterprise.create', {
    name: FIRST,
    uscc: '914403001922038216',
    district: 'baoan',
    industryDivision: '34',
  });
  const second = await api.call('enterprise.create', {
    name: SECOND,
    district: 'nanshan',
    industryDivision: '39',
  });
  expect((await api.importRegister(first.id, MESSY_300)).imported).toBe(300);
  expect((await api.importRegister(second.id, fixtureFile('register-standard-200.csv'))).imported).toBe(200);
  await api.call('assessment.create', { enterpriseId: first.id });
  const contract = today.add(20, 'day').format('YYYY-MM-DD');
  await api.call('projects.create', {
    enterpriseId: first.id,
    name: '空压站节能改造',
    direction: 'green',
    milestones: [{ name: '合同签订', date: contract }],
    endDate: today.add(200, 'day').format('YYYY-MM-DD'),
  });
  await api.call('projects.create', {
    enterpriseId: second.id,
    name: '贴片线升级',
    direction: 'intelligent',
  });
  await api.call('projects.create', {
    enterpriseId: second.id,
    name: '照明改造',
    direction: 'green',
    status: 'completed',
    endDate: today.add(3, 'day').format('YYYY-MM-DD'),
  });
  const scores = { [first.id]: await readiness(api, first.id), [second.id]: await readiness(api, second.id) };
  const maturity = (await api.call('assessment.list', { enterpriseId: first.id }))[0]!.total;

  await page.goto(host.url);
  await page.getByTestId('nav-portfolio').click();
  await expect(page.getByRole('heading', { name: '客户总览' })).toBeVisible();
  const a = rowOf(page, FIRST);
  const b = rowOf(page, SECOND);
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);

  await expect(a).toContainText('914403001922038216');
  await expect(a).toContainText('宝安区');
  await expect(a.getByTestId('portfolio-equipment')).toHaveText('300');
  await expectScores(a, scores[first.id]!);
  await expect(a.getByTestId('portfolio-maturity')).toHaveAttribute('data-value', String(maturity));
  await expect(a.getByTestId('portfolio-maturity')).toContainText(fixed(maturity, 2));
  // A new assessment answers only what the register suggests: its total stays below level 1's band.
  expect(maturity).toBeLessThan(0.8);
  await expect(a.getByTestId('portfolio-maturity')).toContainText('未达到一级');
  await expect(a.getByTestId('portfolio-projects')).toHaveText('1 / 1');
  await expect(a.getByTestId('portfolio-deadline')).toHaveAttribute('data-date', contract);
  await expect(a.getByTestId('portfolio-deadline')).toContainText('空压站节能改造：合同签订');
  await expect(a.getByTestId('portfolio-deadline-left')).toHaveText('还有 20 天');

  await expect(b).toContainText('南山区');
  await expect(b.getByTestId('portfolio-equipment')).toHaveText('200');
  await expectScores(b, scores[second.id]!);
  await expect(b).toContainText('未自评');
  // The completed project counts in all, not as open, and its date is nothing to meet.
  await expect(b.getByTestId('portfolio-projects')).toHaveText('1 / 2');
  await expect(b.getByTestId('portfolio-deadline')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('portfolio.png'), fullPage: true });

  // In English, the deadline the core words included.
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { name: 'Portfolio' })).toBeVisible();
  await expect(a.getByTestId('portfolio-deadline')).toContainText('空压站节能改造: 合同签订');
  await expect(a.getByTestId('portfolio-deadline-left')).toHaveText('20 days left');
  await expect(b).toContainText('Not assessed');
  await page.screenshot({ path: test.info().outputPath('portfolio-en.png'), fullPage: true });
  await page.getByTestId('language-zh-CN').click();
  await expect(page.getByRole('heading', { name: '客户总览' })).toBeVisible();

  // Sorting by a score on which the two differ puts the lower one first, then the higher one.
  const key = (Object.keys(SCORE_KEYS) as (keyof typeof SCORE_KEYS)[])
    .map((k) => SCORE_KEYS[k])
    .find((k) => scores[first.id]![k] !== scores[second.id]![k]);
  expect(key, 'the two registers give different scores').toBeDefined();
  const lowFirst = scores[first.id]![key!] < scores[second.id]![key!] ? [FIRST, SECOND] : [SECOND, FIRST];
  const header = page.getByTestId(`portfolio-sort-${key!}`);
  await header.click();
  expect(await rowNames(page)).toEqual(lowFirst);
  await header.click();
  expect(await rowNames(page)).toEqual([...lowFirst].reverse());
  // The header sorts from the keyboard too: Enter goes back to the unsorted order and on to ascending.
  await header.press('Enter');
  await header.press('Enter');
  expect(await rowNames(page)).toEqual(lowFirst);

  // Keyboard: the first row, ↓ to the second, Enter opens it.
  await page.getByTestId('portfolio-row').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rowOf(page, lowFirst[1]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail-name')).toHaveText(lowFirst[1]!);

  // One click on a row opens that client.
  await page.getByTestId('nav-portfolio').click();
  await rowOf(page, lowFirst[0]!).getByTestId('portfolio-projects').click();
  await expect(page.getByTestId('detail-name')).toHaveText(lowFirst[0]!);
  const opened = lowFirst[0] === FIRST ? first.id : second.id;
  expect(page.url()).toContain(`#/enterprises/${opened}`);
});

test('an empty workspace says how clients get into the portfolio', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('nav-portfolio').click();
  await expect(page.getByTestId('portfolio-empty')).toHaveText('还没有客户');
  await expect(page.getByTestId('portfolio-add')).toBeVisible();
  await expect(page.getByTestId('handoff-import-empty')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('portfolio-empty.png'), fullPage: true });
});
