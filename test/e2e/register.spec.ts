import type { Page } from '@playwright/test';
import { chooseOption } from './support/antd-inputs';
import { expect, test } from './support/host-test';
import { MESSY_300 } from './support/fixtures';

/** Robots in register-messy-300.xlsx (its truth file: category "robot"). */
const ROBOTS_IN_FIXTURE = 25;

/** The table row of an asset code; rows of the virtual table exist only while on screen. */
const row = (page: Page, code: string) => page.getByTestId('equipment-row').filter({ hasText: code });

/** The preview's value of the first sample row (EQ-000001: 126.87 万元 in the file). */
const firstSampleValue = (page: Page) =>
  page.getByTestId('import-sample-row').filter({ hasText: 'EQ-000001' }).getByTestId('import-sample-value');

/** Chooses the file in the wizard's first step (the browser's picker, then the upload). */
async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose-file').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-mapping')).toBeVisible();
}

/** From the mapping step: check every row, then import what is valid. */
async function checkAndImport(page: Page, expectSummary: RegExp) {
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-check-summary')).toContainText(expectSummary, { timeout: 30_000 });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
}

test('a consultant imports a messy register, corrects it, edits, undoes, exports and re-imports it', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.url);

  // An enterprise, then its (empty) register from the detail page.
  await page.getByTestId('enterprise-add-empty').click();
  await page.getByTestId('enterprise-name').fill('深圳市台账测试精密有限公司');
  await page.getByTestId('enterprise-save').click();
  await page.getByTestId('enterprise-register').click();
  await expect(page.getByTestId('register-empty')).toBeVisible();
  await expect(page.getByTestId('nav-register')).toBeVisible();

  // Import: the title row is skipped, 原值（万元） is read in 万元.
  await page.getByTestId('register-import-empty').click();
  await chooseFile(page, MESSY_300);
  await expect(page.getByTestId('import-header-line')).toHaveText('第 2 行');
  await expect(page.getByTestId('mapping-original_value_yuan-why')).toContainText('原值（万元）');
  await expect(firstSampleValue(page)).toHaveText('126.87');

  // A wrong unit shows at once in the sample, and correcting it puts it right again.
  await chooseOption(page, 'mapping-original_value_yuan-scale', /^元$/);
  await expect(firstSampleValue(page)).toHaveText('0.01');
  await expect(page.getByTestId('mapping-original_value_yuan-why')).toContainText('由用户指定');
  await chooseOption(page, 'mapping-original_value_yuan-scale', '万元');
  await expect(firstSampleValue(page)).toHaveText('126.87');

  // A column set to none and back.
  await chooseOption(page, 'mapping-model', '（不导入）');
  await expect(page.getByTestId('mapping-model-why')).toHaveCount(0);
  await chooseOption(page, 'mapping-model', '型号');
  await expect(page.getByTestId('mapping-model-why')).toBeVisible();

  await checkAndImport(page, /新增 300 行，更新 0 行；拒绝 0 行/);
  await expect(page.getByTestId('import-result-imported')).toHaveText('新增 300 行');
  await page.getByTestId('import-finish').click();
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');
  await expect(row(page, 'EQ-000001').getByTestId('equipment-cell-original_value')).toHaveText('126.87');

  // Sorting happens in the core: descending asset codes start with the last one.
  await page.getByTestId('register-column-asset_code').click();
  await page.getByTestId('register-column-asset_code').click();
  await expect(page.getByTestId('equipment-row').first()).toContainText('EQ-000300');
  await page.getByTestId('register-column-asset_code').click();

  // Filter by category.
  await chooseOption(page, 'register-filter-category', '工业机器人/AGV');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('register-counts')).toHaveText(`共 300 行 · 筛选后 ${ROBOTS_IN_FIXTURE} 行`);
  for (const category of await page.getByTestId('equipment-cell-category').allTextContents()) {
    expect(category).toBe('工业机器人/AGV');
  }
  await page.getByTestId('register-filter-clear').click();
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');

  // Search over code, name, model and maker.
  await page.getByTestId('register-search').fill('EQ-000123');
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行 · 筛选后 1 行');
  await expect(page.getByTestId('equipment-row')).toHaveCount(1);

  // Inline edit: the core's refusal lands on the cell, Esc leaves the row as it was.
  await row(page, 'EQ-000123').getByTestId('equipment-cell-asset_code').dblclick();
  await page.getByTestId('equipment-edit-asset_code').fill('EQ-000124');
  await page.getByTestId('equipment-edit-asset_code').press('Enter');
  await expect(page.getByText('设备编号“EQ-000124”已被本企业的另一台设备使用')).toBeVisible();
  await page.getByTestId('equipment-edit-asset_code').press('Escape');
  await expect(page.getByTestId('equipment-edit-asset_code')).toHaveCount(0);

  // Enter saves.
  await row(page, 'EQ-000123').getByTestId('equipment-cell-name').dblclick();
  await page.getByTestId('equipment-edit-name').fill('三相异步电动机（已更换）');
  await page.getByTestId('equipment-edit-name').press('Enter');
  await expect(row(page, 'EQ-000123').getByTestId('equipment-cell-name')).toHaveText(
    '三相异步电动机（已更换）',
  );
  await page.getByTestId('register-search').fill('');
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');

  // Undoing the import is refused while a later edit touched its rows, and the reason says what to do.
  await page.getByTestId('register-history-open').click();
  const history = page.getByTestId('register-history-row');
  await expect(history).toHaveCount(2);
  await history.filter({ hasText: '导入' }).getByTestId('register-history-undo').click();
  await page.getByTestId('register-history-undo-confirm').click();
  await expect(page.getByTestId('register-undo-error')).toContainText('请在“更改记录”中先撤销之后');
  await page.getByTestId('register-undo-error-ok').click();

  // Newest first: the edit, then the import; the rows are gone.
  await history.filter({ hasText: '编辑' }).getByTestId('register-history-undo').click();
  await page.getByTestId('register-history-undo-confirm').click();
  await expect(history.filter({ hasText: '编辑' }).getByTestId('register-history-undone')).toBeVisible();
  await history.filter({ hasText: '导入' }).getByTestId('register-history-undo').click();
  await page.getByTestId('register-history-undo-confirm').click();
  await expect(history.filter({ hasText: '导入' }).getByTestId('register-history-undone')).toBeVisible();
  await page.locator('.ant-drawer-close').click();
  await expect(page.getByTestId('register-empty')).toBeVisible();

  // Re-import (the mapping confirmed last time is remembered), then export the register as Excel.
  await page.getByTestId('register-import-empty').click();
  await chooseFile(page, MESSY_300);
  await expect(page.getByTestId('import-remembered')).toBeVisible();
  await checkAndImport(page, /新增 300 行/);
  await page.getByTestId('import-finish').click();
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');

  const download = page.waitForEvent('download');
  await page.getByTestId('register-export-xlsx').click();
  const exported = test.info().outputPath('register-export.xlsx');
  await (await download).saveAs(exported);
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // Re-importing the export matches every row by its asset code: all updated, none added.
  await page.getByTestId('register-import').click();
  await chooseFile(page, exported);
  await checkAndImport(page, /新增 0 行，更新 300 行；拒绝 0 行/);
  await expect(page.getByTestId('import-result-updated')).toHaveText('更新 300 行');
  await expect(page.getByTestId('import-result-imported')).toHaveText('新增 0 行');
  await page.getByTestId('import-finish').click();
  await expect(page.getByTestId('register-counts')).toHaveText('共 300 行');

  await expect(page.getByTestId('import-steps')).toBeHidden();
  await expect(row(page, 'EQ-000001')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('register-zh.png') });

  // The same page in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('register-column-name')).toHaveText('Name');
  await expect(page.getByTestId('register-counts')).toHaveText('300 rows');
});
