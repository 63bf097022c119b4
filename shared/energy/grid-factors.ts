/**
 * CO₂ emission factors of grid electricity (DOMAIN.md §7). They differ by year, region and purpose,
 * so each carries its year and basis and the user picks one; a figure of tonnes CO₂ is only
 * meaningful with the factor it used written beside it.
 */
export interface GridFactor {
  key: GridFactorKey;
  /** kg CO₂ per kWh, which is also t CO₂ per MWh. */
  kgPerKwh: number;
  year: number;
  basis: { zh: string; en: string };
  verify: boolean;
}

export const GRID_FACTOR_KEYS = [
  'national_2023',
  'national_2022',
  'southern_grid_2023',
  'carbon_market',
] as const;
export type GridFactorKey = (typeof GRID_FACTOR_KEYS)[number];

const MEE_NBS = {
  zh: '生态环境部、国家统计局发布的全国电力平均二氧化碳排放因子',
  en: 'national average CO₂ emission factor of electricity published by the Ministry of Ecology and Environment with the National Bureau of Statistics',
};

export const GRID_FACTORS: Record<GridFactorKey, GridFactor> = {
  national_2023: { key: 'national_2023', kgPerKwh: 0.5306, year: 2023, basis: MEE_NBS, verify: false },
  national_2022: { key: 'national_2022', kgPerKwh: 0.5366, year: 2022, basis: MEE_NBS, verify: false },
  southern_grid_2023: {
    key: 'southern_grid_2023',
    kgPerKwh: 0.4042,
    year: 2023,
    basis: {
      zh: '南方电网区域电力平均二氧化碳排放因子（生态环境部、国家统计局）[待核实]',
      en: 'Southern grid regional average CO₂ emission factor (MEE with NBS) [verify]',
    },
    verify: true,
  },
  carbon_market: {
    key: 'carbon_market',
    kgPerKwh: 0.5703,
    year: 2022,
    basis: {
      zh: '全国碳排放权交易市场企业温室气体排放报告用的全国电网平均排放因子（与上面的统计口径不同）[待核实年份]',
      en: 'national grid average factor for enterprise reporting to the national carbon market (a different basis from the statistical factors above) [verify the year]',
    },
    verify: true,
  },
};

/** The newest national average: what a filing most often asks for. */
export const DEFAULT_GRID_FACTOR: GridFactorKey = 'national_2023';
