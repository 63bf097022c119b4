/**
 * The finder on the fixture registers: every rule's rows against the same rule written out plainly
 * here from DOMAIN.md §4 over the stored rows, and the proposals' sums against their rows.
 */
import { describe, expect, it } from 'vitest';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import { allRows, fixture, importFile, openStore } from '../register-store/store-helpers';
import { DESIGN_LIFE_YEARS, MOTOR_DRIVEN_CATEGORIES, PRODUCTION_CATEGORIES } from '../support/domain-truth';
import { expectRulesMatchRowSets } from './opportunity-register';

const inService = (r: EquipmentRecord) => r.status === 'in_service' || r.status === 'under_repair';

/** Rule → which stored rows it must propose for (the enterprise is in division 39, a named trade). */
const EXPECTED: Record<string, (r: EquipmentRecord) => boolean> = {
  motor_upgrade: (r) =>
    inService(r) &&
    MOTOR_DRIVEN_CATEGORIES.includes(r.category) &&
    (r.efficiency_class === 'IE1' || r.efficiency_class === 'IE2'),
  compressor_vsd: (r) =>
    inService(r) &&
    r.category === 'compressor' &&
    !/变频|vsd|vfd|inverter|variable/i.test(`${r.name} ${r.model} ${r.notes}`),
  gas_generator: (r) => inService(r) && r.category === 'generator' && r.energy_source === 'diesel',
  boiler_fuel_switch: (r) =>
    inService(r) && r.category === 'boiler' && (r.energy_source === 'coal' || r.energy_source === 'fuel_oil'),
  renew_over_age: (r) =>
    inService(r) &&
    r.year_commissioned !== null &&
    2026 - r.year_commissioned > DESIGN_LIFE_YEARS[r.category]!,
  retire_idle: (r) => r.status === 'idle',
  mes_data_collection: (r) =>
    inService(r) &&
    PRODUCTION_CATEGORIES.includes(r.category) &&
    (r.cnc || r.category === 'robot') &&
    !r.networked,
  assembly_robots: (r) => inService(r) && r.category === 'assembly' && !r.cnc,
};

describe('the finder on the fixture registers', () => {
  it.each(['register-standard-200.csv', 'register-messy-120-gbk.csv', 'register-messy-300.xlsx'])(
    '%s: each rule proposes for exactly its rows, grouped by category, with sums that add up',
    async (file) => {
      const { core, enterpriseId } = await openStore();
      const imported = await importFile(core, enterpriseId, fixture(file));
      expect(imported.imported).toBeGreaterThan(0);
      const rows = await allRows(core, enterpriseId);
      const r = await core.call('opportunities.list', { enterpriseId });
      let fired = 0;
      for (const [rule, wanted] of Object.entries(EXPECTED)) {
        const proposals = r.opportunities.filter((o) => o.rule === rule);
        const listed = proposals.flatMap((o) => o.rows.map((x) => x.equipmentId)).sort((a, b) => a - b);
        const expected = rows
          .filter(wanted)
          .map((x) => x.id)
          .sort((a, b) => a - b);
        expect({ rule, ids: listed }).toEqual({ rule, ids: expected });
        if (expected.length > 0) fired++;
        // One proposal per category, each with rows of that category only.
        expect(new Set(proposals.map((o) => o.category)).size).toBe(proposals.length);
        const byId = new Map(rows.map((x) => [x.id, x]));
        for (const o of proposals) {
          expect(o.rows.every((x) => byId.get(x.equipmentId)!.category === o.category)).toBe(true);
          expect(o.units).toBe(o.rows.reduce((t, x) => t + x.quantity, 0));
          expect(o.costSavingFen).toBe(o.rows.reduce((t, x) => t + x.costSavingFen, 0));
          const priced = o.rows.filter((x) => x.investmentFen !== null);
          expect(o.investmentFen).toBe(
            priced.length ? priced.reduce((t, x) => t + x.investmentFen!, 0) : null,
          );
          expect(Number.isSafeInteger(o.costSavingFen)).toBe(true);
        }
      }
      // The fixtures hold most kinds of target: the comparison is not of empty sets.
      expect(fired).toBeGreaterThanOrEqual(5);
      await expectRulesMatchRowSets(core, enterpriseId, r);
    },
  );
});
