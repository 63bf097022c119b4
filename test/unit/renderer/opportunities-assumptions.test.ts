/**
 * The finder's assumptions as the opportunities page edits them: every one in exactly one topic,
 * shares typed as percentages, the stored set a change or a reset sends, and a name and unit for
 * each in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  NUMERIC_ASSUMPTIONS,
  resolveOpportunityAssumptions,
} from '../../../shared/opportunities/opportunity-assumptions';
import { RULE_BY_KEY } from '../../../shared/opportunities/opportunity-rules';
import { CATEGORY_CODES } from '../../../shared/register/taxonomy';
import {
  assumptionItem,
  changedCount,
  proposalKeys,
  storedValue,
  topicKeys,
  TOPICS,
  withAssumption,
  withoutAssumption,
  type ItemKey,
} from '../../../renderer/opportunities/assumption-items';
import { itemName, valueText } from '../../../renderer/opportunities/assumption-text';
import { opportunityTexts } from '../../../renderer/opportunities/opportunity-texts';
import { openOpportunityRegister } from '../opportunities/opportunity-register';
import { translators } from './support/translators';

const ts = translators({
  'zh-CN': { opportunityUi: opportunityTexts.zhCN, form: { integer: '' } },
  en: { opportunityUi: opportunityTexts.en, form: { integer: '' } },
});

const defaults = resolveOpportunityAssumptions();

describe('assumptions on the opportunities page', () => {
  it('lists every assumption the finder takes once, by topic', () => {
    const listed = TOPICS.flatMap((topic) => topicKeys(defaults)[topic]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(
      new Set<ItemKey>([
        ...(Object.keys(NUMERIC_ASSUMPTIONS) as ItemKey[]),
        'loadFactor',
        'motorPoles',
        'motorTargetClass',
        'gridFactor',
        'electricityCoal',
        'naturalGasKgcePerM3',
        ...CATEGORY_CODES.map((c) => `designLife.${c}` as const),
      ]),
    );
    // The equal-value coefficient is only read on that basis, so it is offered only then.
    const equal = resolveOpportunityAssumptions({ electricityCoal: 'equal' });
    expect(topicKeys(equal).energyBasis).toEqual([
      'gridFactor',
      'electricityCoal',
      'electricityEqualKgcePerKwh',
      'naturalGasKgcePerM3',
    ]);
  });

  it('shows shares as percentages with their range, and stores what is typed as a share', () => {
    const share = assumptionItem(defaults, {}, 'compressorSavingShare');
    expect(share).toMatchObject({ kind: 'number', value: 20, default: 20, min: 0, max: 60, unit: 'percent' });
    expect(storedValue(share, 17.5)).toBe(0.175);
    const load = assumptionItem(defaults, {}, 'loadFactor');
    expect(load).toMatchObject({ value: 60, max: 100, unit: 'percent', isDefault: true });
    const price = assumptionItem(defaults, {}, 'electricityPriceYuanPerKwh');
    expect(price).toMatchObject({ value: 0.75, unit: 'yuanPerKwh', min: 0, max: 10 });
    expect(price.basis.zh).toContain('请按企业账单填写');
    expect(storedValue(price, 1.2)).toBe(1.2);
    const poles = assumptionItem(defaults, {}, 'motorPoles');
    expect(poles).toMatchObject({ kind: 'choice', value: '4', options: ['2', '4', '6', '8'] });
    expect(storedValue(poles, '6')).toBe(6);
    const grid = assumptionItem(defaults, {}, 'gridFactor');
    expect(grid).toMatchObject({ value: 'national_2023', isDefault: true, year: 2023 });
    const life = assumptionItem(defaults, {}, 'designLife.compressor');
    expect(life).toMatchObject({ value: 12, default: 12, integer: true, unit: 'years', isDefault: true });
  });

  it('changes and resets one assumption in the stored set, leaving the others', () => {
    let stored = withAssumption({}, 'electricityPriceYuanPerKwh', 1.1);
    stored = withAssumption(stored, 'designLife.compressor', 8);
    stored = withAssumption(stored, 'designLife.boiler', 20);
    stored = withAssumption(stored, 'motorTargetClass', 'IE5');
    expect(stored).toEqual({
      electricityPriceYuanPerKwh: 1.1,
      designLifeYears: { compressor: 8, boiler: 20 },
      motorTargetClass: 'IE5',
    });
    expect(changedCount(stored)).toBe(4);
    const effective = resolveOpportunityAssumptions(stored);
    expect(assumptionItem(effective, stored, 'designLife.compressor')).toMatchObject({
      value: 8,
      isDefault: false,
    });
    expect(assumptionItem(effective, stored, 'designLife.press')).toMatchObject({ isDefault: true });
    stored = withoutAssumption(stored, 'designLife.compressor');
    expect(stored.designLifeYears).toEqual({ boiler: 20 });
    stored = withoutAssumption(withoutAssumption(stored, 'designLife.boiler'), 'motorTargetClass');
    expect(stored).toEqual({ electricityPriceYuanPerKwh: 1.1 });
    expect(changedCount(withoutAssumption(stored, 'electricityPriceYuanPerKwh'))).toBe(0);
  });

  it('names the settings behind a proposal’s assumptions: its category’s design life and the energy basis', () => {
    const renew = RULE_BY_KEY.get('renew_over_age')!;
    const keys = proposalKeys(defaults, renew.assumptions, 'press');
    expect(keys).toContain('designLife.press');
    expect(keys).not.toContain('designLife.compressor');
    expect(keys).toEqual(expect.arrayContaining(['gridFactor', 'electricityCoal', 'naturalGasKgcePerM3']));
    expect(keys).not.toContain('energyBasis');
    expect(proposalKeys(defaults, RULE_BY_KEY.get('retire_idle')!.assumptions, 'press')).toEqual([]);
  });

  it('has a name and unit for every assumption in both languages', () => {
    const everyKey = TOPICS.flatMap(
      (topic) => topicKeys(resolveOpportunityAssumptions({ electricityCoal: 'equal' }))[topic],
    );
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = ts[lang];
      for (const k of everyKey) {
        const name = itemName(t, lang, k);
        expect(name, k).not.toMatch(/opportunityUi|designLife\./);
        const item = assumptionItem(defaults, {}, k);
        expect(valueText(t, lang, item, item.default), k).not.toMatch(/opportunityUi/);
      }
    }
    expect(itemName(ts['zh-CN'], 'zh-CN', 'designLife.compressor')).toBe('空压机的设计年限');
    expect(
      valueText(ts['zh-CN'], 'zh-CN', assumptionItem(defaults, {}, 'electricityPriceYuanPerKwh'), 0.75),
    ).toBe('0.75 元/kWh');
    expect(valueText(ts.en, 'en', assumptionItem(defaults, {}, 'compressorSavingShare'), 20)).toBe('20%');
    expect(valueText(ts.en, 'en', assumptionItem(defaults, {}, 'gridFactor'), 'southern_grid_2023')).toBe(
      'Southern grid region (2023): 0.4042 kgCO₂/kWh',
    );
  });

  it('a change the page sends is what the core stores and prices the proposals with', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const before = await core.call('opportunities.list', { enterpriseId });
    const vsd = (r: typeof before) => r.opportunities.find((o) => o.rule === 'compressor_vsd')!;
    const { stored, effective } = await core.call('opportunities.assumptions.get', { enterpriseId });
    const item = assumptionItem(effective, stored, 'electricityPriceYuanPerKwh');
    const next = withAssumption(stored, item.key, storedValue(item, 1.5));
    await core.call('opportunities.assumptions.set', { enterpriseId, assumptions: next });
    const after = await core.call('opportunities.list', { enterpriseId });
    // All of the compressor's saving is electricity: doubling the price doubles it, to the fen.
    expect(Math.abs(vsd(after).costSavingFen - 2 * vsd(before).costSavingFen)).toBeLessThanOrEqual(
      vsd(before).rows.length,
    );
    const now = await core.call('opportunities.assumptions.get', { enterpriseId });
    expect(assumptionItem(now.effective, now.stored, 'electricityPriceYuanPerKwh')).toMatchObject({
      value: 1.5,
      isDefault: false,
    });
    await core.call('opportunities.assumptions.set', {
      enterpriseId,
      assumptions: withoutAssumption(now.stored, 'electricityPriceYuanPerKwh'),
    });
    expect(vsd(await core.call('opportunities.list', { enterpriseId })).costSavingFen).toBe(
      vsd(before).costSavingFen,
    );
  });
});
