/**
 * Published figures an enterprise's indicators are compared with (DOMAIN.md §5), each with the
 * year it describes and its source, since a benchmark without them cannot go into a filing.
 */
import type { IndicatorKey } from './indicator-sets';

export interface ReferenceValue {
  indicator: IndicatorKey;
  /** In the indicator's own unit: a share as a fraction, robot density per 10,000 employees. */
  value: number;
  /** The year the figure describes. */
  year: number;
  label: { zh: string; en: string };
  source: { zh: string; en: string };
  /** How far the comparison holds, when the two figures are not measured the same way. */
  caveat?: { zh: string; en: string };
}

const IFR_2024 = { zh: 'IFR《World Robotics 2024》', en: 'IFR World Robotics 2024' };
const AGVS_INCLUDED = {
  zh: '台账的“工业机器人/AGV”类别含 AGV，IFR 只计工业机器人',
  en: 'The register\'s "robots and AGVs" category includes AGVs; the IFR counts industrial robots only',
};

export const REFERENCE_VALUES: readonly ReferenceValue[] = [
  {
    indicator: 'nc_rate',
    value: 0.553,
    year: 2021,
    label: { zh: '全国关键工序数控化率（2021 年底）', en: 'China, NC rate of key processes (end 2021)' },
    source: { zh: '工业和信息化部，2022-02-28', en: 'MIIT, 2022-02-28' },
    caveat: {
      zh: '本企业数值按设备台数计算，是关键工序数控化率的设备侧近似',
      en: "The enterprise's figure counts equipment units: an equipment-side proxy for the key-process rate",
    },
  },
  {
    indicator: 'robot_density',
    value: 470,
    year: 2023,
    label: { zh: '中国制造业机器人密度（台/万人）', en: 'China, robots per 10,000 manufacturing employees' },
    source: IFR_2024,
    caveat: AGVS_INCLUDED,
  },
  {
    indicator: 'robot_density',
    value: 162,
    year: 2023,
    label: {
      zh: '全球制造业机器人密度（台/万人）',
      en: 'World average, robots per 10,000 manufacturing employees',
    },
    source: IFR_2024,
    caveat: AGVS_INCLUDED,
  },
];
