/**
 * Application readiness of a concrete project through the API: each part's points worked out here
 * from the project as the fixture builds it, the gaps with where to fix them, and the score moving
 * as a narrative is written, a file attached, the facts stated and the amounts put right.
 */
import { describe, expect, it } from 'vitest';
import { READINESS_WEIGHTS } from '../../../shared/drafts/application-readiness';
import { expectWireError } from '../core/helpers';
import { chosenFile, draftsWorkspace } from './drafts-data-fixture';

const points = (r: { parts: { key: string; points: number }[] }) =>
  Object.fromEntries(r.parts.map((p) => [p.key, p.points]));

/** §10's ten required items, plus the three of sz-2017-9-intelligent that are not among them. */
const REQUIRED_WITH_PROGRAMME = 10 + 3;

describe('application readiness', () => {
  it('scores the fixture project part by part and lists each gap with where to fix it', async () => {
    const { core, projectId, enterpriseId } = await draftsWorkspace();
    await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'shenzhen-city/sz-2017-9-intelligent',
    });
    const r = await core.call('drafts.readiness', { projectId });

    const expected = {
      // name, direction, start date, description, a line, the USCC and a profile year: 7 of 9.
      fields: Math.floor((20 * 7) / 9),
      narratives: 0,
      attachments: 0,
      // Financing ¥200,000 ≠ investment ¥300,000, a line at ¥0, no benefit: 0 of 3.
      amounts: 0,
      // Filing not stated: undetermined, half of 15 rounded down.
      eligibility: Math.floor(15 / 2),
    };
    expect(points(r)).toEqual(expected);
    expect(r.score).toBe(15 + 7);
    expect(r.parts.map((p) => p.weight)).toEqual([20, 20, 30, 15, 15]);
    expect(r.parts.map((p) => p.label)).toEqual(['基本信息', '文字章节', '附件材料', '金额核对', '申报资格']);

    const fix = (page: string, anchor: string | null) => ({ page, enterpriseId, projectId, anchor });
    expect(r.gaps.filter((g) => g.part === 'fields')).toEqual([
      { part: 'fields', text: '项目的“完成日期”尚未填写', fix: fix('project', 'endDate') },
      { part: 'fields', text: '项目的“建设地点”尚未填写', fix: fix('project', 'site') },
    ]);
    expect(r.gaps.filter((g) => g.part === 'narratives')).toHaveLength(7);
    expect(r.gaps.filter((g) => g.part === 'attachments')).toHaveLength(REQUIRED_WITH_PROGRAMME);
    expect(r.gaps.find((g) => g.fix.anchor === 'business_licence')).toEqual({
      part: 'attachments',
      text: '必备附件“营业执照”尚未备齐',
      fix: fix('attachments', 'business_licence'),
    });
    const amounts = r.gaps.filter((g) => g.part === 'amounts');
    expect(amounts.map((g) => g.text)).toEqual([
      '资金筹措合计 200,000.00 元，与总投资 300,000.00 元不一致（相差 100,000.00 元）',
      '投资明细“安装调试”的金额为 0',
      '还没有填写效益测算',
    ]);
    expect(amounts[1]!.fix).toMatchObject({
      page: 'project-lines',
      anchor: expect.stringMatching(/^line:\d+$/),
    });
    expect(r.gaps.filter((g) => g.part === 'eligibility')).toEqual([
      {
        part: 'eligibility',
        text: expect.stringMatching(
          /^能否申报“机器人、智能工厂、工业互联网（智能化部分的 20%）”尚不确定，还需说明：.*备案/,
        ),
        fix: fix('funding', 'shenzhen-city/sz-2017-9-intelligent'),
      },
    ]);
    expect(r.basis).toContain('附件材料 30');
  });

  it('rises as the application fills in', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'shenzhen-city/sz-2017-9-intelligent',
    });
    const score = async () => (await core.call('drafts.readiness', { projectId })).score;
    const base = 15 + 7;
    expect(await score()).toBe(base);

    await core.call('drafts.narratives.set', {
      projectId,
      section: 'company_profile',
      body: '成立于 2005 年',
    });
    const narrative = Math.floor((20 * 1) / 7);
    expect(await score()).toBe(base + narrative);

    await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'business_licence',
      fileId: chosenFile(core, '营业执照.pdf', 'scan').fileId,
    });
    const attachment = Math.floor((30 * 1) / REQUIRED_WITH_PROGRAMME);
    expect(await score()).toBe(base + narrative + attachment);

    // Unmarking the item takes its points back although the file stays.
    await core.call('drafts.checklist.mark', { projectId, itemKey: 'business_licence', ready: false });
    const unmarked = await core.call('drafts.readiness', { projectId });
    expect(unmarked.score).toBe(base + narrative);
    expect(unmarked.gaps.find((g) => g.fix.anchor === 'business_licence')!.text).toBe(
      '必备附件“营业执照”已有 1 个文件，但被标为未备齐',
    );
    await core.call('drafts.checklist.mark', { projectId, itemKey: 'business_licence', ready: true });

    await core.call('projects.update', { id: projectId, changes: { statedFacts: { filed: true } } });
    expect(points(await core.call('drafts.readiness', { projectId })).eligibility).toBe(15);

    // Amounts: the installation priced (¥20,000), financing brought to the total, a benefit added.
    const project = await core.call('projects.get', { id: projectId });
    const install = project.lines.find((l) => l.name === '安装调试')!;
    await core.call('projects.updateLine', {
      projectId,
      lineId: install.id,
      changes: { unitPriceFen: 20_000_00 },
    });
    expect(points(await core.call('drafts.readiness', { projectId })).amounts).toBe(Math.floor((15 * 1) / 3));
    await core.call('projects.updateFinancing', {
      projectId,
      financingId: project.financing[0]!.id,
      changes: { amountFen: 320_000_00 },
    });
    await core.call('projects.addBenefit', { projectId, benefit: { annualCostSavingFen: 60_000_00 } });
    const after = await core.call('drafts.readiness', { projectId });
    expect(points(after)).toEqual({
      fields: Math.floor((20 * 7) / 9),
      narratives: narrative,
      attachments: attachment,
      amounts: 15,
      eligibility: 15,
    });
    expect(after.score).toBe(Object.values(points(after)).reduce((a, b) => a + b, 0));
  });

  it('gives 100 and no gap to a complete application', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'shenzhen-city/sz-2017-9-intelligent',
    });
    const project = await core.call('projects.get', { id: projectId });
    await core.call('projects.update', {
      id: projectId,
      changes: { endDate: '2026-12-31', site: '深圳市龙华区观澜街道', statedFacts: { filed: true } },
    });
    await core.call('projects.removeLine', {
      projectId,
      itemId: project.lines.find((l) => l.amountFen === 0)!.id,
    });
    await core.call('projects.updateFinancing', {
      projectId,
      financingId: project.financing[0]!.id,
      changes: { amountFen: 300_000_00 },
    });
    await core.call('projects.addBenefit', { projectId, benefit: { annualCostSavingFen: 60_000_00 } });
    for (const n of await core.call('drafts.narratives.get', { projectId })) {
      await core.call('drafts.narratives.set', { projectId, section: n.key, body: `${n.title}：内容` });
    }
    for (const item of (await core.call('drafts.checklist.get', { projectId })).items) {
      if (item.required)
        await core.call('drafts.checklist.mark', { projectId, itemKey: item.key, ready: true });
    }
    const r = await core.call('drafts.readiness', { projectId, lang: 'en' });
    expect(r.gaps).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.parts.map((p) => p.points)).toEqual(Object.values(READINESS_WEIGHTS));
    expect(r.parts[0]!.label).toBe('Basic information');
  });

  it('tells a programme no longer in force, or none chosen, in English too', async () => {
    const { core, projectId } = await draftsWorkspace();
    const none = await core.call('drafts.readiness', { projectId, lang: 'en' });
    expect(
      none.gaps.filter((g) => g.part === 'eligibility').map((g) => [g.text, g.fix.page, g.fix.anchor]),
    ).toEqual([['No funding programme is chosen for the application', 'funding', 'targetProgramme']]);
    await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'longhua-2024/longhua-2024-investment',
    });
    await core.call('funding.packs.delete', { id: 'longhua-2024' });
    const gone = await core.call('drafts.readiness', { projectId, lang: 'en' });
    expect(points(gone).eligibility).toBe(0);
    expect(gone.gaps.find((g) => g.part === 'eligibility')!.text).toBe(
      'The chosen programme "longhua-2024/longhua-2024-investment" is no longer in the rule packs in force: choose again',
    );
  });

  it('says why the project is not eligible', async () => {
    const { core, projectId } = await draftsWorkspace();
    // Longhua needs ¥1.5m of eligible investment; the project has ¥300,000.
    await core.call('projects.update', { id: projectId, changes: { statedFacts: { filed: true } } });
    await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'longhua-2024/longhua-2024-investment',
    });
    const r = await core.call('drafts.readiness', { projectId });
    expect(points(r).eligibility).toBe(0);
    const text = r.gaps.find((g) => g.part === 'eligibility')!.text;
    expect(text).toMatch(/^按现有信息，项目不符合“工业投资（技术改造）分档资助”的条件：/);
    expect(text).toContain('1,500,000');
    expect(text).not.toContain('备案');
  });

  it('answers NOT_FOUND for a deleted project', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('projects.delete', { id: projectId });
    await expectWireError(core, 'drafts.readiness', { projectId }, 'NOT_FOUND');
  });
});
