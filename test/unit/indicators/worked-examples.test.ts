/**
 * Every indicator of DOMAIN.md §5 worked out by hand on the small register of small-register.ts,
 * computed by the core on a real workspace. In service: R1–R5, R8–R15, R17 (R6 idle, R7 retired
 * and R16 to be retired are left out of everything). Reference year 2026, the workspace clock's.
 */
import { describe, expect, it } from 'vitest';
import { expectAppError, tempWorkspace } from '../core/helpers';
import { openSmallRegister } from './small-register';

const none = { rows: 0, units: 0 };

describe('indicators of the small register, by hand', () => {
  it('computes every indicator with its numerator, denominator and excluded rows', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const r = await core.call('indicators.compute', { enterpriseId });
    const i = r.indicators;
    expect(r.referenceYear).toBe(2026);

    // Production units in service: R1 3 + R2 2 + R3 4 + R4 1 + R5 2 = 12.
    // CNC among them: R1 3 + R3 4 (a robot, CNC by definition) + R4 1 + R5 2 = 10.
    expect(i.nc_rate).toEqual({ value: 10 / 12, numerator: 10, denominator: 12, excluded: none });

    // Networked CNC production units: R1 3 + R5 2 = 5 of the 10.
    expect(i.networking_rate).toEqual({ value: 0.5, numerator: 5, denominator: 10, excluded: none });

    // Robots 4 (R3, under repair counts as in service); employees of 2025, the newest year up to
    // 2026 (2027's 999 is after it): 4 × 10,000 ÷ 200 = 200 per 10,000 employees.
    expect(i.robot_density).toEqual({
      value: 200,
      numerator: 4,
      denominator: 200,
      excluded: none,
      figuresYear: 2025,
    });

    // Motor-driven in service with known kW and class: R1 10×3 = 30 (IE3), R2 7.5×2 = 15 (IE2),
    // R8 37×2 = 74 (IE1) → 119 kW, of which IE3 or better 30. Left out: R4 and R9 (class
    // unknown), R10 (power unknown): 3 rows, 1 + 10 + 1 = 12 units.
    expect(i.motor_ie3_share).toEqual({
      value: 30 / 119,
      numerator: 30,
      denominator: 119,
      excluded: { rows: 3, units: 12 },
    });
    // Motor kW known: 30 + 15 + R4 50 + 74 + R9 5.5×10 = 224; of unknown class: 50 + 55 = 105.
    expect(i.motor_class_unknown_share).toEqual({
      value: 105 / 224,
      numerator: 105,
      denominator: 224,
      excluded: { rows: 1, units: 1 },
    });

    // Age = 2026 − year against the category's design life (strictly over):
    //   R1 6/15 no 3 · R2 21/15 yes 2 · R3 8/10 no 4 · R5 14/10 yes 2 · R8 16/12 yes 2 ·
    //   R9 11/15 no 10 · R10 26/15 yes 1 · R11 18/15 yes 2 · R12 15/15 no 1 · R13 21/15 yes 1 ·
    //   R14 10/15 no 1 · R15 6/15 no 1 · R17 16/8 yes 2.
    // Known year: 32 units; over: 2 + 2 + 2 + 1 + 2 + 1 + 2 = 12. R4's year is unknown.
    expect(i.over_age_share).toEqual({
      value: 12 / 32,
      numerator: 12,
      denominator: 32,
      excluded: { rows: 1, units: 1 },
    });
    // By original value (the row's, not × quantity), rows with year and value known:
    //   300,000.55 + 100,000 + 800,000 + 1,000,000 + 60,000 + 55,000 + 200,000 + 400,000 +
    //   150,000 + 300,000 + 250,000 + 500,000 = 4,115,000.55; over: R2 100,000 + R5 1,000,000 +
    //   R8 60,000 + R10 200,000 + R11 400,000 + R13 300,000 = 2,060,000. Left out: R4, R17.
    expect(i.over_age_value_share).toEqual({
      value: 2_060_000 / 4_115_000.55,
      numerator: 2_060_000,
      denominator: 4_115_000.55,
      excluded: { rows: 2, units: 3 },
    });

    // Production value known: R1 300,000.55 + R2 100,000 + R3 800,000 + R5 1,000,000 =
    // 2,200,000.55; CNC: all but R2 = 2,100,000.55. R4's value is unknown.
    expect(i.automated_value_share).toEqual({
      value: 2_100_000.55 / 2_200_000.55,
      numerator: 2_100_000.55,
      denominator: 2_200_000.55,
      excluded: { rows: 1, units: 1 },
    });

    // 2025: 12,500,000 ÷ 50,000,000.
    expect(i.new_product_output_rate).toMatchObject({
      value: 0.25,
      numerator: 12_500_000,
      denominator: 50_000_000,
      figuresYear: 2025,
    });

    // 2025: 1,000,000 kWh × 0.1229 + 20,000 m³ × 1.2143 + 5,000 kg × 1.4571
    //     = 122,900 + 24,286 + 7,285.5 = 154,471.5 kgce = 154.4715 tce; 50,000,000 yuan = 5,000 万元.
    expect(i.energy_intensity.figuresYear).toBe(2025);
    expect(i.energy_intensity.numerator).toBeCloseTo(154.4715, 9);
    expect(i.energy_intensity.denominator).toBe(5000);
    expect(i.energy_intensity.value).toBeCloseTo(154.4715 / 5000, 12);

    // Seed targets, units in service: diesel generators R11 2 (R12's source unknown);
    // coal or oil boilers R13 1 + R14 1 (R15 burns gas); motors below IE3 R2 2 + R8 2 (R16 is to
    // be retired; R4 and R9 of unknown class are left out).
    expect(r.counts).toEqual({
      diesel_generators: { rows: 1, units: 2, excluded: { rows: 1, units: 1 } },
      coal_oil_boilers: { rows: 2, units: 2, excluded: none },
      motors_below_ie3: { rows: 2, units: 4, excluded: { rows: 2, units: 11 } },
    });

    // kW × h × load factor × quantity, 0.6 where the register gives none:
    //   R1 10×4000×0.5×3 = 60,000 · R2 7.5×2000×0.6×2 = 18,000 · R3 3×6000×0.6×4 = 43,200 ·
    //   R5 20×5000×0.8×2 = 160,000 · R8 37×6000×0.75×2 = 333,000 · R9 5.5×3000×0.6×10 = 99,000
    //   = 713,200 kWh over 6 rows, 23 units; 16 of them (R2, R3, R9) at the assumed 0.6.
    // Left out: R4 (hours unknown), R10 (power unknown), R12 and R17 (source unknown).
    // Against 2025's metered 1,000,000 kWh: 0.7132.
    expect(r.electricity).toEqual({
      estimatedKwh: 713_200,
      included: { rows: 6, units: 23 },
      excluded: { rows: 4, units: 5 },
      unitsAtAssumedLoadFactor: 16,
      vsReported: {
        value: 0.7132,
        numerator: 713_200,
        denominator: 1_000_000,
        excluded: { rows: 4, units: 5 },
        figuresYear: 2025,
      },
    });
    expect(r.assumptions.loadFactor).toMatchObject({ value: 0.6, default: 0.6, isDefault: true });
    expect(r.assumptions.designLifeBasis).toBe('product-default');
  });

  it('takes the reference year and the assumptions it is given', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const r = await core.call('indicators.compute', {
      enterpriseId,
      year: 2024,
      assumptions: { loadFactor: 0.5, designLifeYears: { machine_tool: 3 } },
    });
    const i = r.indicators;
    // 2024's figures: 180 employees; 4,000,000 ÷ 40,000,000; 900,000 kWh × 0.1229 = 110.61 tce
    // over 4,000 万元.
    expect(i.robot_density).toMatchObject({ value: (4 * 10_000) / 180, figuresYear: 2024 });
    expect(i.new_product_output_rate).toMatchObject({ value: 0.1, figuresYear: 2024 });
    expect(i.energy_intensity.value).toBeCloseTo(110.61 / 4000, 12);
    // Ages to 2024, machine tools living 3 years: R1 4/3 yes 3 · R2 19/3 yes 2 · R3 6/10 no ·
    // R5 12/10 yes 2 · R8 14/12 yes 2 · R9 9/15 no · R10 24/15 yes 1 · R11 16/15 yes 2 ·
    // R12 13/15 no · R13 19/15 yes 1 · R14 8/15 no · R15 4/15 no · R17 14/8 yes 2 → 15 of 32.
    expect(i.over_age_share).toMatchObject({ numerator: 15, denominator: 32 });
    // At 0.5: R2 15,000 · R3 36,000 · R9 82,500, the others as given:
    // 60,000 + 15,000 + 36,000 + 160,000 + 333,000 + 82,500 = 686,500 kWh.
    expect(r.electricity.estimatedKwh).toBe(686_500);
    expect(r.electricity.vsReported).toMatchObject({ denominator: 900_000, figuresYear: 2024 });
    expect(r.assumptions.loadFactor).toMatchObject({ value: 0.5, isDefault: false });
    expect(r.assumptions.designLifeOverridden).toEqual(['machine_tool']);

    // Gas of a higher heating value, 1.33 kgce/m³, in 2025: 122,900 + 20,000 × 1.33 + 7,285.5
    // = 156,785.5 kgce over 5,000 万元.
    const gas = await core.call('indicators.compute', {
      enterpriseId,
      assumptions: { naturalGasKgcePerM3: 1.33 },
    });
    expect(gas.indicators.energy_intensity.numerator).toBeCloseTo(156.7855, 9);
    expect(gas.standardCoal.natural_gas.kgcePerUnit).toBe(1.33);
    expect(gas.standardCoal.electricity.kgcePerUnit).toBe(0.1229);
  });

  it('gives null, never 0 or NaN, when a denominator is 0', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const { id } = await core.call('enterprise.create', { name: '空台账企业' });
    const r = await core.call('indicators.compute', { enterpriseId: id, year: 2026 });
    for (const [key, x] of Object.entries(r.indicators)) {
      expect({ key, value: x.value, denominator: x.denominator }).toEqual({
        key,
        value: null,
        denominator: 0,
      });
    }
    expect(r.indicators.energy_intensity.figuresYear).toBeNull();
    expect(r.electricity.vsReported.value).toBeNull();
    expect(Object.values(r.counts).map((c) => c.units)).toEqual([0, 0, 0]);
  });

  it('refuses an enterprise that does not exist or was deleted', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    await expectAppError(core.call('indicators.compute', { enterpriseId: 9999 }), 'NOT_FOUND');
    await core.call('enterprise.delete', { id: enterpriseId });
    await expectAppError(core.call('indicators.compute', { enterpriseId }), 'NOT_FOUND');
    await expectAppError(
      core.call('indicators.rows', { enterpriseId, indicator: 'nc_rate', part: 'numerator' }),
      'NOT_FOUND',
    );
  });
});
