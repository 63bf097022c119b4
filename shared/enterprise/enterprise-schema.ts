import { z } from 'zod';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money';
import { checkUscc, type UsccIssue } from './uscc';
import { DISTRICT_CODES } from './districts';
import { INDUSTRY_DIVISION_CODES } from './industry-divisions';
import { ENERGY_SOURCE_CODES } from './energy-sources';
import type { SizeClassResult } from './size-class';

/** Free text: trimmed, empty becomes null, so "no value" has a single representation. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const yuanAmount = z
  .number()
  .finite()
  .min(0)
  .max(MAX_YUAN)
  .refine(hasAtMostTwoDecimals, { message: 'validation.twoDecimals' });

export const EntityId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const UsccField = z
  .string()
  .max(40)
  .transform((raw, ctx) => {
    if (raw.trim() === '') return null;
    const result = checkUscc(raw);
    for (const issue of result.errors) {
      ctx.addIssue({ code: 'custom', message: issue.code, params: issue.params });
    }
    return result.normalized;
  })
  .nullable()
  .optional();

export const EnergyUseSchema = z.strictObject({
  source: z.enum(ENERGY_SOURCE_CODES),
  quantity: z.number().finite().min(0).max(1e15),
});

export const EnterpriseYearSchema = z
  .strictObject({
    year: z.number().int().min(1949).max(2100),
    employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
    revenueYuan: yuanAmount.nullable().optional(),
    outputValueYuan: yuanAmount.nullable().optional(),
    newProductOutputYuan: yuanAmount.nullable().optional(),
    rndYuan: yuanAmount.nullable().optional(),
    fixedAssetsYuan: yuanAmount.nullable().optional(),
    energy: z.array(EnergyUseSchema).max(20).optional(),
  })
  .superRefine((y, ctx) => {
    const seen = new Set<string>();
    (y.energy ?? []).forEach((e, i) => {
      if (seen.has(e.source)) {
        ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: ['energy', i, 'source'] });
      }
      seen.add(e.source);
    });
  });

const enterpriseFields = {
  name: z.string().trim().min(1).max(200),
  nameEn: optionalText(200),
  uscc: UsccField,
  district: z.enum(DISTRICT_CODES).nullable().optional(),
  cityOutside: optionalText(50),
  industryDivision: z.enum(INDUSTRY_DIVISION_CODES).nullable().optional(),
  manufacturingType: z.enum(['discrete', 'process']).nullable().optional(),
  /** When given, replaces the enterprise's whole list of yearly figures. */
  years: z
    .array(EnterpriseYearSchema)
    .max(50)
    .superRefine((years, ctx) => {
      const seen = new Set<number>();
      years.forEach((y, i) => {
        if (seen.has(y.year)) {
          ctx.addIssue({
            code: 'custom',
            message: 'validation.duplicateYear',
            path: [i, 'year'],
            params: { year: y.year },
          });
        }
        seen.add(y.year);
      });
    })
    .optional(),
};

export const EnterpriseCreateSchema = z.strictObject(enterpriseFields);
export const EnterpriseChangesSchema = z.strictObject(enterpriseFields).partial();

export type EnterpriseCreateInput = z.input<typeof EnterpriseCreateSchema>;
export type EnterpriseCreate = z.output<typeof EnterpriseCreateSchema>;
export type EnterpriseChanges = z.output<typeof EnterpriseChangesSchema>;
export type EnergyUse = z.output<typeof EnergyUseSchema>;
export type ManufacturingType = 'discrete' | 'process';

export interface EnterpriseYear {
  year: number;
  employees: number | null;
  revenueYuan: number | null;
  outputValueYuan: number | null;
  newProductOutputYuan: number | null;
  rndYuan: number | null;
  fixedAssetsYuan: number | null;
  energy: EnergyUse[];
}

export interface Ratio {
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface EnterpriseYearView extends EnterpriseYear {
  sizeClass: SizeClassResult | null;
  /** 新产品产值率 = new-product output value ÷ industrial output value (seed clause （二）). */
  newProductRate: Ratio | null;
}

export interface Enterprise {
  id: number;
  name: string;
  nameEn: string | null;
  uscc: string | null;
  usccWarnings: UsccIssue[];
  district: string | null;
  cityOutside: string | null;
  industryDivision: string | null;
  manufacturingType: ManufacturingType | null;
  /** Newest year first. */
  years: EnterpriseYearView[];
  /** From the newest year that has both employees and revenue. */
  sizeClass: (SizeClassResult & { year: number }) | null;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseSummary {
  id: number;
  name: string;
  nameEn: string | null;
  uscc: string | null;
  district: string | null;
  cityOutside: string | null;
  industryDivision: string | null;
  latestYear: number | null;
  employees: number | null;
  revenueYuan: number | null;
  sizeClass: SizeClassResult['size'] | null;
  updatedAt: string;
}
