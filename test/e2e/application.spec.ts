import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { DRAFT_PDF_FOOTER, DRAFT_PDF_HEADER } from '../../shared/drafts/draft-html';
import type { ApplicationReadiness } from '../../shared/drafts/drafts-api';
import { NARRATIVE_SECTIONS } from '../../shared/drafts/narrative-sections';
import { expect, test } from './support/host-test';
import { fixtureFile, MESSY_300 } from './support/fixtures';

const AGENCY_TEMPLATE = fixtureFile('templates/agency-template.docx');

/** The rule of shared/drafts/application-readiness.ts: floor(weight × checks met ÷ checks). */
const partPoints = (weight: number, met: number, checks: number) => Math.floor((weight * met) / checks);

/** Yuan from fen as the draft prints money: thousands separators, two decimals. */
const draftYuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const part = (r: ApplicationReadiness, key: string) => r.parts.find((p) => p.key === key)!;

/** The page shows the score, every part's points and every gap exactly as the core worked them out. */
async function expectReadiness(page: Page, r: ApplicationReadiness) {
  await expect(page.getByTestId('application-readiness-score')).toHaveAttribute(
    'data-value',
    String(r.score),
  );
  await expect(page.getByTestId('application-readiness-score')).toHaveText(String(r.score));
  for (const p of r.parts) {
    const row = page.getByTestId(`application-readiness-part-${p.key}`);
    await expect(row).toHaveAttribute('data-points', String(p.points));
    await expect(row).toContainText(`${p.points} / ${p.weight} 分`);
  }
  await expect(page.getByTestId('application-gaps-title')).toHaveText(`还缺什么（${r.gaps.length} 项）`);
  await expect(page.getByTestId('application-gap')).toHaveCount(r.gaps.length);
}

function pdfText(pdf: Buffer, file: string): string {
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('the application: readiness with its gaps, a narrative section written, a file attached, the Word and PDF drafts, the print view', async ({
  page,
  host,
  api,
}) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear();
  const enterprise = await api.call('enterprise.create', {
    name: '深圳市申报测试精密制造有限公司',
    uscc: '914403001922038216',
    district: 'baoan',
    industryDivision: '39',
    manufacturingType: 'discrete',
    years: [{ year: year - 1, employees: 320, revenueYuan: 250_000_000, outputValueYuan: 300_000_000 }],
  });
  await api.importRegister(enterprise.id, MESSY_300);
  const created = await api.call('projects.create', {
    enterpriseId: enterprise.id,
    name: '空压站节能改造',
    direction: 'green',
    startDate: `${year}-03-01`,
    endDate: `${year + 1}-06-30`,
    site: '宝安区福永街道',
  });
  const projectId = created.id;
  await api.call('projects.addLine', {
    projectId,
    line: { category: 'equipment', name: '永磁变频螺杆空压机', quantity: 2, unitPriceFen: 18_500_055 },
  });
  await api.call('projects.addLine', {
    projectId,
    line: { category: 'installation', name: '安装调试', quantity: 1, unitPriceFen: 2_000_000 },
  });
  await api.call('projects.addBenefit', {
    projectId,
    benefit: {
      label: '节电',
      annualCostSavingFen: 12_000_000,
      energy: [{ source: 'electricity', quantity: 150_000 }],
    },
  });
  const project = await api.call('projects.get', { id: projectId });
  const totalFen = project.figures.investment.totalFen;
  expect(totalFen).toBe(2 * 18_500_055 + 2_000_000);
  const before = await api.call('drafts.readiness', { projectId, lang: 'zh-CN' });

  // From the project page to its application.
  await page.goto(host.url);
  await page.getByTestId('nav-enterprises').waitFor();
  await page.evaluate(
    (hash) => (window.location.hash = hash),
    `#/enterprises/${enterprise.id}/projects/${projectId}`,
  );
  await page.getByTestId('project-application').click();
  await expect(page.getByTestId('application-title')).toHaveText('申请材料');
  // A long list shows its first few gaps, and all of them on request.
  expect(before.gaps.length).toBeGreaterThan(8);
  await expect(page.getByTestId('application-gap')).toHaveCount(8);
  await page.getByTestId('application-gaps-toggle').click();
  await expectReadiness(page, before);
  await page.screenshot({ path: test.info().outputPath('application-zh.png'), fullPage: true });

  // Enterprise-wide sections say so; the gap's link brings the cursor to its box.
  await expect(page.getByTestId('narrative-company_profile').getByTestId('narrative-scope')).toHaveAttribute(
    'data-scope',
    'enterprise',
  );
  await expect(page.getByTestId('narrative-company_profile')).toContainText(
    '本企业所有项目的申请材料共用这一节',
  );
  await expect(page.getByTestId('narrative-market').getByTestId('narrative-scope')).toHaveText('本项目');
  const gaps = page.getByTestId('application-gap');
  const profileGapIndex = before.gaps.findIndex((g) => g.fix.anchor === 'company_profile');
  expect(profileGapIndex).toBeGreaterThanOrEqual(0);
  await page.getByTestId(`application-gap-fix-${profileGapIndex}`).click();
  const profileBox = page.getByTestId('narrative-input-company_profile');
  await expect(profileBox).toBeFocused();
  await expect(gaps.and(page.locator('[data-anchor="company_profile"]'))).toHaveCount(1);

  // Written and saved with Ctrl+S: the narratives part gains floor(20 × 1 ÷ 7) points, the gap goes.
  const profileText =
    '本公司成立于2008年，主营精密注塑件与五金冲压件，年产值约3亿元，是华为、比亚迪的二级供应商。';
  await profileBox.fill(profileText);
  const profileStatus = page.getByTestId('narrative-company_profile').getByTestId('narrative-status');
  await expect(profileStatus).toHaveAttribute('data-status', 'unsaved');
  await profileBox.press('Control+s');
  await expect(profileStatus).toHaveAttribute('data-status', 'saved');
  const narrativesWeight = part(before, 'narratives').weight;
  const sections = NARRATIVE_SECTIONS.length;
  expect(part(before, 'narratives').points).toBe(0);
  const afterOne = before.score + partPoints(narrativesWeight, 1, sections);
  await expect(page.getByTestId('application-readiness-score')).toHaveAttribute(
    'data-value',
    String(afterOne),
  );
  await expect(gaps.and(page.locator('[data-anchor="company_profile"]'))).toHaveCount(0);
  const oneWritten = await api.call('drafts.readiness', { projectId, lang: 'zh-CN' });
  expect(oneWritten.score).toBe(afterOne);
  await expectReadiness(page, oneWritten);

  // A second one saves on leaving the box.
  const marketText = '项目投产后空压站供气能力满足三条注塑线扩产需求，年新增产值约2000万元。';
  await page.getByTestId('narrative-input-market').fill(marketText);
  await page.getByTestId('narrative-input-technical').focus();
  await expect(page.getByTestId('narrative-market').getByTestId('narrative-status')).toHaveAttribute(
    'data-status',
    'saved',
  );
  const twoWritten = before.score + partPoints(narrativesWeight, 2, sections);
  await expect(page.getByTestId('application-readiness-score')).toHaveAttribute(
    'data-value',
    String(twoWritten),
  );

  // A real file attached to the business licence item: listed with its size and hash, the item ready.
  const checklist = await api.call('drafts.checklist.get', { projectId, lang: 'zh-CN' });
  const required = checklist.items.filter((i) => i.required).length;
  const licence = test.info().outputPath('营业执照副本.pdf');
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(12_336, 0x20)]);
  fs.writeFileSync(licence, bytes);
  const item = page.getByTestId('checklist-item-business_licence');
  await expect(item).toHaveAttribute('data-ready', 'false');
  const chooser = page.waitForEvent('filechooser');
  await item.getByTestId('checklist-attach').click();
  await (await chooser).setFiles(licence);
  const file = item.getByTestId('attachment-file');
  await expect(file).toHaveAttribute('data-name', '营业执照副本.pdf');
  // 12,345 bytes = 12.06 KB.
  await expect(file.getByTestId('attachment-size')).toHaveText('12.1 KB');
  await expect(file.getByTestId('attachment-hash')).toHaveText(
    createHash('sha256').update(bytes).digest('hex').slice(0, 8),
  );
  await expect(item).toHaveAttribute('data-ready', 'true');
  expect(part(before, 'attachments').points).toBe(0);
  const withFile = twoWritten + partPoints(part(before, 'attachments').weight, 1, required);
  await expect(page.getByTestId('application-readiness-score')).toHaveAttribute(
    'data-value',
    String(withFile),
  );
  await expect(gaps.and(page.locator('[data-anchor="business_licence"]'))).toHaveCount(0);
  await expectReadiness(page, await api.call('drafts.readiness', { projectId, lang: 'zh-CN' }));
  await item.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('application-attached-zh.png'), fullPage: true });
  await page
    .getByTestId('application-readiness')
    .screenshot({ path: test.info().outputPath('readiness-card.png') });
  await item.screenshot({ path: test.info().outputPath('checklist-item.png') });
  await page
    .getByTestId('application-outputs')
    .screenshot({ path: test.info().outputPath('outputs-card.png') });
  await page
    .getByTestId('narrative-company_profile')
    .screenshot({ path: test.info().outputPath('narrative.png') });

  // Removed after a confirmation, and back with Undo.
  await file.getByTestId('attachment-remove').click();
  await page.getByTestId('attachment-delete-confirm').click();
  await expect(item).toHaveAttribute('data-files', '0');
  await expect(item.getByTestId('attachment-file')).toHaveCount(0);
  await page.getByTestId('attachment-undo-delete').click();
  await expect(item.getByTestId('attachment-file')).toHaveAttribute('data-name', '营业执照副本.pdf');
  await expect(item).toHaveAttribute('data-files', '1');

  // The Word draft: a .docx (a zip) whose document holds the words typed above.
  const model = await api.call('drafts.model', { projectId, lang: 'zh-CN' });
  const wordDownload = page.waitForEvent('download');
  await page.getByTestId('draft-export-docx').click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  const docx = fs.readFileSync(await word.path());
  expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  const documentXml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
  expect(documentXml).toContain(profileText);
  expect(documentXml).toContain(marketText);
  await expect(page.getByTestId('draft-export-result')).toHaveAttribute(
    'data-gaps',
    String(model.gaps.length),
  );
  await expect(page.getByTestId('draft-export-result')).toContainText(
    `草稿中还有 ${model.gaps.length} 处待补充`,
  );

  // The agency's own template, chosen like any file, filled with the project's figures and the words above.
  const templateChooser = page.waitForEvent('filechooser');
  const templateDownload = page.waitForEvent('download');
  await page.getByTestId('draft-export-template').click();
  await (await templateChooser).setFiles(AGENCY_TEMPLATE);
  const filled = await templateDownload;
  expect(filled.suggestedFilename()).toMatch(/\.docx$/);
  const filledXml = strFromU8(
    unzipSync(new Uint8Array(fs.readFileSync(await filled.path())))['word/document.xml']!,
  ).replace(/<[^>]+>/g, '');
  expect(filledXml).toContain(`${project.name}项目资金申请书`);
  expect(filledXml).toContain(enterprise.name);
  expect(filledXml).toContain(draftYuan(totalFen));
  expect(filledXml).toContain(marketText);
  expect(filledXml).not.toContain('{project.name}');

  // The PDF draft, printed by the host's Chromium: page numbers, Chinese headings, the words and the total.
  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('draft-export-pdf').click();
  const exported = fs.readFileSync(await (await pdfDownload).path());
  expect(exported.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const exportedText = pdfText(exported, test.info().outputPath('exported.pdf'));
  expect(exportedText).toContain('总论');
  expect(exportedText).toContain(draftYuan(totalFen));
  expect(exportedText).toMatch(/\b1 ?\/ ?\d+\b/);

  // The print view: the draft alone, in a frame that runs no script.
  await page.getByTestId('draft-print-view').click();
  await expect(page).toHaveURL(new RegExp(`#/print/projects/${projectId}\\?lang=zh-CN$`));
  await expect(page.getByTestId('nav-enterprises')).toHaveCount(0);
  const frame = page.getByTestId('draft-print-frame');
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  const draft = page.frameLocator('[data-testid="draft-print-frame"]');
  await expect(draft.locator('body')).toContainText(profileText);
  await page.screenshot({ path: test.info().outputPath('print-view.png') });
  const html = (await frame.getAttribute('srcdoc'))!;
  expect(html).toContain(model.title);

  // That same HTML printed by Playwright as the printers do: A4, the draft's own footer.
  const printPage = await page.context().newPage();
  await printPage.setContent(html, { waitUntil: 'load' });
  const pdf = await printPage.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: DRAFT_PDF_HEADER,
    footerTemplate: DRAFT_PDF_FOOTER,
  });
  await printPage.close();
  const text = pdfText(pdf, test.info().outputPath('print-view.pdf'));
  for (const chapter of model.chapters) expect(text).toContain(chapter.heading);
  expect(text).toContain('企业概况');
  expect(text.replace(/\s+/g, '')).toContain(profileText);
  expect(text).toContain(draftYuan(totalFen));
  expect(text).toMatch(/\b1 ?\/ ?\d+\b/);
  const info = execFileSync('pdfinfo', [test.info().outputPath('print-view.pdf')], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

  // Back to the application from the print view.
  await page.getByTestId('draft-print-back').click();
  await expect(page.getByTestId('application-title')).toBeVisible();

  // The same page in English: the core's texts in English too.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('application-title')).toHaveText('Application');
  const english = await api.call('drafts.readiness', { projectId, lang: 'en' });
  await expect(page.getByTestId('application-readiness-part-narratives')).toContainText(
    `${part(english, 'narratives').label}${part(english, 'narratives').points} / ${part(english, 'narratives').weight} points`,
  );
  await expect(page.getByTestId('application-gaps-title')).toHaveText(
    `Still missing (${english.gaps.length})`,
  );
  await expect(page.getByTestId('application-gap').first()).toContainText(english.gaps[0]!.text);
  await expect(page.getByTestId('narrative-company_profile').getByTestId('narrative-scope')).toHaveText(
    'Whole company',
  );
  await expect(page.getByTestId('checklist-item-business_licence')).toContainText('12.1 KB');
  await page.screenshot({ path: test.info().outputPath('application-en.png'), fullPage: true });

  // A save that cannot reach the core keeps the words in the box and says why.
  await host.stop();
  const lost = '这段文字在保存失败后仍然保留。';
  await page.getByTestId('narrative-input-site').fill(lost);
  await page.getByTestId('narrative-input-site').press('Control+s');
  const siteStatus = page.getByTestId('narrative-site').getByTestId('narrative-status');
  await expect(siteStatus).toHaveAttribute('data-status', 'failed');
  await expect(siteStatus).toContainText('Not saved, the text is still in the box');
  await expect(page.getByTestId('narrative-input-site')).toHaveValue(lost);
  await expect(page.getByTestId('narrative-save-site')).toHaveText('Save again');
  await page
    .getByTestId('narrative-site')
    .screenshot({ path: test.info().outputPath('narrative-failed-en.png') });
});
