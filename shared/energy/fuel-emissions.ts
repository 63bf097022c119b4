/**
 * CO₂ emitted by burning a unit of each fuel, from the default parameters of the national
 * guidelines for enterprise greenhouse-gas accounting: CO₂ = net calorific value × carbon content ×
 * oxidation rate × 44/12. The parameters are kept rather than the product, so the basis of every
 * factor can be shown. Electricity's factor is the grid's (grid-factors.ts).
 */
import type { EnergySourceCode } from '../enterprise/energy-sources';

export interface FuelEmission {
  /** GJ per unit of the source as the enterprise reports it (energy-sources.ts). */
  ncvGjPerUnit: number;
  carbonTcPerTj: number;
  oxidation: number;
}

/** kg CO₂ per kg of carbon. */
const CO2_PER_C = 44 / 12;

export const FUEL_EMISSION_BASIS = {
  zh: '国家发展改革委《工业其他行业企业温室气体排放核算方法与报告指南（试行）》缺省值（低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12）[待核实]',
  en: "Defaults of the NDRC's guidelines for greenhouse-gas accounting of industrial enterprises (net calorific value × carbon content × oxidation rate × 44/12) [verify]",
};

/** Sources without an entry (other, reported as standard coal) have no factor: their CO₂ is not counted. */
export const FUEL_EMISSIONS: Partial<Record<EnergySourceCode, FuelEmission>> = {
  // 389.31 GJ per 10,000 m³.
  natural_gas: { ncvGjPerUnit: 0.038931, carbonTcPerTj: 15.3, oxidation: 0.99 },
  diesel: { ncvGjPerUnit: 0.042652, carbonTcPerTj: 20.2, oxidation: 0.98 },
  gasoline: { ncvGjPerUnit: 0.04307, carbonTcPerTj: 18.9, oxidation: 0.98 },
  coal: { ncvGjPerUnit: 0.020908, carbonTcPerTj: 26.37, oxidation: 0.94 },
  fuel_oil: { ncvGjPerUnit: 0.041816, carbonTcPerTj: 21.1, oxidation: 0.98 },
};

/** Purchased heat: 0.11 t CO₂ per GJ in the same guidelines, per MJ as steam is reported. */
const HEAT_KG_PER_MJ = 0.11;

/** kg CO₂ per unit of a fuel burnt; null when the source has no factor. */
export function fuelKgCo2PerUnit(source: Exclude<EnergySourceCode, 'electricity'>): number | null {
  if (source === 'steam') return HEAT_KG_PER_MJ;
  const f = FUEL_EMISSIONS[source];
  // GJ × tC/TJ = kg C.
  return f ? f.ncvGjPerUnit * f.carbonTcPerTj * f.oxidation * CO2_PER_C : null;
}
