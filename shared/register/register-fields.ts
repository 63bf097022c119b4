/**
 * The register's fields, their order and their limits: the one list that the stored columns, the
 * mapping screen, the forms and the exports follow. Free of zod, so the renderer's register page
 * can take the limits without loading the validation library.
 */
import type { CategoryCode, EfficiencyClass, RegisterEnergySource, StatusCode } from './taxonomy';

export interface EquipmentRow {
  /** The re-import key; null when the row has none (added by hand, or from a file without codes). */
  asset_code: string | null;
  name: string;
  category: CategoryCode;
  model: string | null;
  maker: string | null;
  quantity: number;
  year_commissioned: number | null;
  /** Kept when the file gives it (2015年3月); null for a bare year. */
  month_commissioned: number | null;
  /** For the whole row, all its units. */
  original_value_yuan: number | null;
  /** Per unit; null when unknown (a 0 in the file is read as unknown). */
  rated_kw: number | null;
  annual_hours: number | null;
  /** Null when unknown: the indicator code applies its documented default (0.6). */
  load_factor: number | null;
  energy_source: RegisterEnergySource | null;
  efficiency_class: EfficiencyClass | null;
  cnc: boolean;
  networked: boolean;
  workshop: string | null;
  status: StatusCode;
  notes: string | null;
}

export type RegisterField = keyof EquipmentRow;

/** Every field, in the order tables, forms and files list them. */
export const REGISTER_FIELDS = [
  'asset_code',
  'name',
  'category',
  'model',
  'maker',
  'quantity',
  'year_commissioned',
  'month_commissioned',
  'original_value_yuan',
  'rated_kw',
  'annual_hours',
  'load_factor',
  'energy_source',
  'efficiency_class',
  'cnc',
  'networked',
  'workshop',
  'status',
  'notes',
] as const satisfies readonly RegisterField[];

/** Fields a file column can fill; the month comes from the same column as the year. */
export type MappableField = Exclude<RegisterField, 'month_commissioned'>;

export const MAPPABLE_FIELDS: readonly MappableField[] = REGISTER_FIELDS.filter(
  (f): f is MappableField => f !== 'month_commissioned',
);

/**
 * The list with the money field renamed, for the places that keep money in another unit (the
 * table in fen, the forms in 万元).
 */
export function fieldsWithMoneyAs<M extends string>(
  money: M,
): (Exclude<RegisterField, 'original_value_yuan'> | M)[] {
  return REGISTER_FIELDS.map((f) => (f === 'original_value_yuan' ? money : f));
}

export const TEXT_MAX = {
  asset_code: 64,
  name: 200,
  model: 200,
  maker: 200,
  workshop: 100,
  notes: 2000,
} as const;
export type TextField = keyof typeof TEXT_MAX;

export const LIMITS = {
  minYear: 1900,
  maxQuantity: 1_000_000,
  /** Per unit; 1 GW is beyond any factory machine and catches W typed into a kW column. */
  maxKw: 1_000_000,
  /** Hours in a leap year. */
  maxAnnualHours: 8784,
} as const;

/** Rejected rows and warnings an import lists one by one; beyond it they are only counted. */
export const MAX_LISTED_ISSUES = 5000;
