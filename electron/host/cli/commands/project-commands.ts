import type { Core } from '../../../core/core';
import type { MethodInput } from '../../../../shared/api/contract';
import { ENERGY_SOURCES } from '../../../../shared/enterprise/energy-sources';
import { message, type Lang } from '../../../../shared/i18n/messages';
import { PROJECT_DIRECTIONS } from '../../../../shared/projects/directions';
import type { ProjectSummary } from '../../../../shared/projects/project-schema';
import type { ProjectDetail } from '../../../../shared/projects/projects-api';
import { optionalNumber, optionalString, requireString, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';
import { energyBasisLines, number, pick, wan, yuan } from './opportunity-commands';

export const PROJECT_FLAGS = [
  'enterprise',
  'id',
  'name',
  'direction',
  'from-opportunities',
  'year',
  'status',
  'stated-facts',
];

const percent = (lang: Lang, v: number) => `${number(lang, v * 100, 2)}%`;

function energyText(p: ProjectDetail, lang: Lang): string {
  const parts = ENERGY_SOURCES.flatMap((s) => {
    const q = p.figures.benefits.energy[s.code];
    return q === undefined || q === 0 ? [] : [`${pick(lang, s)} ${number(lang, q, 0)} ${s.unit}`];
  });
  return parts.join(lang === 'en' ? ', ' : '，');
}

function irrText(p: ProjectDetail, lang: Lang, t: (key: string, params?: object) => string): string {
  const r = p.figures.returns;
  return r.irr === null ? t('irrNone', { why: t(`irr_${r.irrStatus}`) }) : percent(lang, r.irr);
}

export function describeProject(p: ProjectDetail, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, `projects.${key}`, params);
  const d = PROJECT_DIRECTIONS[p.direction];
  const { investment, financing, benefits, returns } = p.figures;
  const lines = [
    t('title', { id: p.id, name: p.name }),
    t('direction', { name: pick(lang, d.name), citation: d.citation, clause: pick(lang, d.clauseTitle) }),
    t('status', {
      status: t(`status_${p.status}`),
      start: p.startDate ?? '—',
      end: p.endDate ?? '—',
      site: p.site ?? '—',
    }),
    '',
    t('linesHeading'),
  ];
  if (p.lines.length > 0) {
    lines.push(
      table(
        ['colCategory', 'colName', 'colModel', 'colQuantity', 'colUnitPrice', 'colAmount', 'colRows'].map(
          (k) => t(k),
        ),
        p.lines.map((l) => [
          t(`category_${l.category}`),
          l.name,
          l.model,
          number(lang, l.quantity, Number.isInteger(l.quantity) ? 0 : 2),
          yuan(lang, l.unitPriceFen),
          yuan(lang, l.amountFen),
          l.equipment.map((e) => e.assetCode ?? `#${e.equipmentId}`).join(' ') || null,
        ]),
      ),
    );
  }
  lines.push(
    t('investment', {
      total: yuan(lang, investment.totalFen),
      eligible: yuan(lang, investment.eligibleFen),
      vat: yuan(lang, investment.deductibleVatFen),
    }),
    '',
    t('financingHeading'),
  );
  if (p.financing.length > 0) {
    lines.push(
      table(
        ['colKind', 'colSource', 'colAmount', 'colRate', 'colTerm'].map((k) => t(k)),
        p.financing.map((f) => [
          t(`financing_${f.kind}`),
          f.source,
          yuan(lang, f.amountFen),
          f.annualRate === null ? null : percent(lang, f.annualRate),
          f.termYears,
        ]),
      ),
    );
  }
  lines.push(
    t('unfinanced', { amount: yuan(lang, financing.unfinancedFen) }),
    '',
    t('benefitsHeading'),
    t('benefits', {
      saving: yuan(lang, benefits.annualCostSavingFen),
      output: yuan(lang, benefits.annualOutputValueFen),
      labour: number(lang, benefits.labourPersons, 1),
    }),
    t('energy', {
      energy: energyText(p, lang) || '—',
      tce: number(lang, benefits.tce, 3),
      co2: number(lang, benefits.co2Tonnes, 2),
    }),
    '',
    t('returns', {
      payback: returns.simplePaybackYears === null ? '—' : number(lang, returns.simplePaybackYears, 1),
      npv: yuan(lang, returns.npvFen),
      rate: percent(lang, returns.discountRate),
      years: returns.horizonYears,
      irr: irrText(p, lang, t),
    }),
    ...energyBasisLines(benefits.energyBasis, lang),
  );
  return lines.join('\n');
}

function describeList(list: ProjectSummary[], lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, `projects.${key}`, params);
  if (list.length === 0) return t('none');
  return table(
    ['colId', 'colName', 'colDirection', 'colStatus', 'colInvestment', 'colSaving', 'colPayback'].map((k) =>
      t(k),
    ),
    list.map((p) => [
      p.id,
      p.name,
      pick(lang, PROJECT_DIRECTIONS[p.direction].name),
      t(`status_${p.status}`),
      wan(lang, p.totalInvestmentFen),
      wan(lang, p.annualCostSavingFen),
      p.simplePaybackYears === null ? null : number(lang, p.simplePaybackYears, 1),
    ]),
  );
}

const requireEnterprise = (flags: Flags) => {
  const id = optionalNumber(flags, 'enterprise', { integer: true });
  if (id === undefined) throw new UsageError('--enterprise is required');
  return id;
};

/** "all" or ids separated by commas. */
function chosenOpportunities(flags: Flags): 'all' | string[] | undefined {
  const v = optionalString(flags, 'from-opportunities');
  if (v === undefined) return undefined;
  if (v.trim() === 'all') return 'all';
  const ids = v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0)
    throw new UsageError('--from-opportunities takes "all" or opportunity ids separated by commas');
  return ids;
}

async function add(core: Core, flags: Flags, ctx: CliContext): Promise<ProjectDetail> {
  const enterpriseId = requireEnterprise(flags);
  const project = {
    name: requireString(flags, 'name'),
    direction: requireString(flags, 'direction') as ProjectDetail['direction'],
  };
  const chosen = chosenOpportunities(flags);
  if (chosen === undefined) return core.call('projects.create', { enterpriseId, ...project });
  const year = optionalNumber(flags, 'year', { integer: true });
  return core.call('projects.fromOpportunities', {
    enterpriseId,
    ...(year === undefined ? {} : { year }),
    opportunityIds: chosen,
    project,
    lang: ctx.lang,
  });
}

/** JSON given on the command line, or a usage error that shows what was given. */
function jsonFlag(flags: Flags, name: string, example: string): unknown {
  const text = optionalString(flags, name);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`--${name} must be JSON, e.g. ${example}; got ${text.slice(0, 200)}`);
  }
}

/**
 * Changes only what is given. --stated-facts replaces the facts kept for the funding programmes
 * (filing, the project's energy use…) as a whole; '{}' clears them. The core checks every value.
 */
async function update(core: Core, flags: Flags): Promise<ProjectDetail> {
  const id = optionalNumber(flags, 'id', { integer: true });
  if (id === undefined) throw new UsageError('give --id ID');
  const changes: Record<string, unknown> = {};
  for (const [flag, key] of [
    ['name', 'name'],
    ['direction', 'direction'],
    ['status', 'status'],
  ] as const) {
    const v = optionalString(flags, flag);
    if (v !== undefined) changes[key] = v;
  }
  const stated = jsonFlag(flags, 'stated-facts', '{"filed": true, "energyTce": 800}');
  if (stated !== undefined) changes.statedFacts = stated;
  if (Object.keys(changes).length === 0)
    throw new UsageError('give what to change: --name, --direction, --status or --stated-facts');
  // The core validates the call as it does the renderer's: the values are checked there, by path.
  return core.call('projects.update', { id, changes: changes as MethodInput<'projects.update'>['changes'] });
}

export async function projectCommand(
  core: Core,
  action: string,
  flags: Flags,
  ctx: CliContext,
): Promise<number> {
  switch (action) {
    case 'add': {
      const created = await add(core, flags, ctx);
      printResult(ctx, created, () => describeProject(created, ctx.lang));
      return 0;
    }
    case 'update': {
      const updated = await update(core, flags);
      printResult(ctx, updated, () => describeProject(updated, ctx.lang));
      return 0;
    }
    case 'list': {
      const list = await core.call('projects.list', { enterpriseId: requireEnterprise(flags) });
      printResult(ctx, list, () => describeList(list, ctx.lang));
      return 0;
    }
    case 'show': {
      const id = optionalNumber(flags, 'id', { integer: true });
      if (id !== undefined) {
        const p = await core.call('projects.get', { id });
        printResult(ctx, p, () => describeProject(p, ctx.lang));
        return 0;
      }
      // Every project of the enterprise in full, when no one project is named.
      if (flags.enterprise === undefined) throw new UsageError('give --id ID or --enterprise ID');
      const list = await core.call('projects.list', { enterpriseId: requireEnterprise(flags) });
      const all = await Promise.all(list.map((p) => core.call('projects.get', { id: p.id })));
      printResult(ctx, all, () => all.map((p) => describeProject(p, ctx.lang)).join('\n\n'));
      return 0;
    }
    default:
      throw new UsageError(`unknown project command "${action}" (add, update, list, show)`);
  }
}
