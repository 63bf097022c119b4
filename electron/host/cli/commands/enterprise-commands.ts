import type { Core } from '../../../core/core';
import { districtLabel, findDistrict } from '../../../../shared/enterprise/districts';
import { INDUSTRY_DIVISIONS, industryLabel } from '../../../../shared/enterprise/industry-divisions';
import type {
  Enterprise,
  EnterpriseCreateInput,
  EnterpriseYear,
  EnterpriseYearView,
} from '../../../../shared/enterprise/enterprise-schema';
import { message, type Lang } from '../../../../shared/i18n/messages';
import { optionalNumber, optionalString, requireId, requireString, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';

const YEAR_FIGURES = [
  ['employees', 'employees', true],
  ['revenue-yuan', 'revenueYuan', false],
  ['output-value-yuan', 'outputValueYuan', false],
  ['new-product-output-yuan', 'newProductOutputYuan', false],
  ['rnd-yuan', 'rndYuan', false],
  ['fixed-assets-yuan', 'fixedAssetsYuan', false],
] as const;

export const ENTERPRISE_FLAGS = [
  'id',
  'name',
  'name-en',
  'uscc',
  'district',
  'city',
  'industry',
  'type',
  'year',
  ...YEAR_FIGURES.map(([flag]) => flag),
];

const SIZE_LABEL: Record<Lang, Record<string, string>> = {
  'zh-CN': { large: '大型', medium: '中型', small: '小型', micro: '微型' },
  en: { large: 'large', medium: 'medium', small: 'small', micro: 'micro' },
};

function industryCode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return (
    INDUSTRY_DIVISIONS.find((d) => d.code === t || d.zh === t || d.en.toLowerCase() === t.toLowerCase())
      ?.code ?? t
  );
}

/** Profile fields given on the command line; absent flags stay absent so an update leaves them alone. */
function profileFields(flags: Flags): Partial<EnterpriseCreateInput> {
  const fields: Partial<EnterpriseCreateInput> = {};
  const name = optionalString(flags, 'name');
  if (name !== undefined) fields.name = name;
  const nameEn = optionalString(flags, 'name-en');
  if (nameEn !== undefined) fields.nameEn = nameEn;
  const uscc = optionalString(flags, 'uscc');
  if (uscc !== undefined) fields.uscc = uscc;
  const district = optionalString(flags, 'district');
  if (district !== undefined) fields.district = findDistrict(district) ?? district;
  const city = optionalString(flags, 'city');
  if (city !== undefined) fields.cityOutside = city;
  const industry = industryCode(optionalString(flags, 'industry'));
  if (industry !== undefined) fields.industryDivision = industry;
  const type = optionalString(flags, 'type');
  if (type !== undefined) fields.manufacturingType = type as 'discrete' | 'process';
  return fields;
}

function yearFigures(flags: Flags): Partial<EnterpriseYear> | null {
  const figures: Partial<Record<(typeof YEAR_FIGURES)[number][1], number>> = {};
  for (const [flag, key, integer] of YEAR_FIGURES) {
    const v = optionalNumber(flags, flag, { integer });
    if (v !== undefined) figures[key] = v;
  }
  return Object.keys(figures).length > 0 ? figures : null;
}

/** Figures are for --year, or for last year: filings report the last completed year. */
function targetYear(flags: Flags, now: Date): number {
  return optionalNumber(flags, 'year', { integer: true }) ?? now.getFullYear() - 1;
}

/** The reported figures of a year, without what the core derived from them. */
function toYearInput(y: EnterpriseYearView): EnterpriseYear {
  const { sizeClass: _size, newProductRate: _rate, ...reported } = y;
  return reported;
}

function describe(e: Enterprise, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const wan = (v: number | null) => (v === null ? null : (v / 10000).toFixed(2));
  const lines = [
    `${zh ? '编号' : 'ID'}: ${e.id}`,
    `${zh ? '名称' : 'Name'}: ${e.name}${e.nameEn ? ` (${e.nameEn})` : ''}`,
    `${zh ? '统一社会信用代码' : 'USCC'}: ${e.uscc ?? '—'}`,
    ...e.usccWarnings.map((w) => `  ! ${message(lang, w.code, w.params)}`),
    `${zh ? '所在区' : 'District'}: ${e.district ? districtLabel(e.district, lang) : '—'}${e.cityOutside ? ` (${e.cityOutside})` : ''}`,
    `${zh ? '行业' : 'Industry'}: ${e.industryDivision ? industryLabel(e.industryDivision, lang) : '—'}`,
  ];
  const s = e.sizeClass;
  if (s) {
    const bounds =
      s.minEmployees === null
        ? zh
          ? '未达到小型下限'
          : 'below the small-enterprise bounds'
        : zh
          ? `从业人员 ≥ ${s.minEmployees} 且营业收入 ≥ ${(s.minRevenueYuan ?? 0) / 10000} 万元`
          : `employees ≥ ${s.minEmployees} and revenue ≥ ¥${(s.minRevenueYuan ?? 0) / 1e6}m`;
    lines.push(
      `${zh ? '企业规模' : 'Size class'}: ${SIZE_LABEL[lang][s.size]} (${s.source}: ${bounds}; ${s.year})`,
    );
  }
  if (e.years.length) {
    lines.push(
      '',
      table(
        zh
          ? ['年份', '从业人员', '营业收入(万元)', '工业总产值(万元)', '新产品产值(万元)', '新产品产值率']
          : [
              'Year',
              'Employees',
              'Revenue (10k¥)',
              'Output (10k¥)',
              'New-product output (10k¥)',
              'New-product rate',
            ],
        e.years.map((y) => [
          y.year,
          y.employees,
          wan(y.revenueYuan),
          wan(y.outputValueYuan),
          wan(y.newProductOutputYuan),
          y.newProductRate?.value == null ? null : `${(y.newProductRate.value * 100).toFixed(1)}%`,
        ]),
      ),
    );
  }
  return lines.join('\n');
}

export async function enterpriseCommand(
  core: Core,
  action: string,
  flags: Flags,
  ctx: CliContext,
): Promise<void> {
  const zh = ctx.lang === 'zh-CN';
  switch (action) {
    case 'add': {
      const figures = yearFigures(flags);
      const input: EnterpriseCreateInput = {
        ...profileFields(flags),
        name: requireString(flags, 'name'),
        ...(figures ? { years: [{ year: targetYear(flags, new Date()), ...figures }] } : {}),
      };
      const created = await core.call('enterprise.create', input);
      return printResult(ctx, created, () => describe(created, ctx.lang));
    }
    case 'update': {
      const id = requireId(flags);
      const changes = profileFields(flags);
      const figures = yearFigures(flags);
      if (figures) {
        const current = await core.call('enterprise.get', { id });
        const year = targetYear(flags, new Date());
        const years = current.years.map(toYearInput);
        const existing = years.find((y) => y.year === year);
        if (existing) Object.assign(existing, figures);
        else years.push({ ...emptyYear(year), ...figures });
        changes.years = years;
      }
      if (Object.keys(changes).length === 0)
        throw new UsageError('nothing to update: give at least one field flag');
      const updated = await core.call('enterprise.update', { id, changes });
      return printResult(ctx, updated, () => describe(updated, ctx.lang));
    }
    case 'list': {
      const list = await core.call('enterprise.list', {});
      return printResult(ctx, list, () =>
        list.length === 0
          ? zh
            ? '（还没有企业）'
            : '(no enterprises yet)'
          : table(
              zh
                ? ['编号', '名称', '统一社会信用代码', '所在区', '规模']
                : ['ID', 'Name', 'USCC', 'District', 'Size'],
              list.map((e) => [
                e.id,
                e.name,
                e.uscc,
                e.district ? districtLabel(e.district, ctx.lang) : null,
                e.sizeClass ? (SIZE_LABEL[ctx.lang][e.sizeClass] ?? e.sizeClass) : null,
              ]),
            ),
      );
    }
    case 'show': {
      const e = await core.call('enterprise.get', { id: requireId(flags) });
      return printResult(ctx, e, () => describe(e, ctx.lang));
    }
    case 'delete': {
      const deleted = await core.call('enterprise.delete', { id: requireId(flags) });
      return printResult(ctx, deleted, () =>
        zh
          ? `已删除“${deleted.name}”。撤销：enterprise undo-delete --id ${deleted.id}`
          : `Deleted "${deleted.name}". To undo: enterprise undo-delete --id ${deleted.id}`,
      );
    }
    case 'undo-delete': {
      const restored = await core.call('enterprise.undoDelete', { id: requireId(flags) });
      return printResult(ctx, restored, () => describe(restored, ctx.lang));
    }
    default:
      throw new UsageError(
        `unknown enterprise command "${action}" (add, update, list, show, delete, undo-delete)`,
      );
  }
}

function emptyYear(year: number): EnterpriseYear {
  return {
    year,
    employees: null,
    revenueYuan: null,
    outputValueYuan: null,
    newProductOutputYuan: null,
    rndYuan: null,
    fixedAssetsYuan: null,
    energy: [],
  };
}
