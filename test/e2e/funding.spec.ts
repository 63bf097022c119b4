import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Programme } from '../../shared/funding/pack-schema';
import { expect, test } from './support/host-test';
import { wan } from './support/zh-figures';

/** Figures as the page writes them in Chinese. */
const percent = (rate: number) => `${(rate * 100).toLocaleString('zh-CN', { maximumFractionDigits: 4 })}%`;
const wanBrief = (yuan: number) =>
  `${(yuan / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
const wanUnit = (fen: number) => `${wan(fen)} 万元`;

/** 1-based line and column of the first occurrence of `needle` (or of what follows it). */
function placeOf(text: string, needle: string, after = 0): { line: number; column: number } {
  const offset = text.indexOf(needle) + after;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Waits for the page's motions (dialogs zooming in, drawers sliding) to end: a click during one
 * lands where a button is about to be, and a screenshot catches the page half drawn.
 */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const moving = () =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    // One motion may replace another (cancelling the first): wait until none is running.
    for (let running = moving(); running.length; running = moving()) {
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
}

async function clickInDialog(page: Page, testId: string) {
  await page.getByTestId(testId).waitFor();
  await settle(page);
  await page.getByTestId(testId).click();
}

/** Drops a file on the page the way a user drags one from the desktop. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text },
  );
  const target = page.getByTestId('funding-page');
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('rule packs: the examples listed and marked, read, edited as JSON with errors shown at their place, exported, imported with a preview, deleted, hidden and restored', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(180_000);
  const shipped = await api.call('funding.packs.list', {});
  expect(shipped.map((p) => p.id)).toEqual([
    'shenzhen-city',
    'longhua-2024',
    'guangdong-equipment-award',
    'energy-review-check',
  ]);

  await page.goto(host.url);
  await page.getByTestId('nav-funding').click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('资助政策');
  for (const p of shipped) {
    const row = page.getByTestId(`funding-pack-row-${p.id}`);
    await expect(row).toContainText(p.name.zh);
    await expect(row.getByTestId('funding-pack-origin')).toHaveText('程序自带');
    await expect(row.getByTestId('funding-example-mark')).toHaveText('示例，请核对最新通知');
    await expect(row.getByTestId('funding-pack-count')).toHaveText(String(p.programmes));
  }
  await expect(
    page.getByTestId('funding-pack-row-shenzhen-city').getByTestId('funding-pack-years'),
  ).toHaveText('2017–2023');
  await expect(page.getByTestId('funding-example-notice')).toContainText('申报前请核对当年的申报通知');
  await page.screenshot({ path: test.info().outputPath('funding-packs-zh.png'), fullPage: true });

  // A programme read in words: rate, cap and source as the pack has them.
  const city = await api.call('funding.packs.get', { id: 'shenzhen-city' });
  const investment = city.pack.programmes[0]!;
  const rateSupport = investment.support as Extract<Programme['support'], { kind: 'rate' }>;
  await page.getByTestId('funding-pack-row-shenzhen-city').getByTestId('funding-pack-open').click();
  await expect(page.getByTestId('funding-pack-title')).toHaveText(city.pack.name.zh);
  const card = page.getByTestId(`programme-${investment.id}`);
  await expect(card.getByTestId(`programme-rate-${investment.id}`)).toHaveText(percent(rateSupport.rate));
  await expect(card.getByTestId(`programme-cap-${investment.id}`)).toHaveText(wanBrief(rateSupport.capYuan!));
  await expect(card.getByTestId(`programme-source-${investment.id}-document`)).toHaveText(
    investment.source.document,
  );
  await expect(card.getByTestId(`programme-conditions-${investment.id}`)).toContainText(
    '已办理技术改造项目备案 等于 是',
  );
  await expect(card).toContainText('示例，请核对最新通知');
  await settle(page);
  await page.screenshot({ path: test.info().outputPath('funding-pack-zh.png') });

  // The JSON as exported; a rate of "abc" is refused with its path and line, and nothing is saved.
  const exported = await api.call('funding.packs.export', { id: 'shenzhen-city' });
  await page.getByTestId('funding-tab-json').click();
  const editor = page.getByTestId('funding-json');
  await expect(editor).toHaveValue(exported.text);
  const badRate = exported.text.replace('"rate": 0.1,', '"rate": "abc",');
  await editor.fill(badRate);
  await page.getByTestId('funding-json-save').click();
  await expect(page.getByTestId('funding-json-invalid')).toHaveText('未保存：有 1 处问题');
  const rateIssue = page.getByTestId('funding-issue');
  await expect(rateIssue.getByTestId('funding-issue-path')).toHaveText('programmes[0].support.rate');
  await expect(rateIssue.getByTestId('funding-issue-message')).toHaveText('类型不对（应为 number）');
  const rateAt = placeOf(badRate, '"abc"');
  await expect(rateIssue.getByTestId('funding-issue-place')).toHaveText(
    `（第 ${rateAt.line} 行第 ${rateAt.column} 列）`,
  );
  await rateIssue.getByTestId('funding-issue-goto').click();
  expect(await editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(
    badRate.indexOf('"abc"'),
  );
  await page.screenshot({ path: test.info().outputPath('funding-json-error-zh.png') });
  expect((await api.call('funding.packs.get', { id: 'shenzhen-city' })).origin).toBe('shipped');

  // A syntax error names its line and column.
  const missingComma = exported.text.replace('"year": 2017,', '"year": 2017');
  await editor.fill(missingComma);
  await page.getByTestId('funding-json-save').click();
  const commaAt = placeOf(missingComma, '"type"');
  await expect(page.getByTestId('funding-issue-message')).toHaveText(
    `不是有效的 JSON（第 ${commaAt.line} 行第 ${commaAt.column} 列附近有误）`,
  );
  expect((await api.call('funding.packs.export', { id: 'shenzhen-city' })).text).toBe(exported.text);

  // Fixed: saved as the user's version of the example.
  await editor.fill(exported.text.replace('"rate": 0.1,', '"rate": 0.12,'));
  await page.getByTestId('funding-json-save').click();
  await expect(page.getByText('现在使用你的版本')).toBeVisible();
  await expect(page.getByTestId('funding-json-invalid')).toHaveCount(0);
  const edited = await api.call('funding.packs.get', { id: 'shenzhen-city' });
  expect(edited.origin).toBe('shipped_edited');
  expect(edited.pack.programmes[0]!.support).toMatchObject({ kind: 'rate', rate: 0.12 });
  await page.getByTestId('funding-tab-programmes').click();
  await expect(card.getByTestId(`programme-rate-${investment.id}`)).toHaveText('12%');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('funding-pack-drawer')).toBeHidden();
  const cityRow = page.getByTestId('funding-pack-row-shenzhen-city');
  await expect(cityRow.getByTestId('funding-pack-origin')).toHaveText('程序自带（已修改）');

  // Export downloads exactly what funding.packs.export gives.
  const download = page.waitForEvent('download');
  await cityRow.getByTestId('funding-pack-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('shenzhen-city.json');
  const downloaded = fs.readFileSync(await file.path(), 'utf8');
  const cityExport = await api.call('funding.packs.export', { id: 'shenzhen-city' });
  expect(downloaded).toBe(cityExport.text);
  expect(JSON.parse(downloaded)).toEqual(JSON.parse(cityExport.text));

  // A file with a mistake is refused with its place; nothing is written.
  const longhua = await api.call('funding.packs.export', { id: 'longhua-2024' });
  const own = JSON.parse(longhua.text) as {
    id: string;
    name: { zh: string; en?: string };
    programmes: Programme[];
  };
  own.id = 'my-district';
  own.name = { zh: '本区技改资助', en: 'Our district support' };
  const broken = JSON.stringify({ ...own, programmes: [{ ...own.programmes[0], year: 1800 }] }, null, 2);
  await page.getByTestId('funding-import-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByTestId('funding-import-invalid')).toContainText('未写入任何内容');
  await expect(page.getByTestId('funding-issue-path')).toHaveText('programmes[0].year');
  await expect(page.getByTestId('funding-issue-place')).toHaveText(
    `（第 ${placeOf(broken, '1800').line} 行第 ${placeOf(broken, '1800').column} 列）`,
  );
  await clickInDialog(page, 'funding-import-cancel');
  expect((await api.call('funding.packs.list', {})).map((p) => p.id)).not.toContain('my-district');

  // A new pack dropped on the page: previewed as added, then imported.
  const ownText = JSON.stringify(own, null, 2);
  await dropFile(page, 'my-district.json', ownText);
  await expect(page.getByTestId('funding-import-action')).toHaveText('新增这个规则包');
  await expect(page.getByTestId('funding-import-added')).toContainText(own.programmes[0]!.name.zh);
  await clickInDialog(page, 'funding-import-confirm');
  const ownRow = page.getByTestId('funding-pack-row-my-district');
  await expect(ownRow.getByTestId('funding-pack-origin')).toHaveText('用户导入');
  await expect(ownRow.getByTestId('funding-example-mark')).toHaveText('示例，请核对最新通知');

  // The same pack with one programme changed: the preview names it before anything is written.
  const changed = {
    ...own,
    programmes: [{ ...own.programmes[0]!, support: { ...own.programmes[0]!.support, capYuan: 30_000_000 } }],
  };
  await page.getByTestId('funding-import-input').setInputFiles({
    name: 'my-district-2025.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(changed, null, 2)),
  });
  await expect(page.getByTestId('funding-import-action')).toHaveText('替换同一标识的现有规则包');
  await expect(page.getByTestId('funding-import-changed')).toContainText(
    `修改的项目（1）${own.programmes[0]!.name.zh}`,
  );
  await expect(page.getByTestId('funding-import-added')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('funding-import-preview-zh.png') });
  const before = await api.call('funding.packs.get', { id: 'my-district' });
  expect(before.pack.programmes[0]!.support).toMatchObject({ capYuan: 40_000_000 });
  await clickInDialog(page, 'funding-import-confirm');
  await expect(page.getByTestId('funding-import-preview')).toBeHidden();
  await expect
    .poll(
      async () => (await api.call('funding.packs.get', { id: 'my-district' })).pack.programmes[0]!.support,
    )
    .toMatchObject({ capYuan: 30_000_000 });

  // Deleting asks first; undo brings the pack back; deleted again, it is gone.
  await ownRow.getByTestId('funding-pack-remove').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('删除规则包“本区技改资助”？');
  await clickInDialog(page, 'funding-remove-confirm');
  await expect(ownRow).toHaveCount(0);
  expect((await api.call('funding.packs.list', {})).map((p) => p.id)).not.toContain('my-district');
  await page.getByTestId('funding-undo').click();
  await expect(ownRow).toBeVisible();
  expect(
    (await api.call('funding.packs.get', { id: 'my-district' })).pack.programmes[0]!.support,
  ).toMatchObject({
    capYuan: 30_000_000,
  });
  await ownRow.getByTestId('funding-pack-remove').click();
  await clickInDialog(page, 'funding-remove-confirm');
  await expect(ownRow).toHaveCount(0);

  // A shipped example is hidden, then brought back.
  const energy = page.getByTestId('funding-pack-row-energy-review-check');
  await energy.getByTestId('funding-pack-remove').click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('隐藏示例规则包“节能审查提示（示例）”？');
  await clickInDialog(page, 'funding-remove-confirm');
  await expect(energy).toHaveCount(0);
  await expect(page.getByTestId('funding-hidden-energy-review-check')).toContainText('节能审查提示（示例）');
  expect((await api.call('funding.packs.list', {})).map((p) => p.id)).not.toContain('energy-review-check');
  await settle(page);
  await page.screenshot({ path: test.info().outputPath('funding-hidden-zh.png') });
  await page.getByTestId('funding-hidden-energy-review-check').getByTestId('funding-hidden-restore').click();
  await expect(energy.getByTestId('funding-pack-origin')).toHaveText('程序自带');
  await expect(page.getByTestId('funding-hidden')).toHaveCount(0);

  // The edited example restored as shipped, after a confirmation.
  await cityRow.getByTestId('funding-pack-restore').click();
  await clickInDialog(page, 'funding-restore-confirm');
  await expect(cityRow.getByTestId('funding-pack-origin')).toHaveText('程序自带');
  const restored = await api.call('funding.packs.get', { id: 'shenzhen-city' });
  expect(restored.origin).toBe('shipped');
  expect(restored.pack.programmes[0]!.support).toMatchObject({ rate: 0.1 });

  // The same page in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('Funding programmes');
  await expect(cityRow.getByTestId('funding-example-mark')).toHaveText('Example — check the current notice');
  await expect(cityRow.getByTestId('funding-pack-origin')).toHaveText('Comes with the app');
  await page.screenshot({ path: test.info().outputPath('funding-packs-en.png'), fullPage: true });
});

test('a project judged against every programme: reasons, estimates with their computation, the best one, and facts stated to settle the undetermined', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(120_000);
  const year = new Date().getFullYear();
  const enterprise = await api.call('enterprise.create', {
    name: '深圳市资助测试精密制造有限公司',
    district: 'longhua',
    industryDivision: '39',
    years: [{ year: year - 1, employees: 320, revenueYuan: 250_000_000, outputValueYuan: 300_000_000 }],
  });
  const project = await api.call('projects.create', {
    enterpriseId: enterprise.id,
    name: 'SMT 产线智能化改造',
    direction: 'intelligent',
  });
  await api.call('projects.addLine', {
    projectId: project.id,
    line: {
      category: 'equipment',
      name: '高速贴片机',
      quantity: 1,
      unitPriceFen: 600_000_000,
      deductibleVatRate: 0.13,
    },
  });
  await api.call('projects.addLine', {
    projectId: project.id,
    line: {
      category: 'equipment',
      name: '六轴工业机器人',
      quantity: 2,
      unitPriceFen: 150_000_000,
      deductibleVatRate: 0.13,
      intelligent: true,
    },
  });
  await api.call('projects.addBenefit', {
    projectId: project.id,
    benefit: { label: '人工与能耗节约', annualCostSavingFen: 120_000_000 },
  });

  await page.goto(host.url);
  await page.getByTestId('nav-enterprises').waitFor();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/enterprises/${enterprise.id}/projects/${project.id}`);
  await page.getByTestId('project-tab-funding').click();
  const section = page.getByTestId('project-funding');
  const result = (key: string) => section.locator(`[data-testid="funding-result"][data-key="${key}"]`);

  // Filing is not part of a plan: every programme that needs it waits for it, and none is best yet.
  const first = await api.call('funding.evaluate', { projectId: project.id });
  for (const pack of first.packs) {
    for (const p of pack.programmes) {
      await expect(result(`${pack.packId}/${p.programmeId}`)).toHaveAttribute('data-status', p.status);
    }
  }
  const longhuaKey = 'longhua-2024/longhua-2024-investment';
  const longhuaBefore = first.packs[1]!.programmes[0]!;
  expect(longhuaBefore.status).toBe('undetermined');
  await expect(result(longhuaKey).getByTestId('funding-result-estimate')).toHaveText(
    `估算资助：${wanUnit(longhuaBefore.support.amountFen!)}（条件确定满足后）`,
  );
  const filedReason = longhuaBefore.reasons.find((r) => r.field === 'project.filed')!;
  await expect(
    result(longhuaKey).getByTestId('funding-reason').nth(longhuaBefore.reasons.indexOf(filedReason)),
  ).toHaveText(filedReason.text.zh);
  await expect(
    result(longhuaKey).getByTestId('funding-reason').nth(longhuaBefore.reasons.indexOf(filedReason)),
  ).toHaveAttribute('data-outcome', 'unknown');
  await expect(section.getByTestId('funding-best-none')).toBeVisible();

  // Stating that the project is filed settles the Shenzhen and Longhua programmes.
  await section.getByTestId('funding-fact-project.filed').getByText('是', { exact: true }).click();
  await section.getByTestId('funding-facts-apply').click();
  const filed = await api.call('funding.evaluate', {
    projectId: project.id,
    subject: { project: { filed: true } },
  });
  const programmes = filed.packs.flatMap((pack) =>
    pack.programmes.map((p) => ({ key: `${pack.packId}/${p.programmeId}`, p })),
  );
  for (const { key, p } of programmes) await expect(result(key)).toHaveAttribute('data-status', p.status);

  const eligible = programmes.filter(
    ({ p }) => p.status === 'eligible' && p.type !== 'check' && p.estimatedSupportFen,
  );
  const best = eligible.reduce((a, b) => (b.p.estimatedSupportFen! > a.p.estimatedSupportFen! ? b : a));
  expect(best.key).toBe(longhuaKey);
  await expect(section.getByTestId('funding-best')).toContainText(
    `最有利：${best.p.name.zh}（${filed.packs[1]!.name.zh}），估算资助 ${wanUnit(best.p.estimatedSupportFen!)}`,
  );
  await expect(result(longhuaKey)).toHaveClass(/funding-best/);
  await expect(result(longhuaKey).getByTestId('funding-result-estimate')).toHaveText(
    `估算资助：${wanUnit(best.p.estimatedSupportFen!)}`,
  );
  await expect(result(longhuaKey).getByTestId('funding-result-step')).toHaveText(
    best.p.support.steps.map((s) => s.text.zh),
  );
  // The base is the plan's eligible spend (net of deductible VAT); 5–20 million yuan of it is
  // the 12% bracket, on the whole base.
  const plan = await api.call('projects.get', { id: project.id });
  expect(best.p.support.baseFen).toBe(plan.figures.investment.eligibleFen);
  expect(best.p.estimatedSupportFen).toBe(Math.floor((best.p.support.baseFen! * 12) / 100));

  // Too small for the major-project programme: not eligible, and the reason names the figure.
  const major = programmes.find(({ key }) => key === 'shenzhen-city/sz-2023-major')!;
  expect(major.p.status).toBe('not_eligible');
  await expect(result(major.key).getByTestId('funding-result-estimate')).toHaveText(
    `不符合条件，不计资助（如符合，可得 ${wanUnit(major.p.support.amountFen!)}）`,
  );
  const failed = major.p.reasons.find((r) => r.outcome === 'not_met' && r.field)!;
  await expect(result(major.key)).toContainText(failed.text.zh);
  await settle(page);
  await page.screenshot({ path: test.info().outputPath('project-funding-zh.png'), fullPage: true });

  // A line added elsewhere changes the plan: the estimates follow.
  await api.call('projects.addLine', {
    projectId: project.id,
    line: { category: 'software', name: 'MES 系统', quantity: 1, unitPriceFen: 1_000_000_000 },
  });
  const grown = await api.call('funding.evaluate', {
    projectId: project.id,
    subject: { project: { filed: true } },
  });
  const longhuaAfter = grown.packs[1]!.programmes[0]!;
  expect(longhuaAfter.estimatedSupportFen).toBeGreaterThan(best.p.estimatedSupportFen!);
  await expect(result(longhuaKey).getByTestId('funding-result-estimate')).toHaveText(
    `估算资助：${wanUnit(longhuaAfter.estimatedSupportFen!)}`,
  );

  // Saved with the project, the filing is no longer a statement on screen: the project (and every
  // scenario it is in) is judged on it, and the page still shows the Longhua programme eligible.
  expect((await api.call('projects.get', { id: project.id })).statedFacts).toEqual({});
  await section.getByTestId('funding-facts-save').click();
  await expect
    .poll(async () => (await api.call('projects.get', { id: project.id })).statedFacts)
    .toEqual({ filed: true });
  const stored = await api.call('funding.evaluate', { projectId: project.id });
  expect(stored.packs[1]!.programmes[0]!).toMatchObject({
    status: 'eligible',
    estimatedSupportFen: longhuaAfter.estimatedSupportFen,
  });
  await expect(result(longhuaKey)).toHaveAttribute('data-status', 'eligible');

  await page.getByTestId('language-en').click();
  await expect(section.getByRole('heading', { level: 4 })).toHaveText('Funding programmes for this project');
  await expect(result(longhuaKey).getByTestId('funding-result-status')).toHaveText('Eligible');
  await page.screenshot({ path: test.info().outputPath('project-funding-en.png') });
});
