/** The packs page's shaping: issues placed in the JSON text, conditions and support in words, table rows. */
import { describe, expect, it } from 'vitest';
import type { FundingPackDetail } from '../../../shared/funding/funding-api';
import { FundingPackSchema, type Programme } from '../../../shared/funding/pack-schema';
import { packToText, parsePackText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import type { Lang } from '../../../shared/i18n/messages';
import { conditionLines } from '../../../renderer/funding/condition-lines';
import { jsonPathOffset, lineAndColumnAt, offsetOf } from '../../../renderer/funding/json-path-offset';
import { issuesInsidePack, packIssueViews } from '../../../renderer/funding/pack-issues';
import { hiddenExamples, packRow, yearSpan } from '../../../renderer/funding/pack-rows';
import { supportView } from '../../../renderer/funding/support-lines';
import { fullPack } from '../funding/pack-fixtures';
import { translators } from './support/translators';

const ts = translators();

const pack = FundingPackSchema.parse(fullPack());
const programme = (id: string) => pack.programmes.find((p) => p.id === id)!;
const city = SHIPPED_PACKS.find((p) => p.id === 'shenzhen-city')!;

describe('jsonPathOffset', () => {
  const text = '{\n  "a": [1, {"b": "x\\"]"}, 3],\n  "c": {"d": true}\n}';

  it('finds the value a path names, through objects, arrays and escaped quotes', () => {
    expect(text.slice(jsonPathOffset(text, ['a', 1, 'b'])!)).toMatch(/^"x\\"]"/);
    expect(text.slice(jsonPathOffset(text, ['a', 2])!)).toMatch(/^3]/);
    expect(text.slice(jsonPathOffset(text, ['c', 'd'])!)).toMatch(/^true/);
  });

  it('stops at the deepest part the text has, and gives null for text that is not JSON', () => {
    // A required key that is missing: the object that should hold it.
    expect(text.slice(jsonPathOffset(text, ['c', 'missing'])!)).toMatch(/^\{"d"/);
    expect(jsonPathOffset(text, [])).toBe(0);
    expect(jsonPathOffset('{"a": ', ['a', 'b'])).toBeNull();
  });

  it('converts between offsets and 1-based lines and columns', () => {
    const at = text.indexOf('"d"');
    expect(lineAndColumnAt(text, at)).toEqual({ line: 3, column: 9 });
    expect(offsetOf(text, 3, 9)).toBe(at);
  });
});

describe('packIssueViews', () => {
  const good = packToText(city);

  it('places a schema issue on the line of the value it names', () => {
    const bad = good.replace('"rate": 0.1,', '"rate": "abc",');
    const parsed = parsePackText(bad);
    expect(parsed.ok).toBe(false);
    const [view] = packIssueViews(bad, parsed.ok ? [] : parsed.issues);
    const line = bad.split('\n').findIndex((l) => l.includes('"rate": "abc"')) + 1;
    expect(view).toMatchObject({
      path: 'programmes[0].support.rate',
      key: 'validation.invalid_type',
      offset: bad.indexOf('"abc"'),
      line,
      column: bad.split('\n')[line - 1]!.indexOf('"abc"') + 1,
    });
  });

  it('places a syntax error where the JSON goes wrong', () => {
    const bad = good.replace('"year": 2017,', '"year": 2017');
    const parsed = parsePackText(bad);
    const [view] = packIssueViews(bad, parsed.ok ? [] : parsed.issues);
    expect(view!.key).toBe('funding.jsonSyntaxAt');
    expect(view!.path).toBe('');
    // The comma is missing after the year: the next key is where the parser stops.
    expect(view!.offset).toBe(bad.indexOf('"type"'));
  });

  it('reads the core’s issues of funding.packs.update inside the pack', () => {
    const issues = issuesInsidePack([
      { path: ['pack', 'id'], key: 'funding.idChanged', params: { id: 'shenzhen-city' } },
      { path: ['id'], key: 'funding.packUnknown', params: {} },
    ]);
    expect(issues.map((i) => i.path)).toEqual([['id'], ['id']]);
    const [view] = packIssueViews(good, issues);
    expect(good.slice(view!.offset!)).toMatch(/^"shenzhen-city"/);
  });
});

describe('conditionLines', () => {
  it('says the condition tree as the pack writes it, nested by depth', () => {
    const lines = (lang: Lang) => conditionLines(ts[lang], lang, programme('rate-one').eligibility!);
    expect(lines('zh-CN')).toEqual([
      { depth: 0, text: '须全部满足：' },
      { depth: 1, text: '所在区 属于 龙华区、宝安区' },
      { depth: 1, text: '以下情形不得存在：' },
      { depth: 2, text: '属于淘汰类项目 等于 是' },
      { depth: 1, text: '须至少满足一项：' },
      { depth: 2, text: '企业规模 不等于 大型' },
      { depth: 2, text: '从业人员 不大于 1,000 人' },
      { depth: 1, text: '项目总投资 不小于 1,234,567.89 元' },
    ]);
    expect(lines('en').map((l) => l.text)).toContain("District one of Longhua, Bao'an");
  });
});

describe('supportView', () => {
  it('a rate: its base, rate and cap in 万元', () => {
    const zh = supportView(ts['zh-CN'], 'zh-CN', programme('rate-one').support, false);
    expect(zh).toEqual({
      formula: '计算基数：新购设备（含软件） + 智能化部分投资（机器人、智能工厂、工业互联网）',
      rate: '7.5%',
      tiers: [],
      // ¥3,000,000.50 is 300.00005 万元: shown to the hundredth, as filings write 万元.
      cap: '300 万元',
    });
    expect(supportView(ts.en, 'en', city.programmes[0]!.support, false).cap).toBe('1,000 × CNY 10k');
  });

  it('brackets: each with its range, rate and how it applies', () => {
    const longhua = SHIPPED_PACKS.find((p) => p.id === 'longhua-2024')!.programmes[0]!;
    const view = supportView(ts['zh-CN'], 'zh-CN', longhua.support, false);
    expect(view.rate).toBeNull();
    expect(view.cap).toBe('4,000 万元');
    expect(view.tiers[0]).toEqual({ bracket: '150 万元 – 500 万元', rate: '6%', on: '按全额' });
    expect(view.tiers.at(-1)).toEqual({
      bracket: '10,000 万元 及以上',
      rate: '5%',
      on: '按超出 10,000 万元 的部分，加上一档在其上限处的金额',
    });
  });

  it('an interest subsidy with its longest term; no amount, or a check that never pays', () => {
    const interest = supportView(ts.en, 'en', programme('interest-three').support, false);
    expect(interest.formula).toBe(
      'Interest subsidy = Bank loan principal × 2% × Loan term (at most 3 years counted)',
    );
    expect(interest.cap).toBe('50 × CNY 10k');
    const none = { kind: 'none' } as Programme['support'];
    expect(supportView(ts['zh-CN'], 'zh-CN', none, false)).toEqual({
      formula: '本规则包未给出资助比例或金额，请查阅当年申报通知',
      rate: null,
      tiers: [],
      cap: null,
    });
    expect(supportView(ts['zh-CN'], 'zh-CN', none, true).formula).toBe('提示性检查，不涉及资助金额');
  });
});

describe('pack rows', () => {
  const detail = (p: typeof city, origin: FundingPackDetail['origin']): FundingPackDetail => ({
    id: p.id,
    name: { zh: p.name.zh, en: p.name.en ?? p.name.zh },
    origin,
    programmes: p.programmes.length,
    updatedAt: null,
    pack: p,
  });

  it('gathers issuers once each, the span of years and the flags of the programmes', () => {
    const row = packRow(detail(city, 'shipped'));
    expect(row.issuers.map((i) => i.zh)).toEqual([
      '深圳市人民政府办公厅',
      '深圳市人民政府办公厅、深圳市工业和信息化局',
    ]);
    expect(yearSpan(row)).toBe('2017–2023');
    expect(row).toMatchObject({ example: true, checkNotice: true, verify: true, programmes: 6 });
    const own = packRow(detail(pack, 'user'));
    expect(yearSpan(own)).toBe('2025');
    expect(own).toMatchObject({ example: false, checkNotice: true, verify: true });
  });

  it('lists the shipped examples not in force as hidden', () => {
    const shown = SHIPPED_PACKS.filter((p) => p.id !== 'energy-review-check');
    expect(hiddenExamples(shown).map((p) => p.id)).toEqual(['energy-review-check']);
    expect(hiddenExamples(SHIPPED_PACKS)).toEqual([]);
  });
});
