import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { HANDOFF_PARTS } from '../../shared/handoff/handoff-api';
import { hostApi } from './support/host-api';
import { expect, test } from './support/host-test';
import { fixtureFile } from './support/fixtures';
import { startWebHost } from './support/web-host';

const NAME = '深圳市交接测试精密制造有限公司';
const USCC = '914403001922038216';

/** Opens the import dialog from `opener`, picks the file in the browser's chooser, waits for the preview. */
async function chooseClientFile(page: Page, opener: Locator, file: string) {
  await opener.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('handoff-drop-area').click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('handoff-match')).toBeVisible();
}

const count = (page: Page, part: string, column: string) =>
  page.getByTestId(`handoff-count-${part}-${column}`);

test('a client exported from one workspace is imported into another as a new client, and back into the first as an update that changes nothing', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const { id: enterpriseId } = await api.call('enterprise.create', {
    name: NAME,
    uscc: USCC,
    district: 'longhua',
    industryDivision: '39',
  });
  expect((await api.importRegister(enterpriseId, fixtureFile('register-standard-200.csv'))).imported).toBe(
    200,
  );
  const project = await api.call('projects.create', {
    enterpriseId,
    name: '注塑车间节能改造',
    direction: 'green',
    endDate: '2030-06-30',
  });
  await api.call('projects.addLine', {
    projectId: project.id,
    line: { category: 'equipment', name: '伺服注塑机', quantity: 2, unitPriceFen: 38_000_000 },
  });

  // Export from the enterprise page: the browser downloads the file.
  await page.goto(host.url);
  await page.getByTestId('enterprise-row').filter({ hasText: NAME }).getByRole('link').first().click();
  await expect(page.getByTestId('detail-name')).toHaveText(NAME);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('handoff-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.retrofit$/);
  const file = path.join(host.dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(0);
  await expect(page.getByText(/已下载客户文件.*台账 200 行，项目 1 个/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('handoff-export.png') });

  // A second workspace, as the client's or a colleague's computer has.
  const other = await startWebHost();
  try {
    const otherApi = hostApi(other);
    await page.goto(other.url);
    await page.getByTestId('nav-portfolio').click();
    await expect(page.getByTestId('portfolio-empty')).toBeVisible();
    await chooseClientFile(page, page.getByTestId('handoff-import-empty'), file);
    await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-kind', 'new');
    await expect(page.getByTestId('handoff-match')).toContainText(`新客户：${NAME}`);
    await expect(count(page, 'equipment', 'incoming')).toHaveAttribute('data-value', '200');
    await expect(count(page, 'equipment', 'added')).toHaveAttribute('data-value', '200');
    await expect(count(page, 'projects', 'incoming')).toHaveAttribute('data-value', '1');
    await expect(count(page, 'projects', 'added')).toHaveAttribute('data-value', '1');
    await expect(count(page, 'profile', 'added')).toHaveAttribute('data-value', '1');
    await page.screenshot({ path: test.info().outputPath('handoff-preview-new.png') });
    await page.getByTestId('handoff-confirm').click();
    await expect(page.getByTestId('handoff-done')).toHaveText(`已导入新客户“${NAME}”。`);
    await expect(page.getByTestId('handoff-backup')).toHaveCount(0);
    await page.getByTestId('handoff-open-client').click();
    await expect(page.getByTestId('detail-name')).toHaveText(NAME);

    const [imported] = await otherApi.call('enterprise.list', {});
    expect(imported).toMatchObject({ name: NAME, uscc: USCC, district: 'longhua' });
    expect((await otherApi.call('equipment.facets', { enterpriseId: imported!.id })).total).toBe(200);
    const projects = await otherApi.call('projects.list', { enterpriseId: imported!.id });
    expect(projects.map((p) => [p.name, p.totalInvestmentFen])).toEqual([['注塑车间节能改造', 76_000_000]]);
    // And in that workspace's portfolio.
    await page.getByTestId('nav-portfolio').click();
    const row = page.getByTestId('portfolio-row').filter({ hasText: NAME });
    await expect(row.getByTestId('portfolio-equipment')).toHaveText('200');
    await expect(row.getByTestId('portfolio-projects')).toHaveText('1 / 1');
  } finally {
    await other.stop();
  }

  // Back into the first workspace, from the enterprise list: the same client, nothing to change.
  await page.goto(host.url);
  await expect(page.getByTestId('enterprise-row')).toHaveCount(1);
  await chooseClientFile(page, page.getByTestId('handoff-import'), file);
  await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-kind', 'update');
  await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-enterprise-id', String(enterpriseId));
  await expect(page.getByTestId('handoff-match')).toContainText('文件与该客户现有的数据完全一致');
  for (const part of HANDOFF_PARTS) {
    for (const column of ['added', 'changed', 'removed'])
      await expect(count(page, part, column), `${part} ${column}`).toHaveAttribute('data-value', '0');
  }
  await expect(count(page, 'equipment', 'unchanged')).toHaveAttribute('data-value', '200');
  await page.screenshot({ path: test.info().outputPath('handoff-preview-update.png') });

  // Confirming says which backup was taken first, and leads to the client.
  await page.getByTestId('handoff-confirm').click();
  await expect(page.getByTestId('handoff-done')).toHaveText(`已更新客户“${NAME}”。`);
  const backups = (await api.call('backup.list', {})).map((b) => b.name);
  const backupText = await page.getByTestId('handoff-backup').textContent();
  expect(backups.some((name) => backupText?.includes(name))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('handoff-updated.png') });
  await page.getByTestId('handoff-open-client').click();
  await expect(page.getByTestId('detail-name')).toHaveText(NAME);
  expect((await api.call('equipment.facets', { enterpriseId })).total).toBe(200);
});

test('a file that is not a client file is refused, saying so', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('nav-portfolio').click();
  await page.getByTestId('handoff-import-empty').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('handoff-drop-area').click();
  await (await chooser).setFiles(fixtureFile('register-standard-200.csv'));
  await expect(page.getByTestId('handoff-error')).toContainText(
    '“register-standard-200.csv”不是客户文件：请选择扩展名为 .retrofit 的文件。',
  );
  await expect(page.getByTestId('handoff-match')).toHaveCount(0);
});
