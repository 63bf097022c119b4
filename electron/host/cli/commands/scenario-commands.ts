import type { Core } from '../../../core/core';
import type { Params } from '../../../../shared/api/errors';
import type { MethodInput } from '../../../../shared/api/contract';
import { message, type Lang } from '../../../../shared/i18n/messages';
import { categoryOf, type CategoryCode } from '../../../../shared/register/taxonomy';
import { ENERGY_SOURCES } from '../../../../shared/enterprise/energy-sources';
import {
  readableTallies,
  type ChangeTally,
  type FieldValue,
} from '../../../../shared/scenarios/register-after-plan';
import type { Scenario, ScenarioComparisonReport } from '../../../../shared/scenarios/scenarios-api';
import { optionalNumber, optionalString, requireId, requireString, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';
import { number, pick, wan, yuan } from './opportunity-commands';

export const SCENARIO_FLAGS = ['enterprise', 'id', 'name', 'projects', 'sets', 'scenarios', 'year'];

type T = (key: string, params?: Params) => string;
const texts =
  (lang: Lang): T =>
  (key, params = {}) =>
    message(lang, `scenarios.${key}`, params);

/** "1,2,3" → [1, 2, 3]; an empty list is allowed (a scenario of no projects is "do nothing"). */
function ids(text: string, flag: string): number[] {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.map((p) => {
    if (!/^\d+$/.test(p)) throw new UsageError(`--${flag} takes ids separated by commas, got "${p}"`);
    return Number(p);
  });
}

/** 'A=1,2;B=3' → sets named A and B; a name may hold any text but "=" and ";". */
export function parseSets(text: string): { name: string; projectIds: number[] }[] {
  return text
    .split(';')
    .filter((s) => s.trim() !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new UsageError(`--sets takes NAME=ID,ID;NAME=ID…, got "${part}"`);
      return { name: part.slice(0, eq).trim(), projectIds: ids(part.slice(eq + 1), 'sets') };
    });
}

function describeList(list: Scenario[], lang: Lang): string {
  const t = texts(lang);
  if (list.length === 0) return t('none');
  return table(
    [t('colId'), t('colName'), t('colProjects')],
    list.map((s) => [s.id, s.name, s.projectIds.join(', ') || null]),
  );
}

function fieldValue(t: T, lang: Lang, field: ChangeTally['field'], v: FieldValue): string {
  if (v === null) return t('unknown');
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (field === 'valueFen') return yuan(lang, v as number);
  if (field === 'category') return pick(lang, categoryOf(v as CategoryCode));
  if (field === 'energySource') {
    const source = ENERGY_SOURCES.find((e) => e.code === v);
    return source ? pick(lang, source) : String(v);
  }
  return String(v);
}

export function describeComparison(r: ScenarioComparisonReport, lang: Lang): string {
  const t = texts(lang);
  const cols = r.scenarios;
  const row = (
    key: string,
    cell: (s: (typeof cols)[number]) => string | number | null,
    params: Params = {},
  ) => [t(key, params), ...cols.map(cell)];
  const optional = (v: number | null, digits: number) => (v === null ? null : number(lang, v, digits));
  const lines = [
    t('heading', { year: r.referenceYear }),
    table(
      [t('colFigure'), ...cols.map((s) => s.name)],
      [
        row('rowProjects', (s) => s.projectIds.length),
        row('rowInvestment', (s) => wan(lang, s.figures.investment.totalFen)),
        row('rowEligible', (s) => wan(lang, s.figures.investment.eligibleFen)),
        row('rowSupport', (s) => wan(lang, s.figures.supportFen)),
        row('rowNetCost', (s) => wan(lang, s.figures.netCostFen)),
        row('rowSaving', (s) => wan(lang, s.figures.savings.annualCostSavingFen)),
        row('rowKwh', (s) => number(lang, s.figures.savings.kwh, 0)),
        row('rowTce', (s) => number(lang, s.figures.savings.tce, 3)),
        row('rowCo2', (s) => number(lang, s.figures.savings.co2Tonnes, 2)),
        row('rowPayback', (s) => optional(s.figures.returns.simplePaybackYears, 1)),
        row('rowNpv', (s) => wan(lang, s.figures.returns.npvFen)),
        row('rowIrr', (s) =>
          s.figures.returns.irr === null ? null : `${number(lang, s.figures.returns.irr * 100, 1)}%`,
        ),
        ...r.baseline.scores.map((b) =>
          row(
            'rowReadiness',
            (s) => number(lang, s.readinessAfter.scores.find((x) => x.key === b.key)!.score, 1),
            { label: pick(lang, b.label), before: number(lang, b.score, 1) },
          ),
        ),
      ],
    ),
  ];
  const first = cols[0]?.figures.returns;
  if (first) {
    lines.push(
      t('returnsBasis', {
        rate: `${number(lang, first.discountRate * 100, 1)}%`,
        years: first.horizonYears,
        basis: t(`basis_${cols[0]!.figures.returnsBasis}`),
      }),
    );
  }
  lines.push('', t('supportHeading'), pick(lang, r.supportRule));
  for (const s of cols) {
    for (const p of s.figures.projects) {
      const prog = p.support.programme;
      lines.push(
        prog
          ? t('supportLine', {
              scenario: s.name,
              project: p.name,
              programme: `${pick(lang, prog.issuer)} ${pick(lang, prog.name)}${lang === 'en' ? ` (${prog.year})` : `（${prog.year}）`}`,
              amount: yuan(lang, p.support.supportFen),
            }) + (p.support.sharedWith.length > 0 ? t('shared') : '')
          : t('supportNone', { scenario: s.name, project: p.name }),
      );
    }
  }
  lines.push('', t('changesHeading'), pick(lang, r.readinessRule));
  for (const s of cols) {
    const c = s.changes;
    lines.push(
      t('changesLine', {
        scenario: s.name,
        rows: c.linkedRows,
        retired: c.byOutcome.retired.rows,
        replaced: c.byOutcome.replaced.rows,
        upgraded: c.byOutcome.upgraded.rows,
        unchanged: c.byOutcome.unchanged.rows,
        notInService: c.unchangedBy.not_in_service.rows,
        deleted: c.unchangedBy.deleted.rows,
        nothing: c.unchangedBy.nothing_assumed.rows,
      }),
      ...readableTallies(c.tallies).map((x) =>
        t('tallyLine', {
          field: t(`field_${x.field}`),
          from:
            x.fromRange && x.fromRange[0] !== x.fromRange[1]
              ? `${x.fromRange[0]}–${x.fromRange[1]}`
              : fieldValue(t, lang, x.field, x.from),
          to: fieldValue(t, lang, x.field, x.to),
          rows: x.rows,
          units: x.units,
        }),
      ),
    );
  }
  return lines.join('\n');
}

const requireEnterprise = (flags: Flags) => {
  const id = optionalNumber(flags, 'enterprise', { integer: true });
  if (id === undefined) throw new UsageError('--enterprise is required');
  return id;
};

function compareInput(flags: Flags): MethodInput<'scenarios.compare'> {
  const enterpriseId = requireEnterprise(flags);
  const year = optionalNumber(flags, 'year', { integer: true });
  const sets = optionalString(flags, 'sets');
  const stored = optionalString(flags, 'scenarios');
  if ((sets === undefined) === (stored === undefined)) {
    throw new UsageError("give --sets 'NAME=ID,ID;NAME=ID' or --scenarios ID,ID (stored scenarios)");
  }
  return {
    enterpriseId,
    ...(year === undefined ? {} : { year }),
    ...(sets === undefined ? { scenarioIds: ids(stored!, 'scenarios') } : { sets: parseSets(sets) }),
  };
}

export async function scenarioCommand(
  core: Core,
  action: string,
  flags: Flags,
  ctx: CliContext,
): Promise<number> {
  const t = texts(ctx.lang);
  switch (action) {
    case 'list': {
      const list = await core.call('scenarios.list', { enterpriseId: requireEnterprise(flags) });
      printResult(ctx, list, () => describeList(list, ctx.lang));
      return 0;
    }
    case 'create': {
      const s = await core.call('scenarios.create', {
        enterpriseId: requireEnterprise(flags),
        name: requireString(flags, 'name'),
        projectIds: ids(optionalString(flags, 'projects') ?? '', 'projects'),
      });
      printResult(ctx, s, () => describeList([s], ctx.lang));
      return 0;
    }
    case 'update': {
      const name = optionalString(flags, 'name');
      const projects = optionalString(flags, 'projects');
      const s = await core.call('scenarios.update', {
        id: requireId(flags),
        changes: {
          ...(name === undefined ? {} : { name }),
          ...(projects === undefined ? {} : { projectIds: ids(projects, 'projects') }),
        },
      });
      printResult(ctx, s, () => describeList([s], ctx.lang));
      return 0;
    }
    case 'delete': {
      const d = await core.call('scenarios.delete', { id: requireId(flags) });
      printResult(ctx, d, () => t('deleted', d));
      return 0;
    }
    case 'undo-delete': {
      const s = await core.call('scenarios.undoDelete', { id: requireId(flags) });
      printResult(ctx, s, () => describeList([s], ctx.lang));
      return 0;
    }
    case 'compare': {
      const r = await core.call('scenarios.compare', compareInput(flags));
      printResult(ctx, r, () => describeComparison(r, ctx.lang));
      return 0;
    }
    default:
      throw new UsageError(
        `unknown scenarios command "${action}" (list, create, update, delete, undo-delete, compare)`,
      );
  }
}
