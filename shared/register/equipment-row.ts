/**
 * One register row as stored and as the CLI prints it (snake_case keys are the JSON contract),
 * and the schema that checks a row edited in the UI with the same limits the importer applies.
 */
import { z } from 'zod';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money';
import { cleanText, foldWidth } from './cell-value';
import { LIMITS, TEXT_MAX } from './register-fields';
import {
  CATEGORY_CODES,
  EFFICIENCY_CLASS_CODES,
  REGISTER_ENERGY_SOURCE_CODES,
  STATUS_CODES,
} from './taxonomy';

export {
  LIMITS,
  MAPPABLE_FIELDS,
  REGISTER_FIELDS,
  TEXT_MAX,
  type EquipmentRow,
  type MappableField,
  type RegisterField,
  type TextField,
} from './register-fields';

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
