/** Energy sources an enterprise reports per year, each with the unit its quantity is kept in. */
export const ENERGY_SOURCES = [
  { code: 'electricity', unit: 'kWh', zh: '电力', en: 'Electricity' },
  { code: 'natural_gas', unit: 'm³', zh: '天然气', en: 'Natural gas' },
  { code: 'diesel', unit: 'kg', zh: '柴油', en: 'Diesel' },
  { code: 'gasoline', unit: 'kg', zh: '汽油', en: 'Gasoline' },
  { code: 'coal', unit: 'kg', zh: '原煤', en: 'Raw coal' },
  { code: 'fuel_oil', unit: 'kg', zh: '燃料油', en: 'Fuel oil' },
  { code: 'steam', unit: 'MJ', zh: '蒸汽（热力）', en: 'Steam (heat)' },
  { code: 'other', unit: 'kgce', zh: '其他（折标煤）', en: 'Other (as kgce)' },
] as const;

export type EnergySourceCode = (typeof ENERGY_SOURCES)[number]['code'];
export const ENERGY_SOURCE_CODES = ENERGY_SOURCES.map((s) => s.code) as unknown as [
  EnergySourceCode,
  ...EnergySourceCode[],
];
