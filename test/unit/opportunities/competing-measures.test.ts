/** Which measures exclude each other on one machine, and the choice 'take them all' makes. */
import { describe, expect, it } from 'vitest';
import { compatibleChoice, competes, ruleOfId } from '../../../shared/opportunities/competing-measures';
import { RULE_KEYS, type RuleKey } from '../../../shared/opportunities/opportunity-rules';

describe('competing measures', () => {
  it('a replacement excludes a new motor and another replacement; additions go with anything but a retirement', () => {
    const pairs: [RuleKey, RuleKey, boolean][] = [
      ['compressor_vsd', 'motor_upgrade', true],
      ['renew_over_age', 'compressor_vsd', true],
      ['gas_generator', 'renew_over_age', true],
      ['renew_over_age', 'mes_data_collection', false],
      ['renew_over_age', 'assembly_robots', false],
      ['motor_upgrade', 'mes_data_collection', false],
      ['retire_idle', 'mes_data_collection', true],
      ['retire_idle', 'motor_upgrade', true],
      ['motor_upgrade', 'motor_upgrade', false],
    ];
    for (const [a, b, expected] of pairs) {
      expect([a, b, competes(a, b)]).toEqual([a, b, expected]);
      expect(competes(b, a)).toBe(expected);
    }
  });

  it('reads the rule from a stored proposal id, and none from an id this version does not know', () => {
    for (const rule of RULE_KEYS) expect(ruleOfId(`${rule}:compressor:0a1b2c3d`)).toBe(rule);
    expect(ruleOfId('solar_roof:building:0a1b2c3d')).toBeNull();
  });

  it('taking them all keeps the soonest payback on a contested machine, unpriced ones last, in the given order', () => {
    const p = (id: string, rule: RuleKey, paybackYears: number | null, rows: number[]) => ({
      id,
      rule,
      paybackYears,
      rows: rows.map((equipmentId) => ({ equipmentId })),
    });
    const motor = p('motor', 'motor_upgrade', 3, [1, 2]);
    const vsd = p('vsd', 'compressor_vsd', 2, [2, 3]);
    const renew = p('renew', 'renew_over_age', null, [3]);
    const mes = p('mes', 'mes_data_collection', null, [3, 4]);
    const other = p('other', 'renew_over_age', 9, [5]);
    expect(compatibleChoice([motor, vsd, renew, mes, other], new Map()).map((x) => x.id)).toEqual([
      'vsd',
      'mes',
      'other',
    ]);
    // A machine already held by an accepted replacement keeps the motor off it.
    const held = new Map([[1, [{ opportunityId: 'earlier', rule: 'renew_over_age' as const }]]]);
    expect(compatibleChoice([motor, other], held).map((x) => x.id)).toEqual(['other']);
  });
});
