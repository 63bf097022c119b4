/**
 * The unit of every indicator's value, numerator and denominator, so that no screen or printout
 * shows a number without one. Labels are the messages `indicators.unit_<unit>`.
 */
import type { IndicatorKey } from './indicator-sets';

export type IndicatorUnit =
  | 'share'
  | 'perTenThousandEmployees'
  | 'tcePerWanYuan'
  | 'units'
  | 'employees'
  | 'kW'
  | 'yuan'
  | 'tce'
  | 'wanYuan'
  | 'kWh';

/** Decimals worth showing per unit: a share to a tenth of a percent, energy intensity to 0.0001. */
export const UNIT_DIGITS: Record<IndicatorUnit, number> = {
  share: 1,
  perTenThousandEmployees: 1,
  tcePerWanYuan: 4,
  units: 0,
  employees: 0,
  kW: 1,
  yuan: 2,
  tce: 3,
  wanYuan: 2,
  kWh: 0,
};

export interface IndicatorUnits {
  value: IndicatorUnit;
  numerator: IndicatorUnit;
  /** Null for counts, which have no denominator. */
  denominator: IndicatorUnit | null;
}

const SHARE_OF_UNITS: IndicatorUnits = { value: 'share', numerator: 'units', denominator: 'units' };
const SHARE_OF_KW: IndicatorUnits = { value: 'share', numerator: 'kW', denominator: 'kW' };
const SHARE_OF_VALUE: IndicatorUnits = { value: 'share', numerator: 'yuan', denominator: 'yuan' };
const COUNT: IndicatorUnits = { value: 'units', numerator: 'units', denominator: null };

export const INDICATOR_UNITS: Record<IndicatorKey, IndicatorUnits> = {
  nc_rate: SHARE_OF_UNITS,
  networking_rate: SHARE_OF_UNITS,
  robot_density: { value: 'perTenThousandEmployees', numerator: 'units', denominator: 'employees' },
  motor_ie3_share: SHARE_OF_KW,
  motor_class_unknown_share: SHARE_OF_KW,
  over_age_share: SHARE_OF_UNITS,
  over_age_value_share: SHARE_OF_VALUE,
  automated_value_share: SHARE_OF_VALUE,
  new_product_output_rate: SHARE_OF_VALUE,
  energy_intensity: { value: 'tcePerWanYuan', numerator: 'tce', denominator: 'wanYuan' },
  /** The estimate against the metered consumption. */
  estimated_electricity: { value: 'share', numerator: 'kWh', denominator: 'kWh' },
  diesel_generators: COUNT,
  coal_oil_boilers: COUNT,
  motors_below_ie3: COUNT,
};
