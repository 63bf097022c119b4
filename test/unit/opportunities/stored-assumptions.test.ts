/**
 * The finder's assumptions stored per enterprise: set once, they price every later list, decision
 * and project made from proposals; a request's own assumptions still win, and a reset brings the
 * defaults back.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CoreEvent } from '../../../shared/api/events';
import type { OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import { expectAppError, expectWireError, fakeClock } from '../core/helpers';
import { NOW, openOpportunityRegister } from './opportunity-register';

const motorsOf = (r: OpportunityReport) =>
  r.opportunities.find((o) => o.rule === 'motor_upgrade' && o.category === 'motor_pump_fan')!;
const list = (core: Core, enterpriseId: number, assumptions?: object) =>
  core.call('opportunities.list', { enterpriseId, ...(assumptions ? { assumptions } : {}) });

describe('stored opportunity assumptions', () => {
  it('start at the defaults with their bases; once set they price list and decide, and survive a reopen', async () => {
    const reg = await openOpportunityRegister();
    const { core, enterpriseId } = reg;
    const fresh = await core.call('opportunities.assumptions.get', { enterpriseId });
    expect(fresh).toMatchObject({ enterpriseId, stored: {}, updatedAt: null });
    expect(fresh.effective.values.electricityPriceYuanPerKwh).toMatchObject({
      value: 0.75,
      default: 0.75,
      isDefault: true,
      unit: 'yuan/kWh',
    });
    expect(fresh.effective.values.electricityPriceYuanPerKwh.basis.zh).toContain('请按企业账单填写');
    const atDefaults = motorsOf(await list(core, enterpriseId));

    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    const mine = { electricityPriceYuanPerKwh: 1.5, motorTargetClass: 'IE5' as const };
    const set = await core.call('opportunities.assumptions.set', { enterpriseId, assumptions: mine });
    expect(events).toEqual([{ type: 'workspace-changed', scope: 'projects' }]);
    expect(set).toMatchObject({ stored: mine, previous: {}, updatedAt: NOW });
    expect(set.effective.values.electricityPriceYuanPerKwh).toMatchObject({ value: 1.5, isDefault: false });
    expect(set.effective.motorTargetClass).toBe('IE5');

    // A list without assumptions now equals one given the stored assumptions explicitly.
    const stored = motorsOf(await list(core, enterpriseId));
    const explicit = motorsOf(await list(core, enterpriseId, mine));
    expect(stored).toEqual(explicit);
    expect(stored.costSavingFen).not.toBe(atDefaults.costSavingFen);
    // IE5 saves more kWh than IE4 and at 1.5 yuan instead of 0.75 each kWh is worth twice as much.
    expect(stored.kwh).toBeGreaterThan(atDefaults.kwh);
    expect(stored.costSavingFen).toBeGreaterThan(2 * atDefaults.costSavingFen);
    // The request's own assumptions win: {} means the defaults for this call only.
    expect(motorsOf(await list(core, enterpriseId, {})).costSavingFen).toBe(atDefaults.costSavingFen);

    // Accepting writes the benefit priced with the stored assumptions.
    const project = await core.call('projects.create', { enterpriseId, name: '电机', direction: 'green' });
    const accepted = await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: stored.id,
      decision: { kind: 'accept', projectId: project.id },
    });
    expect(accepted.project!.benefits[0]!.annualCostSavingFen).toBe(stored.costSavingFen);
    expect(accepted.project!.figures.investment.totalFen).toBe(stored.investmentFen);

    core.close();
    const again = await reg.ws.open({ now: fakeClock(NOW).now });
    expect((await again.call('opportunities.assumptions.get', { enterpriseId })).stored).toEqual(mine);
  });

  it('a reset (null or {}) brings the defaults back and returns what was stored, so it can be undone', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const mine = { coalPriceYuanPerKg: 1.5, designLifeYears: { boiler: 12 } };
    await core.call('opportunities.assumptions.set', { enterpriseId, assumptions: mine });
    const reset = await core.call('opportunities.assumptions.set', { enterpriseId, assumptions: null });
    expect(reset).toMatchObject({ stored: {}, previous: mine, updatedAt: null });
    expect(reset.effective.values.coalPriceYuanPerKg.isDefault).toBe(true);
    expect(reset.effective.indicators.designLifeYears.boiler).not.toBe(12);
    const undone = await core.call('opportunities.assumptions.set', {
      enterpriseId,
      assumptions: reset.previous,
    });
    expect(undone.stored).toEqual(mine);
    const emptied = await core.call('opportunities.assumptions.set', { enterpriseId, assumptions: {} });
    expect(emptied).toMatchObject({ stored: {}, previous: mine, updatedAt: null });
  });

  it('refuses values out of range on their path, unknown keys, and unknown or deleted enterprises', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const wire = await expectWireError(
      core,
      'opportunities.assumptions.set',
      { enterpriseId, assumptions: { electricityPriceYuanPerKwh: 20, motorPoles: 3 } },
      'VALIDATION',
    );
    expect(wire.issues.map((i) => i.path)).toEqual([
      ['assumptions', 'electricityPriceYuanPerKwh'],
      ['assumptions', 'motorPoles'],
    ]);
    expect(wire.issues[0]).toMatchObject({ key: 'validation.too_big', params: { maximum: 10 } });
    const unknown = await expectWireError(
      core,
      'opportunities.assumptions.set',
      { enterpriseId, assumptions: { priceOfTea: 1 } },
      'VALIDATION',
    );
    expect(unknown.issues[0]).toMatchObject({ path: ['assumptions'], key: 'validation.unrecognized_keys' });
    await expectAppError(
      core.call('opportunities.assumptions.set', { enterpriseId: 999, assumptions: null }),
      'NOT_FOUND',
    );
    await core.call('enterprise.delete', { id: enterpriseId });
    await expectAppError(core.call('opportunities.assumptions.get', { enterpriseId }), 'NOT_FOUND');
  });

  it('a stored value a later version no longer accepts is dropped alone, keeping the others', async () => {
    const reg = await openOpportunityRegister();
    const { core, enterpriseId } = reg;
    await core.call('opportunities.assumptions.set', {
      enterpriseId,
      assumptions: { electricityPriceYuanPerKwh: 1.1, robotKw: 4 },
    });
    core.close();
    const db = new Database(reg.ws.file);
    db.prepare('UPDATE opportunity_assumptions SET assumptions_json = ?').run(
      JSON.stringify({ electricityPriceYuanPerKwh: 1.1, robotKw: -4, retiredKey: 1 }),
    );
    db.close();
    const again = await reg.ws.open({ now: fakeClock(NOW).now });
    const got = await again.call('opportunities.assumptions.get', { enterpriseId });
    expect(got.stored).toEqual({ electricityPriceYuanPerKwh: 1.1 });
    expect(got.effective.values.robotKw.isDefault).toBe(true);
    expect((await list(again, enterpriseId)).assumptions.values.electricityPriceYuanPerKwh.value).toBe(1.1);
  });
});
