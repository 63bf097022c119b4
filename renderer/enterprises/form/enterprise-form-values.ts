import type { EnergySourceCode } from '../../../shared/enterprise/energy-sources';
import type {
  Enterprise,
  EnterpriseCreateInput,
  EnterpriseYear,
  ManufacturingType,
} from '../../../shared/enterprise/enterprise-schema';
import { wanToYuan, yuanToWan } from '../../format/figures';

/**
 * Amounts of a year as the form shows them (万元, as filings state them) beside the name the API
 * gives them (yuan). The order is the order of the form's fields.
 */
export const MONEY_FIELDS = [
  { api: 'revenueYuan', form: 'revenueWan', label: 'fields.revenue' },
  { api: 'outputValueYuan', form: 'outputValueWan', label: 'fields.outputValue' },
  { api: 'newProductOutputYuan', form: 'newProductOutputWan', label: 'fields.newProductOutput' },
  { api: 'rndYuan', form: 'rndWan', label: 'fields.rnd' },
  { api: 'fixedAssetsYuan', form: 'fixedAssetsWan', label: 'fields.fixedAssets' },
] as const;

type MoneyApiName = (typeof MONEY_FIELDS)[number]['api'];
type MoneyFormName = (typeof MONEY_FIELDS)[number]['form'];

export interface EnergyFormValues {
  source?: EnergySourceCode;
  quantity?: number | null;
}

export type YearFormValues = {
  year?: number | null;
  employees?: number | null;
  energy?: EnergyFormValues[];
} & { [K in MoneyFormName]?: number | null };

export interface EnterpriseFormValues {
  name?: string;
  nameEn?: string;
  uscc?: string;
  district?: string;
  cityOutside?: string;
  industryDivision?: string;
  manufacturingType?: ManufacturingType;
  years?: YearFormValues[];
}

const blankToNull = (text: string | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const optionalYuan = (wan: number | null | undefined) => (wan == null ? null : wanToYuan(wan));

function yearToForm(y: EnterpriseYear): YearFormValues {
  const values: YearFormValues = {
    year: y.year,
    employees: y.employees,
    energy: y.energy.map((e) => ({ source: e.source, quantity: e.quantity })),
  };
  for (const f of MONEY_FIELDS) {
    const yuan = y[f.api];
    values[f.form] = yuan == null ? null : yuanToWan(yuan);
  }
  return values;
}

export function toFormValues(enterprise: Enterprise | null): EnterpriseFormValues {
  if (!enterprise) return { years: [] };
  return {
    name: enterprise.name,
    nameEn: enterprise.nameEn ?? '',
    uscc: enterprise.uscc ?? '',
    district: enterprise.district ?? undefined,
    cityOutside: enterprise.cityOutside ?? '',
    industryDivision: enterprise.industryDivision ?? undefined,
    manufacturingType: enterprise.manufacturingType ?? undefined,
    years: enterprise.years.map(yearToForm),
  };
}

/**
 * The whole profile as the API takes it, years in the form's order so that an issue the core reports
 * at ['years', i, …] lands on the form's i-th year. Called after the form's own checks passed.
 */
export function toApiInput(values: EnterpriseFormValues): EnterpriseCreateInput {
  return {
    name: values.name?.trim() ?? '',
    nameEn: blankToNull(values.nameEn),
    uscc: blankToNull(values.uscc),
    district: values.district ?? null,
    cityOutside: values.district === 'outside' ? blankToNull(values.cityOutside) : null,
    industryDivision: values.industryDivision ?? null,
    manufacturingType: values.manufacturingType ?? null,
    years: (values.years ?? []).map((y) => {
      const money = Object.fromEntries(MONEY_FIELDS.map((f) => [f.api, optionalYuan(y[f.form])])) as Record<
        MoneyApiName,
        number | null
      >;
      return {
        year: y.year as number,
        employees: y.employees ?? null,
        ...money,
        // The form requires source and quantity; anything that slips through is reported by the
        // core at this same index, so rows are passed on as they are, never dropped.
        energy: (y.energy ?? []).map((e) => ({
          source: e.source as EnergySourceCode,
          quantity: e.quantity as number,
        })),
      };
    }),
  };
}

const TOP_LEVEL_FIELDS = new Set([
  'name',
  'nameEn',
  'uscc',
  'district',
  'cityOutside',
  'industryDivision',
  'manufacturingType',
]);
const YEAR_FIELDS = new Set(['year', 'employees']);
const ENERGY_FIELDS = new Set(['source', 'quantity']);

/**
 * The form field an issue of the core belongs to, or null when it belongs to none. Paths of an update
 * start with 'changes'; yuan amounts are shown in 万元 under another name.
 */
export function formFieldOfIssue(path: (string | number)[]): (string | number)[] | null {
  const p = path[0] === 'changes' ? path.slice(1) : path;
  const [top, yearIndex, leaf, energyIndex, energyLeaf] = p;
  if (p.length === 1 && typeof top === 'string' && TOP_LEVEL_FIELDS.has(top)) return p;
  if (top !== 'years' || typeof yearIndex !== 'number' || typeof leaf !== 'string') return null;
  if (p.length === 3) {
    if (YEAR_FIELDS.has(leaf)) return p;
    const money = MONEY_FIELDS.find((f) => f.api === leaf);
    return money ? ['years', yearIndex, money.form] : null;
  }
  if (
    p.length === 5 &&
    leaf === 'energy' &&
    typeof energyIndex === 'number' &&
    typeof energyLeaf === 'string' &&
    ENERGY_FIELDS.has(energyLeaf)
  ) {
    return p;
  }
  return null;
}
