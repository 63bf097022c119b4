/**
 * Electricity saved by replacing a motor with a more efficient one (DOMAIN.md §7):
 * ΔE = P × β × h × (1/η_old − 1/η_new) kWh/yr, P the rated shaft power in kW, β the load factor,
 * h the hours run a year. The shaft output stays the same; what changes is the input that delivers
 * it. Rated efficiency only approximates part-load behaviour, which every figure from it says.
 */
export interface MotorSavingInputs {
  ratedKw: number;
  loadFactor: number;
  annualHours: number;
  efficiencyOld: number;
  efficiencyNew: number;
}

export function motorSavingKwh(i: MotorSavingInputs): number {
  return i.ratedKw * i.loadFactor * i.annualHours * (1 / i.efficiencyOld - 1 / i.efficiencyNew);
}

export const PART_LOAD_CAVEAT = {
  zh: '按额定效率估算；部分负载下的实际效率不同，结果为近似值',
  en: 'Estimated from rated efficiencies; efficiency at part load differs, so the figure is approximate',
};
