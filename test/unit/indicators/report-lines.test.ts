/** A report as the dashboard's lines: order, units, which parts are register rows, and unknowns. */
import { describe, expect, it } from 'vitest';
import { LANGS, message } from '../../../shared/i18n/messages';
import { reportLines } from '../../../shared/indicators/report-lines';
import { openSmallRegister } from './small-register';

describe('reportLines', () => {
  it('lists the indicators, the electricity estimate, then the seed-target counts', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const report = await core.call('indicators.compute', { enterpriseId });
    const lines = reportLines(report);
    expect(lines.map((l) => l.key)).toEqual([
      'nc_rate',
      'networking_rate',
      'robot_density',
      'motor_ie3_share',
      'motor_class_unknown_share',
      'over_age_share',
      'over_age_value_share',
      'automated_value_share',
      'new_product_output_rate',
      'energy_intensity',
      'estimated_electricity',
      'diesel_generators',
      'coal_oil_boilers',
      'motors_below_ie3',
    ]);
    const by = Object.fromEntries(lines.map((l) => [l.key, l]));

    expect(by.nc_rate).toMatchObject({
      value: 10 / 12,
      numerator: 10,
      denominator: 12,
      rows: { indicator: 'nc_rate', parts: ['numerator', 'denominator'] },
    });
    // Robots are register rows; employees are not.
    expect(by.robot_density).toMatchObject({
      numerator: 4,
      denominator: 200,
      figuresYear: 2025,
      rows: { parts: ['numerator'] },
      references: [{ value: 470 }, { value: 162 }],
    });
    expect(by.motor_ie3_share?.rows?.parts).toEqual(['numerator', 'denominator', 'excluded']);
    expect(by.new_product_output_rate).toMatchObject({ rows: null, references: [] });
    // The estimate is register rows; the metered consumption is not.
    expect(by.estimated_electricity).toMatchObject({
      numerator: 713_200,
      denominator: 1_000_000,
      rows: { parts: ['numerator', 'excluded'] },
    });
    // A count is its units, with nothing to divide by.
    expect(by.diesel_generators).toMatchObject({
      value: 2,
      numerator: 2,
      denominator: null,
      excluded: { rows: 1, units: 1 },
      units: { value: 'units', numerator: 'units', denominator: null },
      rows: { parts: ['numerator', 'excluded'] },
    });
  });

  it('says a part is unknown when the profile has no figures up to the reference year', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const lines = reportLines(await core.call('indicators.compute', { enterpriseId, year: 2023 }));
    const by = Object.fromEntries(lines.map((l) => [l.key, l]));
    // Robots still come from the register; the employees of 2023 or before are unknown.
    expect(by.robot_density).toMatchObject({
      value: null,
      numerator: 4,
      denominator: null,
      figuresYear: null,
    });
    expect(by.new_product_output_rate).toMatchObject({ value: null, numerator: null, denominator: null });
  });

  it('has the words for every part it offers as rows, in both languages', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    for (const line of reportLines(await core.call('indicators.compute', { enterpriseId }))) {
      const parts = [
        ...(line.rows?.parts ?? []),
        'numerator',
        ...(line.denominator === null ? [] : ['denominator']),
      ];
      for (const lang of LANGS) {
        for (const key of [
          `indicators.name_${line.key}`,
          ...parts.map((p) => `dashboard.${p}_${line.key}`),
        ]) {
          expect(message(lang, key), `${lang} ${key}`).not.toBe(key);
        }
      }
    }
  });
});
