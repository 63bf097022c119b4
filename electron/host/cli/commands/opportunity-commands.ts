import type { Core } from '../../../core/core';
import { categoryOf } from '../../../../shared/register/taxonomy';
import type { EnergyBasis } from '../../../../shared/energy/energy-basis';
import { message, type Lang } from '../../../../shared/i18n/messages';
import { fenToYuan, formatWanYuan, formatYuan } from '../../../../shared/money';
import type { Opportunity, OpportunityReport } from '../../../../shared/opportunities/opportunities-api';
import { optionalNumber, type Flags } from '../cli-args';
import { printResult, table, UsageError, type CliContext } from '../cli-io';

export const OPPORTUNITY_FLAGS = ['enterprise', 'year'];

// Numbers, money and the energy basis as the opportunities and project commands print them.
export const pick = (lang: Lang, text: { zh: string; en: string }) => (lang === 'en' ? text.en : text.zh);

/** A value that rounds to zero prints as 0, never as -0.000. */
export const number = (lang: Lang, v: number, digits: number) =>
  (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v).toLocaleString(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

export const wan = (lang: Lang, fen: number) => formatWanYuan(fenToYuan(fen), lang);
export const yuan = (lang: Lang, fen: number) => formatYuan(fenToYuan(fen), lang);

/** The grid factor with its year and basis, and the coal coefficients used: every tce and CO₂ figure rests on them. */
export function energyBasisLines(b: EnergyBasis, lang: Lang): string[] {
  const t = (key: string, params = {}) => message(lang, `opportunities.${key}`, params);
  return [
    t('gridFactor', {
      value: b.gridFactor.kgPerKwh,
      year: b.gridFactor.year,
      basis: pick(lang, b.gridFactor.basis),
    }),
    t('coalBasis', {
      value: b.electricityKgcePerKwh.value,
      basis: pick(lang, b.electricityKgcePerKwh.basis),
    }),
  ];
}

function decisionText(o: Opportunity, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, `opportunities.${key}`, params);
  if (!o.decision) return t('open');
  return o.decision.kind === 'accepted'
    ? t('accepted', { project: o.decision.projectId })
    : t('dismissed', { reason: o.decision.reason });
}

export function describeOpportunities(r: OpportunityReport, lang: Lang): string {
  const t = (key: string, params = {}) => message(lang, `opportunities.${key}`, params);
  const lines = [t('heading', { year: r.referenceYear })];
  if (r.opportunities.length === 0) return [...lines, t('none')].join('\n');
  lines.push(
    table(
      [
        'colId',
        'colMeasure',
        'colCategory',
        'colUnits',
        'colKwh',
        'colTce',
        'colCo2',
        'colSaving',
        'colInvestment',
        'colPayback',
        'colClause',
        'colDecision',
      ].map((k) => t(k)),
      r.opportunities.map((o) => [
        o.id,
        pick(lang, o.title),
        pick(lang, categoryOf(o.category)),
        o.units,
        number(lang, o.kwh, 0),
        number(lang, o.tce, 2),
        number(lang, o.co2Tonnes, 2),
        wan(lang, o.costSavingFen),
        o.investmentFen === null ? null : wan(lang, o.investmentFen),
        o.paybackYears === null ? null : number(lang, o.paybackYears, 1),
        [...new Set(o.clauses.map((c) => c.clause))].map((c) => `（${c}）`).join(''),
        decisionText(o, lang),
      ]),
    ),
  );
  const incomplete = r.opportunities.reduce((n, o) => n + o.notEstimated.rows, 0);
  if (incomplete > 0) lines.push(t('incomplete', { rows: incomplete }));
  if (r.namedTrade) lines.push(t('namedTrade', { trade: pick(lang, r.namedTrade.trade) }));
  lines.push(...energyBasisLines(r.assumptions.energyBasis, lang), t('assumptionsHint'));
  return lines.join('\n');
}

export async function opportunitiesCommand(
  core: Core,
  action: string | undefined,
  flags: Flags,
  ctx: CliContext,
): Promise<number> {
  if (action !== undefined) throw new UsageError(`opportunities takes no command, got "${action}"`);
  const enterpriseId = optionalNumber(flags, 'enterprise', { integer: true });
  if (enterpriseId === undefined) throw new UsageError('--enterprise is required');
  const year = optionalNumber(flags, 'year', { integer: true });
  const report = await core.call('opportunities.list', {
    enterpriseId,
    ...(year === undefined ? {} : { year }),
  });
  printResult(ctx, report, () => describeOpportunities(report, ctx.lang));
  return 0;
}
