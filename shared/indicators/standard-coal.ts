/**
 * Standard coal equivalents of the energy an enterprise reports (DOMAIN.md §7), so that energy
 * intensity adds electricity, gas, oil and coal in one unit. Each coefficient carries its basis:
 * a figure that cannot be traced to its source is worse than none in a funding application.
 */
import type { EnergySourceCode } from '../enterprise/energy-sources';
import type { EnergyUse } from '../enterprise/enterprise-schema';

export interface CoalCoefficient {
  /** kgce per unit of the source as the enterprise reports it (energy-sources.ts). */
  kgcePerUnit: number;
  basis: { zh: string; en: string };
}

const GB_T_2589 = 'GB/T 2589-2020';

/**
 * The natural-gas coefficient depends on the gas's heating value: GB/T 2589-2020 gives a range, so
 * the default is an assumption the user may set from the supplier's figure within that range.
 */
export const NATURAL_GAS_RANGE = { min: 1.1, max: 1.33 } as const;
export const DEFAULT_NATURAL_GAS_KGCE_PER_M3 = 1.2143;

export const STANDARD_COAL: Record<EnergySourceCode, CoalCoefficient> = {
  electricity: {
    kgcePerUnit: 0.1229,
    basis: {
      zh: `${GB_T_2589}，电力当量值（按热当量折算，不含发电损耗）`,
      en: `${GB_T_2589}, electricity at its equivalent value (heat content, generation losses not included)`,
    },
  },
  natural_gas: {
    kgcePerUnit: DEFAULT_NATURAL_GAS_KGCE_PER_M3,
    basis: {
      zh: `${GB_T_2589} 给出 1.1000–1.3300 kgce/m³（随热值而定）；默认取 8500 kcal/m³ ÷ 7000 kcal/kgce，可按供气热值修改`,
      en: `${GB_T_2589} gives 1.1000–1.3300 kgce/m³ by heating value; the default is 8,500 kcal/m³ ÷ 7,000 kcal/kgce, editable to the supplier's heating value`,
    },
  },
  diesel: { kgcePerUnit: 1.4571, basis: { zh: GB_T_2589, en: GB_T_2589 } },
  gasoline: { kgcePerUnit: 1.4714, basis: { zh: GB_T_2589, en: GB_T_2589 } },
  coal: { kgcePerUnit: 0.7143, basis: { zh: `${GB_T_2589}，原煤`, en: `${GB_T_2589}, raw coal` } },
  fuel_oil: { kgcePerUnit: 1.4286, basis: { zh: `${GB_T_2589}，燃料油`, en: `${GB_T_2589}, fuel oil` } },
  steam: {
    kgcePerUnit: 0.03412,
    basis: { zh: `${GB_T_2589}，热力（按 MJ 计）`, en: `${GB_T_2589}, heat (per MJ)` },
  },
  other: {
    kgcePerUnit: 1,
    basis: { zh: '企业已按标准煤填报', en: 'reported by the enterprise as standard coal' },
  },
};

/** Tonnes of standard coal equivalent of a year's reported energy use. */
export function toTce(
  energy: readonly EnergyUse[],
  naturalGasKgcePerM3 = DEFAULT_NATURAL_GAS_KGCE_PER_M3,
): number {
  let kgce = 0;
  for (const e of energy) {
    const k = e.source === 'natural_gas' ? naturalGasKgcePerM3 : STANDARD_COAL[e.source].kgcePerUnit;
    kgce += e.quantity * k;
  }
  return kgce / 1000;
}
