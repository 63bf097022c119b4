/**
 * Files dropped anywhere on the window, as a user drags them from the desktop: a client file
 * (.retrofit) opens the hand-off preview on any page, a register spreadsheet goes to the import of
 * the enterprise on screen, or asks which enterprise when none is open.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseOption } from './support/antd-inputs';
import { fixtureFile, MESSY_300 } from './support/fixtures';
import { expect, test } from './support/host-test';
import type { WebHost } from './support/web-host';

const NAME = '佛山市拖放测试机电设备有限公司';
const USCC = '91440600192203821M';

/** Drops the bytes as a file named `name` onto `selector`, with the drag-over the browser sends first. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      return dt;
    },
    { name, base64: bytes.toString('base64') },
  );
  const target = page.locator(selector).first();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** The enterprise's client file, exported by the core and downloaded as the browser would. */
async function clientFile(host: WebHost, fileId: string): Promise<Buffer> {
  const url = new URL(host.url);
  const token = /token=([\w-]+)/.exec(url.hash)![1]!;
  const response = await fetch(`${url.origin}/api/download/${encodeURIComponent(fileId)}?token=${token}`);
  expect(response.ok).toBe(true);
  return Buffer.from(await response.arrayBuffer());
}

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

test('a client file dropped on the portfolio, or on the register page, opens its preview with the figures of the file', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const { id } = await api.call('enterprise.create', {
    name: NAME,
    uscc: USCC,
    district: 'longhua',
    industryDivision: '39',
  });
  expect((await api.importRegister(id, fixtureFile('register-standard-200.csv'))).imported).toBe(200);
  const exported = await api.call('handoff.export', { enterpriseId: id });
  const bytes = await clientFile(host, exported.file.fileId);
  const count = (part: string, column: string) => page.getByTestId(`handoff-count-${part}-${column}`);

  await page.goto(host.url);
  await page.getByTestId('nav-portfolio').click();
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  await dropFile(page, '[data-testid="portfolio-table"]', exported.file.name, bytes);
  // The same USCC is in this workspace: an update that changes nothing, 200 rows in the file.
  await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-kind', 'update');
  await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-enterprise-id', String(id));
  await expect(count('equipment', 'incoming')).toHaveAttribute(
    'data-value',
    String(exported.counts.equipment),
  );
  await expect(count('equipment', 'unchanged')).toHaveAttribute('data-value', '200');
  await expect(count('equipment', 'changed')).toHaveAttribute('data-value', '0');
  await page.screenshot({ path: test.info().outputPath('drop-retrofit-portfolio.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('handoff-match')).toHaveCount(0);

  // On the register page a client file is not a register: it goes to the preview, not the import.
  await go(page, `#/enterprises/${id}/register`);
  await expect(page.getByTestId('register-counts')).toHaveText('共 200 行');
  await dropFile(page, '.register-page', 'copy.RETROFIT', bytes);
  await expect(page.getByTestId('handoff-match')).toHaveAttribute('data-kind', 'update');
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
});

test('a register file dropped on an enterprise page opens its import with the file; dropped elsewhere it asks which enterprise', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const other = await api.call('enterprise.create', { name: '另一家企业有限公司' });
  const { id } = await api.call('enterprise.create', { name: NAME, uscc: USCC });
  const xlsx = fs.readFileSync(MESSY_300);
  const fileName = path.basename(MESSY_300);

  // On the enterprise's page: its register opens, the wizard reads the file.
  await page.goto(host.url);
  await go(page, `#/enterprises/${id}`);
  await expect(page.getByTestId('detail-name')).toHaveText(NAME);
  await dropFile(page, '[data-testid="detail-name"]', fileName, xlsx);
  await expect(page).toHaveURL(new RegExp(`#/enterprises/${id}/register$`));
  await expect(page.getByTestId('import-file-name')).toContainText(fileName);
  await expect(page.getByTestId('import-file-name')).toContainText('33 KB');
  await expect(page.getByTestId('import-header-line')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('drop-register-enterprise.png') });
  await page.getByTestId('import-close').click();

  // On the portfolio no enterprise is open: the file is kept while the user picks one.
  await page.getByTestId('nav-portfolio').click();
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);
  await dropFile(page, '[data-testid="portfolio-table"]', fileName, xlsx);
  const chooser = page.getByTestId('shell-choose-enterprise');
  await expect(chooser).toContainText(fileName);
  await chooseOption(page, 'shell-choose-select', '另一家企业有限公司');
  await page.screenshot({ path: test.info().outputPath('drop-register-choose.png') });
  await page.getByTestId('shell-choose-ok').click();
  await expect(page).toHaveURL(new RegExp(`#/enterprises/${other.id}/register$`));
  await expect(page.getByTestId('import-file-name')).toContainText(fileName);
  await expect(page.getByTestId('register-enterprise')).toHaveText('另一家企业有限公司');

  // Anything else is named and refused, and the page stays.
  await page.getByTestId('import-close').click();
  await page.getByTestId('nav-portfolio').click();
  await dropFile(page, '[data-testid="portfolio-table"]', 'photo.png', Buffer.from([1, 2, 3]));
  await expect(page.getByText('无法打开“photo.png”')).toBeVisible();
  await expect(page).toHaveURL(/#\/portfolio$/);
});
