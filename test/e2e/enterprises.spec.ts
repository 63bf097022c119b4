import { expect, test, type Page } from '@playwright/test';
import { chooseOption, fillNumber } from './support/antd-inputs';
import { startWebHost, type WebHost } from './support/web-host';

let host: WebHost;

test.beforeEach(async () => {
  host = await startWebHost();
});
test.afterEach(async () => {
  await host.stop();
});

async function addEnterprise(
  page: Page,
  name: string,
  opts: { uscc?: string; employees?: string; revenueWan?: string } = {},
) {
  await page.getByTestId('enterprise-add').or(page.getByTestId('enterprise-add-empty')).first().click();
  await page.getByTestId('enterprise-name').fill(name);
  if (opts.uscc) await page.getByTestId('enterprise-uscc').fill(opts.uscc);
  if (opts.employees || opts.revenueWan) {
    await page.getByTestId('enterprise-add-year').click();
    await fillNumber(page, 'enterprise-year-0-year', '2024');
    if (opts.employees) await fillNumber(page, 'enterprise-year-0-employees', opts.employees);
    if (opts.revenueWan) await fillNumber(page, 'enterprise-year-0-revenueWan', opts.revenueWan);
  }
  await page.getByTestId('enterprise-save').click();
}

test('a consultant adds, edits, deletes and undoes an enterprise in Chinese, and it survives a restart', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByTestId('product-name')).toHaveText('技改规划助手');
  // The token left the address bar once the app had it.
  await expect.poll(() => page.url()).not.toContain('token=');

  await addEnterprise(page, '深圳市示例精密制造有限公司', {
    uscc: '914403001922038216',
    employees: '350',
    revenueWan: '2500',
  });
  await expect(page.getByTestId('detail-name')).toHaveText('深圳市示例精密制造有限公司');
  await expect(page.getByTestId('size-class')).toContainText('中型');
  await expect(page.getByTestId('size-class')).toContainText('工信部联企业〔2011〕300号');

  // Edit: more staff and revenue make it a large enterprise.
  await page.getByTestId('enterprise-edit').click();
  await fillNumber(page, 'enterprise-year-0-employees', '1200');
  await fillNumber(page, 'enterprise-year-0-revenueWan', '50000');
  await page.getByTestId('enterprise-save').click();
  await expect(page.getByTestId('size-class')).toContainText('大型');

  // Delete asks first, then offers undo.
  await page.getByTestId('detail-back').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);
  await page.getByTestId('enterprise-row-delete').click();
  await page.getByTestId('enterprise-delete-confirm').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(0);
  await page.getByTestId('enterprise-undo-delete').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);
  await expect(page.getByTestId('enterprise-row')).toContainText('914403001922038216');

  // The host restarts (new port, new token): the data is still there.
  host = await host.restart();
  await page.goto(host.url);
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);
  await expect(page.getByTestId('enterprise-row')).toContainText('深圳市示例精密制造有限公司');
  await expect(page.getByTestId('enterprise-row-size')).toContainText('大型');
  await page.screenshot({ path: test.info().outputPath('enterprises-zh.png') });
});

test('an invalid credit code names the wrong character and what it should be, and nothing is saved', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByTestId('enterprise-add-empty').click();
  await page.getByTestId('enterprise-name').fill('校验测试公司');
  await page.getByTestId('enterprise-uscc').fill('914403001922038217');
  await expect(page.getByTestId('uscc-error')).toContainText('第 18 位');
  await expect(page.getByTestId('uscc-error')).toContainText('“6”');
  await page.getByTestId('enterprise-save').click();
  await expect(page.getByTestId('enterprise-drawer')).toBeVisible();
  await page.getByTestId('enterprise-uscc').fill('91440300192203821O');
  await expect(page.getByTestId('uscc-error')).toContainText('“O”');
  // Nothing reached the workspace.
  const list = await page.evaluate(async () => {
    const token = sessionStorage.getItem('retrofit.token');
    const r = await fetch('/api/call/enterprise.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Retrofit-Token': String(token) },
      body: '{}',
    });
    return r.json();
  });
  expect(list).toEqual({ ok: true, result: [] });
});

test('the same journey in English, with the language remembered', async ({ page }) => {
  await page.goto(host.url);
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('product-name')).toHaveText('Retrofit Planner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('enterprise-add-empty').click();
  await page.getByTestId('enterprise-name').fill('Shenzhen Example Tooling Co.');
  await page.getByTestId('enterprise-uscc').fill('914403001922038217');
  await expect(page.getByTestId('uscc-error')).toContainText('Character 18');
  await expect(page.getByTestId('uscc-error')).toContainText('"6"');
  await page.getByTestId('enterprise-uscc').fill('914403001922038216');
  await chooseOption(page, 'enterprise-district', "Bao'an");
  await page.getByTestId('enterprise-add-year').click();
  await fillNumber(page, 'enterprise-year-0-year', '2024');
  await fillNumber(page, 'enterprise-year-0-employees', '25');
  await fillNumber(page, 'enterprise-year-0-revenueWan', '400');
  await fillNumber(page, 'enterprise-year-0-outputValueWan', '500');
  await fillNumber(page, 'enterprise-year-0-newProductOutputWan', '125');
  await page.getByTestId('enterprise-save').click();

  await expect(page.getByTestId('size-class')).toContainText(/small/i);
  await expect(page.getByTestId('new-product-rate-2024')).toContainText('25.0');

  await page.getByTestId('enterprise-edit').click();
  await page.getByTestId('enterprise-name-en').fill('Example Tooling');
  await page.getByTestId('enterprise-save').click();
  await expect(page.getByText('Example Tooling').first()).toBeVisible();

  await page.getByTestId('enterprise-delete').click();
  await page.getByTestId('enterprise-delete-confirm').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(0);
  await page.getByTestId('enterprise-undo-delete').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('product-name')).toHaveText('Retrofit Planner');
});

test('a backup can be restored, and the restore undone', async ({ page }) => {
  await page.goto(host.url);
  await addEnterprise(page, '备份前的企业');
  await page.getByTestId('nav-backups').click();
  await page.getByTestId('backup-create').click();
  const rows = page.getByTestId('backup-row');
  await expect(rows.filter({ hasText: '手动' })).toHaveCount(1);

  await page.getByTestId('nav-enterprises').click();
  await addEnterprise(page, '备份后的企业');
  await page.getByTestId('nav-backups').click();
  await rows.filter({ hasText: '手动' }).getByTestId('backup-restore').click();
  await page.getByTestId('backup-restore-confirm').click();
  await page.getByTestId('nav-enterprises').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);
  await expect(page.getByTestId('enterprise-row')).toContainText('备份前的企业');

  await page.getByTestId('nav-backups').click();
  await page.getByTestId('backup-undo-restore').click();
  await page.getByTestId('nav-enterprises').click();
  await expect(page.getByTestId('enterprise-row')).toHaveCount(2);
});
