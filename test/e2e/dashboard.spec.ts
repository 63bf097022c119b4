import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { PRODUCTION_CATEGORIES, readTruth } from '../unit/support/domain-truth';
import { expect, test } from './support/host-test';
import { fixtureFile, MESSY_300 } from './support/fixtures';

const MESSY_300_TRUTH = fixtureFile('register-messy-300.truth.jsonl');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The figures as the page writes them in Chinese: shares to a tenth of a percent, counts in 台. */
const share = (v: number) =>
  v.toLocaleString('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const units = (n: number) => `${n.toLocaleString('zh-CN')} 台`;

/** NC production units in service, counted straight from the fixture's truth file. */
function ncUnitsFromTruth(): { cnc: number; production: number } {
  const rows = readTruth<{ category: string; cnc: boolean; quantity: number; status: string }>(
    MESSY_300_TRUTH,
  );
  const inService = rows.filter(
    (r) => (r.status === '在用' || r.status === '维修中') && PRODUCTION_CATEGORIES.includes(r.category),
  );
  return {
    production: inService.reduce((n, r) => n + r.quantity, 0),
    cnc: inService.filter((r) => r.cnc || r.category === 'robot').reduce((n, r) => n + r.quantity, 0),
  };
}

async function openDashboard(page: Page, enterpriseName: string) {
  await page
    .getByTestId('enterprise-row')
    .filter({ hasText: enterpriseName })
    .getByRole('link')
    .first()
    .click();
  await page.getByTestId('nav-dashboard').click();
}

test('the dashboard shows the core’s indicators, leads from a figure to its rows and saves a chart as PNG', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const name = '深圳市看板测试精密制造有限公司';
  const { id: enterpriseId } = await api.call('enterprise.create', {
    name,
    years: [
      {
        year: year - 1,
        employees: 320,
        outputValueYuan: 30_000_000,
        newProductOutputYuan: 6_000_000,
        energy: [{ source: 'electricity', quantity: 60_000_000 }],
      },
    ],
  });

  // Without a register, the dashboard says what to do and leads to the import.
  await page.goto(host.url);
  await openDashboard(page, name);
  await expect(page.getByTestId('dashboard-empty')).toContainText('还没有设备台账');
  await page.getByTestId('dashboard-empty-import').click();
  await expect(page.getByTestId('register-empty')).toBeVisible();

  const imported = await api.importRegister(enterpriseId, MESSY_300);
  expect(imported.imported).toBe(300);

  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('dashboard-register-rows')).toHaveText('台账共 300 行');
  await expect(page.getByTestId('dashboard-year')).toContainText(String(year));

  // The figures are the core's, for the current year.
  const report = await api.call('indicators.compute', { enterpriseId, year });
  const i = report.indicators;
  const truth = ncUnitsFromTruth();
  expect({ cnc: i.nc_rate.numerator, production: i.nc_rate.denominator }).toEqual(truth);
  await expect(page.getByTestId('indicator-value-nc_rate')).toHaveText(share(i.nc_rate.value!));
  await expect(page.getByTestId('indicator-numerator-nc_rate')).toHaveText(
    `数控生产设备（含机器人）${units(i.nc_rate.numerator)}`,
  );
  await expect(page.getByTestId('indicator-denominator-nc_rate')).toHaveText(
    `生产设备${units(i.nc_rate.denominator)}`,
  );
  await expect(page.getByTestId('indicator-reference-nc_rate')).toContainText(
    '全国关键工序数控化率（2021 年底）：55.3%（2021 年；来源：工业和信息化部，2022-02-28）',
  );
  for (const key of [
    'networking_rate',
    'motor_ie3_share',
    'over_age_share',
    'automated_value_share',
  ] as const) {
    await expect(page.getByTestId(`indicator-value-${key}`)).toHaveText(share(i[key].value!));
  }
  await expect(page.getByTestId('indicator-value-robot_density')).toHaveText(
    `${i.robot_density.value!.toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 台/万人`,
  );
  await expect(page.getByTestId('indicator-denominator-robot_density')).toHaveText(
    `从业人员 · ${year - 1} 年数据320 人`,
  );
  await expect(page.getByTestId('indicator-value-new_product_output_rate')).toHaveText('20.0%');
  const excluded = i.over_age_share.excluded;
  if (excluded.rows > 0) {
    await expect(page.getByTestId('indicator-excluded-over_age_share')).toContainText(
      `${excluded.rows} 行 / ${units(excluded.units)}`,
    );
  }
  for (const key of ['diesel_generators', 'coal_oil_boilers', 'motors_below_ie3'] as const) {
    await expect(page.getByTestId(`indicator-value-${key}`)).toHaveText(units(report.counts[key].units));
  }

  await expect(page.getByTestId('chart-age').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('chart-age')).toContainText('SMT/电子装联设备');
  await expect(page.getByTestId('chart-power').locator('svg.recharts-surface')).toHaveCount(2);
  await expect(page.getByTestId('chart-seed')).toContainText('柴油发电机组');
  await page.screenshot({ path: test.info().outputPath('dashboard-zh.png'), fullPage: true });

  // A chart saved as a picture is a real PNG, drawn at twice the screen's pixels.
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-save-age').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(`${name} 设备役龄分布（按类别） ${year}.png`);
  const file = test.info().outputPath('chart-age.png');
  await saved.saveAs(file);
  const png = fs.readFileSync(file);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const chartBox = (await page.getByTestId('chart-age').boundingBox())!;
  expect(png.readUInt32BE(16)).toBeGreaterThan(chartBox.width);
  expect(png.readUInt32BE(20)).toBeGreaterThan(chartBox.height);
  expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  await page.getByText('已保存图表').waitFor();

  // The numerator of the NC rate leads to exactly the rows behind it.
  const behind = await api.call('indicators.rows', {
    enterpriseId,
    year,
    indicator: 'nc_rate',
    part: 'numerator',
    limit: 1,
  });
  await page.getByTestId('indicator-numerator-nc_rate').getByRole('link').click();
  await expect(page.getByTestId('register-trace-text')).toHaveText(
    `正在显示“生产设备数控化率”分子（数控生产设备（含机器人））背后的台账行：${behind.ids.length} 行，${behind.units} 台；基准年 ${year}。`,
  );
  await expect(page.getByTestId('register-counts')).toHaveText(`共 300 行 · 筛选后 ${behind.ids.length} 行`);
  await expect(page.getByTestId('register-filter-category')).toHaveCount(0);
  await expect(page.getByTestId('register-export-xlsx')).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('register-trace-zh.png') });

  // Back on the dashboard, then to the rows the motor figure had to leave out.
  await page.getByTestId('register-trace-back').click();
  const motors = i.motor_ie3_share.excluded;
  await page.getByTestId('indicator-excluded-motor_ie3_share').getByRole('link').click();
  await expect(page.getByTestId('register-counts')).toHaveText(`共 300 行 · 筛选后 ${motors.rows} 行`);
  await page.getByTestId('register-trace-close').click();
  await expect(page.getByTestId('register-trace')).toHaveCount(0);
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');
  await expect(page.getByTestId('register-filter-category')).toBeVisible();

  // Another reference year counts ages to it.
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('dashboard-year').click();
  await page.keyboard.type(String(year - 10));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`dashboard\\?year=${year - 10}$`));
  const earlier = await api.call('indicators.compute', { enterpriseId, year: year - 10 });
  await expect(page.getByTestId('indicator-value-over_age_share')).toHaveText(
    share(earlier.indicators.over_age_share.value!),
  );
  await expect(page.getByTestId('chart-age')).toContainText('晚于基准年投产');

  // The same page in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('chart-age')).toContainText('Equipment age by category');
  await expect(page.getByTestId('indicator-numerator-nc_rate')).toContainText('CNC production units');
  await page.screenshot({ path: test.info().outputPath('dashboard-en.png'), fullPage: true });
});
