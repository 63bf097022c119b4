/**
 * The backups page beyond what enterprises.spec.ts covers (a restore and its undo bring an added
 * enterprise back and away): the register and a renamed enterprise travel with a restore, a
 * cancelled restore changes nothing, and the restore's own "before restore" backup is listed.
 */
import type { Page } from '@playwright/test';
import { fixtureFile } from './support/fixtures';
import { expect, test } from './support/host-test';
import type { HostApi } from './support/host-api';

const NAME = '东莞市备份测试五金制品有限公司';
const RENAMED = '东莞市备份测试五金制品（改名后）有限公司';
const DELETED = 50;

/** The register page as the user sees it: its row count and the enterprise's name. */
async function registerShows(page: Page, enterpriseId: number, expected: { name: string; rows: number }) {
  await page.evaluate((id) => (window.location.hash = `#/enterprises/${id}/register`), enterpriseId);
  await expect(page.getByTestId('register-counts')).toHaveText(`共 ${expected.rows} 行`);
  await expect(page.getByTestId('register-enterprise')).toHaveText(expected.name);
}

const state = async (api: HostApi, enterpriseId: number) => ({
  name: (await api.call('enterprise.get', { id: enterpriseId })).name,
  rows: (await api.call('equipment.ids', { enterpriseId })).length,
});

test('a restore brings back the register and the name as they were backed up; cancelling changes nothing; undo returns the changes', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const { id } = await api.call('enterprise.create', {
    name: NAME,
    district: 'longhua',
    industryDivision: '39',
  });
  const imported = (await api.importRegister(id, fixtureFile('register-standard-200.csv'))).imported;
  expect(imported).toBe(200);

  // A manual backup from the page: listed with the file name the core gave it.
  await page.goto(host.url);
  await page.getByTestId('nav-backups').click();
  await page.getByTestId('backup-create').click();
  const manualRows = page.getByTestId('backup-row').filter({ hasText: '手动' });
  await expect(manualRows).toHaveCount(1);
  const manual = (await api.call('backup.list', {})).find((b) => b.kind === 'manual')!;
  await expect(manualRows).toContainText(manual.name);

  // Then the data changes: rows deleted, the enterprise renamed.
  const ids = await api.call('equipment.ids', { enterpriseId: id });
  await api.call('equipment.delete', { enterpriseId: id, ids: ids.slice(0, DELETED) });
  await api.call('enterprise.update', { id, changes: { name: RENAMED } });
  const changed = { name: RENAMED, rows: imported - DELETED };
  expect(await state(api, id)).toEqual(changed);

  // Asked first: cancelling leaves the workspace as it is.
  await page.getByTestId('nav-backups').click();
  await manualRows.getByTestId('backup-restore').click();
  // antd spaces out a two-character label (取 消).
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^取\s*消$/ })
    .click();
  await expect(page.getByTestId('backup-restore-confirm')).toHaveCount(0);
  expect(await state(api, id)).toEqual(changed);

  // Restored: the 200 rows and the old name are back, on screen as in the core.
  await manualRows.getByTestId('backup-restore').click();
  await page.getByTestId('backup-restore-confirm').click();
  await expect(page.getByTestId('backup-undo-restore')).toBeVisible();
  const restored = { name: NAME, rows: imported };
  expect(await state(api, id)).toEqual(restored);
  // The state just replaced was kept as a "before restore" backup, listed on the page.
  const preRestore = (await api.call('backup.list', {})).filter((b) => b.kind === 'pre-restore');
  expect(preRestore).toHaveLength(1);
  await expect(page.getByTestId('backup-row').filter({ hasText: '恢复前' })).toContainText(
    preRestore[0]!.name,
  );

  await registerShows(page, id, restored);

  // Undone from the notice, which stays while the user looks: the open register follows at once.
  await page.getByTestId('backup-undo-restore').click();
  await expect(page.getByTestId('backup-undo-restore')).toHaveCount(0);
  await expect.poll(() => state(api, id)).toEqual(changed);
  await expect(page.getByTestId('register-counts')).toHaveText(`共 ${changed.rows} 行`);
  await expect(page.getByTestId('register-enterprise')).toHaveText(RENAMED);
});
