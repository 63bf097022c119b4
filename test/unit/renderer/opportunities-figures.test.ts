/**
 * The opportunities page's shaping of the finder's report: open, accepted and dismissed proposals,
 * groups, sorting, and totals that are exactly the sum of the figures the rows show.
 */
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/opportunities/opportunities-api';
import {
  commonDirection,
  groupProposals,
  overlapsWithin,
  partition,
  paybackOf,
  shownFigures,
  sortProposals,
  totals,
} from '../../../renderer/opportunities/proposal-figures';
import { fixedText, paybackText, wanText } from '../../../renderer/opportunities/proposal-text';
import { openOpportunityRegister } from '../opportunities/opportunity-register';

const key = (o: Opportunity) => `${o.rule}:${o.category}`;

async function report() {
  const reg = await openOpportunityRegister();
  const r = await reg.core.call('opportunities.list', { enterpriseId: reg.enterpriseId });
  return { ...reg, r };
}

/** A copy of a real proposal with other figures, to test rounding at chosen values. */
const withFigures = (o: Opportunity, id: string, f: Partial<Opportunity>): Opportunity => ({
  ...o,
  id,
  ...f,
});

describe('opportunities page shaping', () => {
  it('splits proposals into open, accepted and dismissed by their decision', async () => {
    const { core, enterpriseId, r } = await report();
    const [first, second] = r.opportunities;
    const project = await core.call('projects.create', {
      enterpriseId,
      name: '节能改造',
      direction: 'green',
    });
    await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: first!.id,
      decision: { kind: 'accept', projectId: project.id },
    });
    await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: second!.id,
      decision: { kind: 'dismiss', reason: '明年再做' },
    });
    const after = await core.call('opportunities.list', { enterpriseId });
    const p = partition(after);
    expect(p.accepted.map((o) => o.id)).toEqual([first!.id]);
    expect(p.dismissed.map((o) => o.id)).toEqual([second!.id]);
    // Every other proposal is open, in the core's order (an acceptance may reshape those naming its rows).
    expect(p.open.map((o) => o.id)).toEqual(
      after.opportunities.filter((o) => o.id !== first!.id && o.id !== second!.id).map((o) => o.id),
    );
    expect(p.open.every((o) => o.decision === null)).toBe(true);
  });

  it('adds up the figures as the rows show them, and works the payback out of the exact amounts', async () => {
    const { r } = await report();
    const t = totals(r.opportunities);
    // Each figure as the page writes it, added up here independently of the module.
    const shown = (n: number, digits: number) => Number(n.toFixed(digits));
    const sum = (f: (o: Opportunity) => number, digits: number) =>
      shown(
        r.opportunities.reduce((s, o) => s + shown(f(o), digits), 0),
        digits,
      );
    expect(t.kwh).toBe(sum((o) => o.kwh, 0));
    expect(t.tce).toBeCloseTo(
      sum((o) => o.tce, 2),
      9,
    );
    expect(t.co2Tonnes).toBeCloseTo(
      sum((o) => o.co2Tonnes, 2),
      9,
    );
    expect(t.costSavingFen).toBe(
      r.opportunities.reduce((s, o) => s + Math.round(o.costSavingFen / 1e4) * 1e4, 0),
    );
    const priced = r.opportunities.filter((o) => o.investmentFen !== null);
    expect(t.unpriced).toBe(r.opportunities.length - priced.length);
    expect(t.investmentFen).toBe(priced.reduce((s, o) => s + Math.round(o.investmentFen! / 1e4) * 1e4, 0));
    expect(t.paybackYears).toBeCloseTo(
      priced.reduce((s, o) => s + o.investmentFen!, 0) /
        r.opportunities.reduce((s, o) => s + o.costSavingFen, 0),
      12,
    );
    expect(t.proposals).toBe(r.opportunities.length);
    expect(t.rows).toBe(r.opportunities.reduce((s, o) => s + o.rowCount, 0));
    expect(t.units).toBe(r.opportunities.reduce((s, o) => s + o.units, 0));
  });

  it('rounds each line before adding, so three lines of 0.00 total 0.00, and halves go away from zero', async () => {
    const { r } = await report();
    const o = r.opportunities[0]!;
    const tiny = [1, 2, 3].map((i) =>
      withFigures(o, `x${i}`, {
        tce: 0.004,
        co2Tonnes: -0.004,
        kwh: 0.4,
        costSavingFen: 4_999,
        investmentFen: 5_000,
      }),
    );
    const t = totals(tiny);
    expect({
      tce: t.tce,
      co2: t.co2Tonnes,
      kwh: t.kwh,
      saving: t.costSavingFen,
      investment: t.investmentFen,
    }).toEqual({
      tce: 0,
      co2: 0,
      kwh: 0,
      saving: 0,
      // 5,000 fen is half of 0.01 万元: it rounds up, as the formatted figure does.
      investment: 30_000,
    });
    expect(Object.is(shownFigures(tiny[0]!).co2Tonnes, -0)).toBe(false);
    expect(wanText('zh-CN', shownFigures(tiny[0]!).investmentFen)).toBe('0.01');
    expect(fixedText('zh-CN', -0.0004, 2)).toBe('0.00');
    expect(
      totals([
        withFigures(o, 'a', { co2NotCounted: ['other'] }),
        withFigures(o, 'b', { co2NotCounted: ['other', 'steam'] }),
      ]).co2NotCounted,
    ).toEqual(['other', 'steam']);
    expect(totals([]).investmentFen).toBeNull();
    expect(totals([]).paybackYears).toBeNull();
  });

  it('says why a payback is missing: a retirement, no price, or no positive saving', async () => {
    const { r } = await report();
    const byKey = new Map(r.opportunities.map((o) => [key(o), o]));
    const idle = byKey.get('retire_idle:motor_pump_fan')!;
    expect(paybackOf(idle)).toEqual({ years: null, why: 'retirement' });
    const mes = byKey.get('mes_data_collection:machine_tool')!;
    expect(paybackOf(mes)).toEqual({ years: null, why: 'noSaving' });
    expect(paybackText('zh-CN', mes)).toBe('—');
    const motors = byKey.get('motor_upgrade:motor_pump_fan')!;
    expect(paybackOf(motors).years).toBe(motors.paybackYears);
    expect(paybackText('en', motors)).toBe(motors.paybackYears!.toFixed(1));
    expect(paybackOf({ paybackYears: null, investmentFen: null })).toEqual({ years: null, why: 'unpriced' });
  });

  it('groups by rule or direction in the core’s order, or not at all', async () => {
    const { r } = await report();
    const list = r.opportunities;
    const byRule = groupProposals(list, 'rule');
    expect(byRule.map((g) => g.key)).toEqual([...new Set(list.map((o) => o.rule))]);
    expect(byRule.flatMap((g) => g.proposals)).toEqual(list);
    const byDirection = groupProposals(list, 'direction');
    expect(byDirection.map((g) => g.key)).toEqual([...new Set(list.map((o) => o.direction))]);
    for (const g of byDirection) expect(g.proposals.every((o) => o.direction === g.key)).toBe(true);
    expect(byDirection.reduce((n, g) => n + g.proposals.length, 0)).toBe(list.length);
    expect(groupProposals(list, 'none')).toEqual([{ kind: 'none', key: 'all', proposals: list }]);
    expect(groupProposals([], 'none')).toEqual([]);
  });

  it('sorts by a figure either way with the proposals lacking it last, keeping the core’s order among equals', async () => {
    const { r } = await report();
    const list = r.opportunities;
    const withPayback = list.filter((o) => o.paybackYears !== null);
    const up = sortProposals(list, { key: 'paybackYears', order: 'ascend' });
    expect(up.slice(0, withPayback.length).map((o) => o.paybackYears)).toEqual(
      withPayback.map((o) => o.paybackYears!).sort((a, b) => a - b),
    );
    expect(up.slice(withPayback.length).map((o) => o.id)).toEqual(
      list.filter((o) => o.paybackYears === null).map((o) => o.id),
    );
    const down = sortProposals(list, { key: 'paybackYears', order: 'descend' });
    expect(down.slice(0, withPayback.length).map((o) => o.paybackYears)).toEqual(
      withPayback.map((o) => o.paybackYears!).sort((a, b) => b - a),
    );
    expect(down.slice(withPayback.length).every((o) => o.paybackYears === null)).toBe(true);
    const saving = sortProposals(list, { key: 'costSavingFen', order: 'descend' });
    for (let i = 1; i < saving.length; i++) {
      expect(saving[i - 1]!.costSavingFen).toBeGreaterThanOrEqual(saving[i]!.costSavingFen);
    }
    expect(sortProposals(list, null)).toEqual(list);
  });

  it('finds the chosen proposals that name the same rows, and the direction most of them share', async () => {
    const { r } = await report();
    const byKey = new Map(r.opportunities.map((o) => [key(o), o]));
    const motorC = byKey.get('motor_upgrade:compressor')!;
    const vsd = byKey.get('compressor_vsd:compressor')!;
    const mes = byKey.get('mes_data_collection:machine_tool')!;
    // C3 is a below-IE3 compressor motor on a fixed-speed compressor: both proposals name it.
    expect(overlapsWithin([motorC, vsd, mes]).map(([a, b]) => [a.id, b.id])).toEqual([[motorC.id, vsd.id]]);
    expect(overlapsWithin([vsd, mes])).toEqual([]);
    expect(commonDirection([mes, motorC, vsd])).toBe('green');
    expect(commonDirection([mes, motorC])).toBe('integration');
    expect(commonDirection([])).toBeNull();
  });
});
