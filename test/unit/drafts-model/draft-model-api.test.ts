/**
 * `drafts.model` on a real workspace: the chapters in DOMAIN.md §10's order, tables and charts
 * numbered as they appear, every total equal to the sum of its rows and to the figure
 * `projects.get` gives, the funding table as `funding.evaluate` judges the project, the gaps a
 * draft lists (narratives, site, dates, lines, financing) and how they go once filled in, and the
 * English draft.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_CHAPTERS, type DraftModel, type DraftTable } from '../../../shared/drafts/draft-model';
import { NARRATIVE_SECTIONS } from '../../../shared/drafts/narrative-sections';
import { FINANCING_KINDS, LINE_CATEGORIES } from '../../../shared/projects/project-schema';
import { expectWireError } from '../core/helpers';
import { openDraftWorkspace, writeNarrative } from './draft-fixture';

const table = (m: DraftModel, id: DraftTable['id']) => {
  const t = m.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const column = (t: DraftTable, key: string) => t.columns.findIndex((c) => c.key === key);
const cells = (t: DraftTable, key: string) => t.rows.map((r) => r[column(t, key)]);

/** Every summed column's total is the sum of its rows: exact for money, to float noise for quantities. */
function expectTotalsAreSums(t: DraftTable) {
  t.columns.forEach((c, i) => {
    if (!c.summed) return;
    const sum = t.rows.reduce((s, r) => s + ((r[i] as number | null) ?? 0), 0);
    const total = t.total![i] as number;
    if (c.kind === 'money') expect(total, `${t.id}.${c.key}`).toBe(sum);
    else expect(total, `${t.id}.${c.key}`).toBeCloseTo(sum, 9);
  });
}

describe('drafts.model', () => {
  it('follows the §10 outline and numbers tables and charts in the order they appear', async () => {
    const w = await openDraftWorkspace();
    const m = await w.core.call('drafts.model', { projectId: w.project.id });
    expect(m.lang).toBe('zh-CN');
    expect(m.chapters.map((c) => c.id)).toEqual([...DRAFT_CHAPTERS]);
    expect(m.chapters.map((c) => c.number)).toEqual(DRAFT_CHAPTERS.map((_, i) => i + 1));
    expect(m.chapters.map((c) => c.heading).slice(0, 3)).toEqual([
      '总论',
      '项目背景与必要性',
      '企业基本情况',
    ]);
    expect(m.title).toBe('节能改造项目申请报告');
    expect(m.date).toBe('2026-03-10');

    const order = m.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
    expect(order).toEqual(m.tables.map((t) => t.id));
    expect(m.tables.map((t) => t.number)).toEqual(m.tables.map((_, i) => i + 1));
    expect(order).toEqual([
      'indicators',
      'readiness',
      'equipment',
      'energy',
      'schedule',
      'investment',
      'financing',
      'benefits',
      'funding',
    ]);
    const charts = m.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
    expect(charts).toEqual(['indicators', 'readiness', 'investment']);
    expect(m.charts.map((c) => [c.id, c.number])).toEqual([
      ['indicators', 1],
      ['readiness', 2],
      ['investment', 3],
    ]);
    // Every row as wide as its columns.
    for (const t of m.tables) {
      for (const r of [...t.rows, ...(t.total ? [t.total] : [])]) expect(r).toHaveLength(t.columns.length);
    }
  });

  it('totals equal the sums of their rows and the figures of projects.get', async () => {
    const w = await openDraftWorkspace();
    const m = await w.core.call('drafts.model', { projectId: w.project.id });
    const p = await w.core.call('projects.get', { id: w.project.id });
    const f = p.figures;
    for (const t of m.tables) if (t.total) expectTotalsAreSums(t);

    const equipment = table(m, 'equipment');
    expect(cells(equipment, 'amount')).toEqual(p.lines.map((l) => l.amountFen));
    expect(equipment.total![column(equipment, 'amount')]).toBe(f.investment.totalFen);
    const ems = equipment.rows.find((r) => r[column(equipment, 'name')] === '能源在线监测系统')!;
    expect(ems[column(equipment, 'imported')]).toBe(true);
    expect(ems[column(equipment, 'supplier')]).toBe('Siemens AG');
    expect(ems[column(equipment, 'unitPrice')]).toBe(18_600_050);
    expect(ems[column(equipment, 'registerRows')]).toBe('改造：C1 螺杆空压机');

    const investment = table(m, 'investment');
    expect(cells(investment, 'amount')).toEqual(LINE_CATEGORIES.map((c) => f.investment.byCategory[c]));
    expect(cells(investment, 'eligible')).toEqual(
      LINE_CATEGORIES.map((c) => f.investment.eligibleByCategory[c]),
    );
    expect(investment.total!.slice(1, 3)).toEqual([f.investment.totalFen, f.investment.eligibleFen]);

    const financing = table(m, 'financing');
    expect(cells(financing, 'amount')).toEqual(FINANCING_KINDS.map((k) => f.financing.byKind[k]));
    expect(financing.total![column(financing, 'amount')]).toBe(f.financing.totalFen);
    expect(f.financing.totalFen).toBe(f.investment.totalFen);

    const benefits = table(m, 'benefits');
    expect(cells(benefits, 'saving')).toEqual(p.benefits.map((b) => b.annualCostSavingFen));
    expect(benefits.total!.slice(1)).toEqual([
      f.benefits.annualCostSavingFen,
      f.benefits.annualOutputValueFen,
      f.benefits.labourPersons,
      f.benefits.tce,
      f.benefits.co2Tonnes,
    ]);

    const energy = table(m, 'energy');
    expect(energy.total![column(energy, 'tce')]).toBe(f.benefits.tce);
    expect(energy.total![column(energy, 'co2')]).toBe(f.benefits.co2Tonnes);
    const electricity = energy.rows.find((r) => r[0] === '电力')!;
    expect(electricity[column(energy, 'saved')]).toBe(f.benefits.energy.electricity);
    expect(electricity[column(energy, 'co2Factor')]).toBe(0.5306);
    expect(energy.notes[0]).toContain('0.5306 kgCO₂/kWh（2023 年');
    expect(energy.notes.some((n) => n.includes('GB/T 2589-2020'))).toBe(true);

    expect(m.facts.totals).toMatchObject({
      investmentFen: f.investment.totalFen,
      eligibleFen: f.investment.eligibleFen,
      equipmentFen: f.investment.byCategory.equipment,
      financingFen: f.financing.totalFen,
      ownFen: f.financing.byKind.own,
      loanFen: f.financing.byKind.loan,
      annualCostSavingFen: f.benefits.annualCostSavingFen,
      tce: f.benefits.tce,
      co2Tonnes: f.benefits.co2Tonnes,
      paybackYears: f.returns.simplePaybackYears,
      npvFen: f.returns.npvFen,
      irr: f.returns.irr,
    });
    // The returns as the benefits chapter states them, with the rate and horizon.
    const benefitsChapter = m.chapters.find((c) => c.id === 'benefits')!;
    const items = benefitsChapter.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(f.returns.irr).not.toBeNull();
    const npvYuan = (Math.abs(f.returns.npvFen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 });
    expect(items).toEqual([
      `静态投资回收期：${f.returns.simplePaybackYears!.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 年`,
      `净现值（折现率 8%，10 年）：${f.returns.npvFen < 0 ? '-' : ''}${npvYuan} 元`,
      `内部收益率：${(f.returns.irr! * 100).toFixed(2)}%`,
    ]);
  });

  it('says the IRR does not exist, with the reason, when it does not', async () => {
    const w = await openDraftWorkspace();
    const { id } = await w.core.call('projects.create', {
      enterpriseId: w.enterpriseId,
      name: '只投入的项目',
      direction: 'renewal',
    });
    await w.core.call('projects.addLine', {
      projectId: id,
      line: { category: 'equipment', name: '新冲床', quantity: 1, unitPriceFen: 10_000_000 },
    });
    const m = await w.core.call('drafts.model', { projectId: id });
    const items = m.chapters
      .find((c) => c.id === 'benefits')!
      .blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(items).toContain('内部收益率：不存在（现金流没有正负变化）');
    expect(items).toContain('静态投资回收期：无法回收（年节约不为正）');
    const en = await w.core.call('drafts.model', { projectId: id, lang: 'en' });
    const enItems = en.chapters
      .find((c) => c.id === 'benefits')!
      .blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    expect(enItems).toContain('Internal rate of return: none (the cash flows never change sign)');
  });

  it('lists every programme as funding.evaluate judges the project', async () => {
    const w = await openDraftWorkspace();
    const m = await w.core.call('drafts.model', { projectId: w.project.id });
    const evaluation = await w.core.call('funding.evaluate', { projectId: w.project.id });
    const programmes = evaluation.packs.flatMap((p) => p.programmes);
    const funding = table(m, 'funding');
    expect(cells(funding, 'programme')).toEqual(programmes.map((p) => p.name.zh));
    expect(cells(funding, 'support')).toEqual(programmes.map((p) => p.estimatedSupportFen));
    expect(cells(funding, 'status')).toEqual(
      programmes.map(
        (p) => ({ eligible: '符合', not_eligible: '不符合', undetermined: '待定（缺少数据）' })[p.status],
      ),
    );
    expect(cells(funding, 'source')).toEqual(programmes.map((p) => p.source.document));
    expect(funding.total).toBeNull();
    // The district subsidy gives most of the eligible ones (the enterprise is in Longhua): it is what the draft seeks.
    const best = programmes
      .filter((p) => p.status === 'eligible')
      .sort((a, b) => b.estimatedSupportFen! - a.estimatedSupportFen!)[0]!;
    expect(best.programmeId).toBe('district-only');
    expect(m.facts.totals.estimatedSupportFen).toBe(best.estimatedSupportFen);
    const text = m.chapters
      .find((c) => c.id === 'funding')!
      .blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'paragraph' ? [b.text] : []));
    expect(text.some((t) => t.startsWith('【请以当年申报通知为准】'))).toBe(true);
    expect(text).toContain(
      '计算：计算基数：可支持投资（形成固定资产、扣除可抵扣增值税） ' +
        `${(w.project.figures.investment.eligibleFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元；` +
        `${(w.project.figures.investment.eligibleFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元 × 50% = ` +
        `${(best.estimatedSupportFen! / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`,
    );

    // A chosen target programme is the one sought, even when another gives more (written straight
    // into the workspace, as the target-programme call would).
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(w.ws.file);
    db.prepare('UPDATE project SET target_programme = ? WHERE id = ?').run(
      'scenario-test/open-rate',
      w.project.id,
    );
    db.close();
    const targeted = await w.core.call('drafts.model', { projectId: w.project.id });
    const open = programmes.find((p) => p.programmeId === 'open-rate')!;
    expect(targeted.facts.project.targetProgramme).toBe('scenario-test/open-rate');
    expect(targeted.facts.totals.estimatedSupportFen).toBe(open.estimatedSupportFen);
  });

  it('lists a gap for each missing narrative, and none once the rows exist', async () => {
    const w = await openDraftWorkspace();
    const before = await w.core.call('drafts.model', { projectId: w.project.id });
    // The project is complete: only the narratives are missing.
    expect(before.gaps.map((g) => g.narrative).sort()).toEqual(NARRATIVE_SECTIONS.map((s) => s.key).sort());
    for (const g of before.gaps) {
      expect(g.fix).toEqual({
        page: 'narratives',
        enterpriseId: w.enterpriseId,
        projectId: w.project.id,
        anchor: g.narrative,
      });
      const chapter = before.chapters.find((c) => c.id === g.chapter)!;
      expect(chapter.blocks).toContainEqual({ kind: 'missing', text: g.text, fix: g.fix });
    }
    expect(before.gaps.find((g) => g.narrative === 'market')!.chapter).toBe('market');

    for (const s of NARRATIVE_SECTIONS) {
      writeNarrative(w.ws.file, {
        enterpriseId: w.enterpriseId,
        projectId: s.scope === 'enterprise' ? null : w.project.id,
        section: s.key,
        body: `${s.zh}的第一段。\n\n${s.zh}的第二段。`,
      });
    }
    const after = await w.core.call('drafts.model', { projectId: w.project.id });
    expect(after.gaps).toEqual([]);
    expect(after.chapters.flatMap((c) => c.blocks).some((b) => b.kind === 'missing')).toBe(false);
    const market = after.chapters.find((c) => c.id === 'market')!;
    expect(market.blocks).toEqual([
      { kind: 'paragraph', text: '市场分析与建设规模的第一段。' },
      { kind: 'paragraph', text: '市场分析与建设规模的第二段。' },
    ]);
    // Another project of the enterprise shares the enterprise sections, not the project ones.
    const other = await w.core.call('drafts.model', { projectId: w.smart.id });
    expect(other.gaps.flatMap((g) => (g.narrative ? [g.narrative] : [])).sort()).toEqual(
      NARRATIVE_SECTIONS.filter((s) => s.scope === 'project')
        .map((s) => s.key)
        .sort(),
    );
  });

  it('lists the missing site, dates, lines, benefits and financing of a bare project', async () => {
    const w = await openDraftWorkspace();
    const { id } = await w.core.call('projects.create', {
      enterpriseId: w.enterpriseId,
      name: '空项目',
      direction: 'intelligent',
    });
    const m = await w.core.call('drafts.model', { projectId: id });
    const facts = m.gaps
      .filter((g) => g.narrative === null)
      .map((g) => [g.chapter, g.fix.page, g.fix.anchor]);
    expect(facts).toEqual([
      ['technical', 'project-lines', null],
      ['site', 'project', 'site'],
      ['schedule', 'project', 'startDate'],
      ['investment', 'project-financing', null],
      ['benefits', 'project-benefits', null],
    ]);
    expect(m.tables.map((t) => t.id)).not.toContain('equipment');
    const investment = table(m, 'investment');
    expect(investment.total!.slice(1, 3)).toEqual([0, 0]);

    // Financing that does not cover the investment is flagged in the text and listed.
    await w.core.call('projects.addLine', {
      projectId: id,
      line: { category: 'software', name: 'MES', quantity: 1, unitPriceFen: 50_000_000 },
    });
    await w.core.call('projects.addFinancing', {
      projectId: id,
      financing: { kind: 'own', amountFen: 30_000_000 },
    });
    const short = await w.core.call('drafts.model', { projectId: id });
    const mismatch = short.gaps.find((g) => g.fix.page === 'project-financing')!;
    expect(mismatch.text).toBe('资金筹措合计与项目总投资不一致');
    const flagged = short.chapters
      .find((c) => c.id === 'investment')!
      .blocks.find((b) => b.kind === 'missing' && b.text.startsWith('注意'));
    expect(flagged).toMatchObject({
      text: '注意：资金筹措合计 300,000.00 元 与项目总投资 500,000.00 元 不一致（尚缺 200,000.00 元），请核对。',
    });
  });

  it('refuses an unknown or deleted project', async () => {
    const w = await openDraftWorkspace();
    await expectWireError(w.core, 'drafts.model', { projectId: 9999 }, 'NOT_FOUND');
    await w.core.call('projects.delete', { id: w.smart.id });
    await expectWireError(w.core, 'drafts.model', { projectId: w.smart.id }, 'NOT_FOUND');
    await expectWireError(w.core, 'drafts.model', { projectId: w.project.id, lang: 'fr' }, 'VALIDATION');
  });

  it('writes the English draft in English', async () => {
    const w = await openDraftWorkspace();
    const m = await w.core.call('drafts.model', { projectId: w.project.id, lang: 'en' });
    expect(m.lang).toBe('en');
    expect(m.chapters.map((c) => c.heading)).toEqual([
      'Overview',
      'Background and need',
      'The enterprise',
      'Market and scale',
      'Technical plan and equipment',
      'Site and conditions',
      'Energy saving, environment and safety',
      'Organisation and staffing',
      'Schedule',
      'Investment and financing',
      'Economic and social benefits',
      'Applicable support programmes',
      'Conclusion',
    ]);
    expect(table(m, 'investment').caption).toBe('Investment estimate');
    expect(cells(table(m, 'investment'), 'category')).toEqual([
      'Equipment',
      'Software',
      'Installation',
      'Building works',
      'Other',
    ]);
    expect(cells(table(m, 'funding'), 'programme')).toEqual([
      'Open subsidy',
      'Smart award',
      'District subsidy',
    ]);
    expect(m.gaps[0]!.text).toMatch(/^Write "/);
    // No Chinese in what the draft writes itself (names the user typed may be Chinese).
    const own = m.chapters
      .flatMap((c) => [c.heading, ...c.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []))])
      .concat(m.tables.flatMap((t) => [t.caption, ...t.columns.map((c) => c.label)]));
    expect(own.filter((text) => /[\u4e00-\u9fff]/.test(text) && !/测试|节能改造/.test(text))).toEqual([]);
  });
});
