/**
 * The rated efficiency of a motor of a given class, power and pole count, read from the reference
 * tables. A power between two listed ratings takes the row of the listed rating at or below it
 * (each row is the band up to the next rating): motors are built in the listed ratings, and a
 * register's odd figure is usually a rounded nameplate. Above the last row its value is used and
 * said so; below the first row there is no value, because efficiency falls steeply there.
 */
import type { EfficiencyClass } from '../register/taxonomy';
import {
  GB_18613_2020,
  GB_18613_SOURCE,
  IEC_60034_30_1_SOURCE,
  IEC_IE1_IE2_4POLE,
  POLES,
  type Poles,
  type TableSource,
} from './motor-efficiency-tables';

export interface RatedEfficiency {
  /** As a fraction, 0.961 for 96.1 %. */
  efficiency: number;
  /** The listed rating whose row was used. */
  tableKw: number;
  /** The pole count of the row: IE1/IE2 values exist for 4 poles only. */
  tablePoles: Poles;
  source: TableSource;
  /** The power is above the table's last row, whose value was used. */
  beyondTable: boolean;
}

/** GB 18613-2020 grade of each class it covers: grade 3 = IE3, 2 = IE4, 1 = IE5. */
const GRADE_INDEX: Partial<Record<EfficiencyClass, 0 | 1 | 2>> = { IE5: 0, IE4: 1, IE3: 2 };

/** Index of the band holding kw: the last row whose rating is at or below it, -1 below the first. */
function bandIndex(ratings: readonly number[], kw: number): number {
  let found = -1;
  for (let i = 0; i < ratings.length && (ratings[i] as number) <= kw; i++) found = i;
  return found;
}

/** The tables give percent to one decimal: 89.1 → 0.891 exactly, where 89.1 / 100 is 0.8909999999999999. */
const fraction = (percent: number) => Math.round(percent * 10) / 1000;

const GB_KW = GB_18613_2020.map((r) => r[0]);
const IEC_KW = IEC_IE1_IE2_4POLE.map((r) => r[0]);

export function ratedEfficiency(cls: EfficiencyClass, ratedKw: number, poles: Poles): RatedEfficiency | null {
  const grade = GRADE_INDEX[cls];
  if (grade !== undefined) {
    const i = bandIndex(GB_KW, ratedKw);
    const row = GB_18613_2020[i];
    if (!row) return null;
    const percents = row[1 + POLES.indexOf(poles)] as readonly number[];
    return {
      efficiency: fraction(percents[grade] as number),
      tableKw: row[0],
      tablePoles: poles,
      source: GB_18613_SOURCE,
      beyondTable: i === GB_KW.length - 1 && ratedKw > row[0],
    };
  }
  const i = bandIndex(IEC_KW, ratedKw);
  const row = IEC_IE1_IE2_4POLE[i];
  if (!row) return null;
  return {
    efficiency: fraction(cls === 'IE1' ? row[1] : row[2]),
    tableKw: row[0],
    tablePoles: 4,
    source: IEC_60034_30_1_SOURCE,
    beyondTable: i === IEC_KW.length - 1 && ratedKw > row[0],
  };
}
