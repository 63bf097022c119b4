/**
 * One register row as stored and as the CLI prints it (snake_case keys are the JSON contract),
 * and the schema that checks a row edited in the UI with the same limits the importer applies.
 */
import { z } from 'zod';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money';
import { cleanText, foldWidth } from './cell-value';
import {
  CATEGORY_CODES,
  EFFICIENCY_CLASS_CODES,
  REGISTER_ENERGY_SOURCE_CODES,
  STATUS_CODES,
  type CategoryCode,
  type EfficiencyClass,
  type RegisterEnergySource,
  type StatusCode,
} from './taxonomy';

export interface EquipmentRow {
  /** The re-import key; null only when the file has no code column (the lead keys such rows by line). */
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

/** Fields a file column can fill; the month comes from the same column as the year. */
export type MappableField = Exclude<RegisterField, 'month_commissioned'>;

export const MAPPABLE_FIELDS = [
  'asset_code',
  'name',
  'category',
  'model',
  'maker',
  'quantity',
  'year_commissioned',
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
] as const satisfies readonly MappableField[];

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

/**
 * Trimmed text; empty means "no value" and becomes null, so absence has one representation. Line
 * breaks and control characters are cleaned as the importer cleans them (cleanText).
 */
const optionalText = (max: number) =>
  z
    .string()
    .overwrite(cleanText)
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s === null || s === '' ? null : s));

/** Validates a row edited in the UI; the year may not be after the reference year. */
export function equipmentRowSchema(referenceYear: number) {
  return z
    .strictObject({
      // Folded as the importer folds it (ＥＱ－０１ is EQ-01), so an edited code matches a re-import.
      asset_code: optionalText(TEXT_MAX.asset_code).transform((s) => (s === null ? null : foldWidth(s))),
      name: z.string().overwrite(cleanText).trim().min(1).max(TEXT_MAX.name),
      category: z.enum(CATEGORY_CODES),
      model: optionalText(TEXT_MAX.model),
      maker: optionalText(TEXT_MAX.maker),
      quantity: z.number().int().min(1).max(LIMITS.maxQuantity),
      year_commissioned: z.number().int().min(LIMITS.minYear).max(referenceYear).nullable(),
      month_commissioned: z.number().int().min(1).max(12).nullable(),
      original_value_yuan: z
        .number()
        .finite()
        .min(0)
        .max(MAX_YUAN)
        .refine(hasAtMostTwoDecimals, { message: 'validation.twoDecimals' })
        .nullable(),
      rated_kw: z.number().finite().min(0).max(LIMITS.maxKw).nullable(),
      annual_hours: z.number().finite().min(0).max(LIMITS.maxAnnualHours).nullable(),
      load_factor: z.number().finite().min(0).max(1).nullable(),
      energy_source: z.enum(REGISTER_ENERGY_SOURCE_CODES).nullable(),
      efficiency_class: z.enum(EFFICIENCY_CLASS_CODES).nullable(),
      cnc: z.boolean(),
      networked: z.boolean(),
      workshop: optionalText(TEXT_MAX.workshop),
      status: z.enum(STATUS_CODES),
      notes: optionalText(TEXT_MAX.notes),
    })
    .superRefine((row, ctx) => {
      if (row.month_commissioned !== null && row.year_commissioned === null) {
        ctx.addIssue({ code: 'custom', message: 'register.monthWithoutYear', path: ['month_commissioned'] });
      }
      if (row.category === 'robot' && !row.cnc) {
        ctx.addIssue({ code: 'custom', message: 'register.robotIsCnc', path: ['cnc'] });
      }
    });
}
