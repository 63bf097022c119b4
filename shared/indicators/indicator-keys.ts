/** The names of the indicators and of the parts of an indicator that are register rows. */

/** Indicators whose numerator or denominator comes from the register. */
export const TRACEABLE_INDICATORS = [
  'nc_rate',
  'networking_rate',
  'robot_density',
  'motor_ie3_share',
  'motor_class_unknown_share',
  'over_age_share',
  'over_age_value_share',
  'automated_value_share',
  'estimated_electricity',
  'diesel_generators',
  'coal_oil_boilers',
  'motors_below_ie3',
] as const;
export type TraceableIndicator = (typeof TRACEABLE_INDICATORS)[number];

/** Every indicator, including those from the enterprise's yearly figures alone. */
export type IndicatorKey = TraceableIndicator | 'new_product_output_rate' | 'energy_intensity';

export const SET_PARTS = ['numerator', 'denominator', 'excluded'] as const;
export type SetPart = (typeof SET_PARTS)[number];
