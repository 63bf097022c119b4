/**
 * What a programme's conditions and support are evaluated on: facts about the enterprise and about
 * one project. Every fact may be unknown (null); a condition on an unknown fact is undetermined,
 * never silently false, so a missing figure reads "add this" rather than "not eligible".
 */
import { z } from 'zod';
import { DISTRICT_CODES } from '../enterprise/districts';
import { INDUSTRY_DIVISION_CODES } from '../enterprise/industry-divisions';
import { optionalText, yuanAmount, type Enterprise } from '../enterprise/enterprise-schema';
import { GUANGDONG_REGIONS, guangdongRegionOf, type GuangdongRegion } from './guangdong-region';
import { DIRECTION_CODES } from '../projects/directions';

const flag = z.boolean().nullable().optional();
const money = yuanAmount.nullable().optional();
const quantity = (max: number) => z.number().finite().min(0).max(max).nullable().optional();

export const SIZE_CLASS_CODES = ['large', 'medium', 'small', 'micro'] as const;
const GUANGDONG_REGION_CODES = GUANGDONG_REGIONS.map((r) => r.code) as unknown as [
  GuangdongRegion,
  ...GuangdongRegion[],
];

export const SubjectEnterpriseSchema = z.strictObject({
  district: z.enum(DISTRICT_CODES).nullable().optional(),
  cityOutside: optionalText(50),
  /** Given when the district and city do not settle it (see guangdong-region.ts). */
  guangdongRegion: z.enum(GUANGDONG_REGION_CODES).nullable().optional(),
  industryDivision: z.enum(INDUSTRY_DIVISION_CODES).nullable().optional(),
  manufacturingType: z.enum(['discrete', 'process']).nullable().optional(),
  sizeClass: z.enum(SIZE_CLASS_CODES).nullable().optional(),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
  revenueYuan: money,
  outputValueYuan: money,
  /** The enterprise's own statements: the profile does not record them. */
  environmentalCreditPoor: flag,
  creditBlacklisted: flag,
});

export const SubjectProjectSchema = z.strictObject({
  direction: z.enum(DIRECTION_CODES).nullable().optional(),
  /** 技术改造项目备案. */
  filed: flag,
  totalInvestmentYuan: money,
  /** Equipment, software, installation and works that form fixed assets, net of deductible VAT. */
  eligibleInvestmentYuan: money,
  /** Robots, smart-factory and industrial-internet spend within the project. */
  intelligentInvestmentYuan: money,
  /** New equipment including its software. */
  newEquipmentYuan: money,
  loanPrincipalYuan: money,
  loanYears: quantity(100),
  leasePrincipalYuan: money,
  leaseYears: quantity(100),
  /** The project's yearly comprehensive energy use (tce) and electricity use (kWh). */
  energyTce: quantity(1e9),
  electricityKwh: quantity(1e13),
  energyReviewApproved: flag,
  /** In a category the industrial structure catalogue lists for elimination. */
  obsoleteCategory: flag,
});

/**
 * The project facts a plan cannot give and the user states once for the project (filing, its own
 * energy use, the energy review, the elimination catalogue): stored with the project, so that its
 * funding and every scenario it is in are judged on them.
 */
export const StatedProjectFactsSchema = SubjectProjectSchema.pick({
  filed: true,
  energyTce: true,
  electricityKwh: true,
  energyReviewApproved: true,
  obsoleteCategory: true,
});
export type StatedProjectFacts = z.output<typeof StatedProjectFactsSchema>;

export const FundingSubjectSchema = z.strictObject({
  enterprise: SubjectEnterpriseSchema.optional(),
  project: SubjectProjectSchema.optional(),
});

export type FundingSubjectInput = z.output<typeof FundingSubjectSchema>;
type Facts<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
export type EnterpriseFacts = Facts<z.output<typeof SubjectEnterpriseSchema>>;
export type ProjectFacts = Facts<z.output<typeof SubjectProjectSchema>>;

export interface FundingSubject {
  enterprise: EnterpriseFacts;
  project: ProjectFacts;
}

/** Each fact of a part: as given (null included), else as in the base, else unknown. */
function overlay<T extends object>(shape: object, given: object | undefined, base: T | undefined): T {
  const pick = (from: object | undefined, key: string) =>
    (from as Record<string, unknown> | undefined)?.[key];
  return Object.fromEntries(
    Object.keys(shape).map((key) => [
      key,
      pick(given, key) !== undefined ? pick(given, key) : (pick(base, key) ?? null),
    ]),
  ) as T;
}

/**
 * The facts given on top of a base (the profile's, or nothing): a fact given, even as null,
 * replaces the base's. The Guangdong region follows from the district and city unless stated.
 */
export function completeSubject(given: FundingSubjectInput = {}, base?: FundingSubject): FundingSubject {
  const enterprise = overlay<EnterpriseFacts>(
    SubjectEnterpriseSchema.shape,
    given.enterprise,
    base?.enterprise,
  );
  const project = overlay<ProjectFacts>(SubjectProjectSchema.shape, given.project, base?.project);
  if (given.enterprise?.guangdongRegion === undefined) {
    enterprise.guangdongRegion = guangdongRegionOf(enterprise.district, enterprise.cityOutside);
  }
  return { enterprise, project };
}

/** The enterprise facts its profile holds: where it is, its trade and the newest classifiable year. */
export function subjectFromEnterprise(e: Enterprise): FundingSubject {
  const withOutput = e.years.find((y) => y.outputValueYuan !== null);
  return completeSubject({
    enterprise: {
      district: e.district,
      cityOutside: e.cityOutside,
      industryDivision: e.industryDivision,
      manufacturingType: e.manufacturingType,
      sizeClass: e.sizeClass?.size ?? null,
      employees: e.sizeClass?.employees ?? null,
      revenueYuan: e.sizeClass?.revenueYuan ?? null,
      outputValueYuan: withOutput?.outputValueYuan ?? null,
    },
  });
}
