/**
 * Traceability: `indicators.rows` lists the register rows behind each part of each indicator, and
 * those rows, weighed again here from their records, give back exactly the computed figures.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorReport } from '../../../shared/indicators/compute-indicators';
import {
  SET_PARTS,
  TRACEABLE_INDICATORS,
  type SetPart,
  type TraceableIndicator,
} from '../../../shared/indicators/indicator-sets';
import { INDICATOR_UNITS } from '../../../shared/indicators/indicator-units';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import { openSmallRegister, type SmallRegister } from './small-register';

async function listed(reg: SmallRegister, indicator: TraceableIndicator, part: SetPart, year?: number) {
  const r = await reg.core.call('indicators.rows', {
    enterpriseId: reg.enterpriseId,
    indicator,
    part,
    limit: 1000,
    ...(year ? { year } : {}),
  });
  return { ...r, labels: r.rows.map((row) => row.asset_code) };
}

/** What a part of an indicator should weigh, straight from the report. */
function reported(r: IndicatorReport, key: TraceableIndicator, part: SetPart): number | null {
  if (part === 'excluded') return null;
  if (key === 'estimated_electricity') return part === 'numerator' ? r.electricity.estimatedKwh : null;
  if (key in r.counts)
    return part === 'numerator' ? r.counts[key as keyof IndicatorReport['counts']].units : null;
  const x = r.indicators[key as keyof IndicatorReport['indicators']];
  return part === 'numerator' ? x.numerator : key === 'robot_density' ? null : x.denominator;
}

function reportedExcluded(r: IndicatorReport, key: TraceableIndicator) {
  if (key === 'estimated_electricity') return r.electricity.excluded;
  if (key in r.counts) return r.counts[key as keyof IndicatorReport['counts']].excluded;
  return r.indicators[key as keyof IndicatorReport['indicators']].excluded;
}

/** A record's weight in the unit the indicator counts in, computed from the record alone. */
function weigh(row: EquipmentRecord, unit: string): number {
  switch (unit) {
    case 'units':
      return row.quantity;
    case 'kW':
      return (row.rated_kw ?? 0) * row.quantity;
    case 'yuan':
      return row.original_value_yuan ?? 0;
    case 'kWh':
      return (row.rated_kw ?? 0) * (row.annual_hours ?? 0) * (row.load_factor ?? 0.6) * row.quantity;
    default:
      throw new Error(`no weight for ${unit}`);
  }
}

describe('indicators.rows', () => {
  it('lists the rows behind the NC rate, the motor share and the over-age share', async () => {
    const reg = await openSmallRegister();
    expect((await listed(reg, 'nc_rate', 'numerator')).labels).toEqual(['R1', 'R3', 'R4', 'R5']);
    expect((await listed(reg, 'nc_rate', 'denominator')).labels).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect((await listed(reg, 'nc_rate', 'excluded')).labels).toEqual([]);
    const unknown = await listed(reg, 'motor_ie3_share', 'excluded');
    expect(unknown).toMatchObject({ labels: ['R4', 'R9', 'R10'], units: 12 });
    expect(unknown.ids).toEqual([reg.ids.R4, reg.ids.R9, reg.ids.R10]);
    expect((await listed(reg, 'over_age_share', 'excluded')).labels).toEqual(['R4']);
    expect((await listed(reg, 'diesel_generators', 'numerator')).labels).toEqual(['R11']);
    // Employees are not register rows.
    expect(await listed(reg, 'robot_density', 'denominator')).toMatchObject({ ids: [], units: 0, rows: [] });
    // The sets follow the reference year: in 2024 R1 was 4 years old, R12 13.
    expect((await listed(reg, 'over_age_share', 'numerator', 2024)).labels).toEqual([
      'R2',
      'R5',
      'R8',
      'R10',
      'R11',
      'R13',
      'R17',
    ]);
  });

  it('pages the records and keeps every id', async () => {
    const reg = await openSmallRegister();
    const r = await reg.core.call('indicators.rows', {
      enterpriseId: reg.enterpriseId,
      indicator: 'over_age_share',
      part: 'denominator',
      offset: 2,
      limit: 3,
    });
    expect(r.ids).toHaveLength(13);
    expect(r.offset).toBe(2);
    expect(r.rows.map((row) => row.id)).toEqual(r.ids.slice(2, 5));
    expect(r.rows[0]).toMatchObject({ asset_code: 'R3', name: '焊接机器人', status: 'under_repair' });
  });

  it('weighs back to the computed numerator, denominator and excluded set of every indicator', async () => {
    const reg = await openSmallRegister();
    const report = await reg.core.call('indicators.compute', { enterpriseId: reg.enterpriseId });
    for (const key of TRACEABLE_INDICATORS) {
      for (const part of SET_PARTS) {
        const { rows, ids, units } = await listed(reg, key, part);
        expect(rows.map((row) => row.id)).toEqual(ids);
        expect(units).toBe(rows.reduce((n, row) => n + row.quantity, 0));
        for (const row of rows) expect(['in_service', 'under_repair']).toContain(row.status);
        if (part === 'excluded') {
          expect({ key, rows: rows.length, units }).toEqual({ key, ...reportedExcluded(report, key) });
          continue;
        }
        const expected = reported(report, key, part);
        const unit = INDICATOR_UNITS[key][part];
        if (expected === null || unit === null) {
          expect({ key, part, ids }).toEqual({ key, part, ids: [] });
          continue;
        }
        const total = rows.reduce((n, row) => n + weigh(row, unit), 0);
        expect(total, `${key} ${part}`).toBeCloseTo(expected, 6);
      }
    }
  });
});
