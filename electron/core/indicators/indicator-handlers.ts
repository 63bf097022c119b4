import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import { computeIndicators, indicatorSetsFor } from '../../../shared/indicators/compute-indicators';
import type { RowPredicate } from '../../../shared/indicators/indicator-sets';
import type { IndicatorRows } from '../../../shared/indicators/indicators-api';
import { registerDistributions } from '../../../shared/indicators/register-distributions';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { EquipmentRepository } from '../register/equipment-repository';
import { registerGroups, registerTraitRows } from './register-traits';

/**
 * Runs in one read transaction, so that the figures and the register come from the same snapshot
 * even if an import commits meanwhile; the enterprise is looked up first (NOT_FOUND when there is
 * none) and the reference year defaults to the current one.
 */
export function withSubject<T>(
  ctx: HandlerContext,
  enterpriseId: number,
  year: number | undefined,
  run: (subject: { enterprise: Enterprise; years: Enterprise['years']; referenceYear: number }) => T,
): T {
  const db = ctx.db();
  return db.transaction(() => {
    const enterprise = new EnterpriseRepository(db, ctx.now).get(enterpriseId);
    return run({ enterprise, years: enterprise.years, referenceYear: year ?? ctx.now().getFullYear() });
  })();
}

/** The live in-service rows a predicate selects: every id, their units, and one page of records. */
export function matchingRows(
  ctx: HandlerContext,
  enterpriseId: number,
  belongs: RowPredicate | undefined,
  offset: number,
  limit: number,
): IndicatorRows {
  const result: IndicatorRows = { ids: [], units: 0, offset, rows: [] };
  if (!belongs) return result;
  for (const row of registerTraitRows(ctx.db(), enterpriseId)) {
    if (!belongs(row)) continue;
    result.ids.push(row.id);
    result.units += row.quantity;
  }
  const repo = new EquipmentRepository(ctx.db(), ctx.now);
  result.rows = result.ids.slice(offset, offset + limit).map((id) => repo.get(enterpriseId, id));
  return result;
}

export const indicatorHandlers = {
  'indicators.compute': (ctx, { enterpriseId, year, assumptions }) =>
    withSubject(ctx, enterpriseId, year, ({ years, referenceYear }) =>
      computeIndicators({
        groups: registerGroups(ctx.db(), enterpriseId),
        years,
        referenceYear,
        assumptions,
      }),
    ),

  'indicators.rows': (ctx, { enterpriseId, year, assumptions, indicator, part, offset = 0, limit = 100 }) =>
    withSubject(ctx, enterpriseId, year, ({ referenceYear }) =>
      matchingRows(
        ctx,
        enterpriseId,
        indicatorSetsFor(referenceYear, assumptions).sets[indicator][part],
        offset,
        limit,
      ),
    ),

  'indicators.distributions': (ctx, { enterpriseId, year, assumptions }) =>
    withSubject(ctx, enterpriseId, year, ({ referenceYear }) =>
      registerDistributions({ groups: registerGroups(ctx.db(), enterpriseId), referenceYear, assumptions }),
    ),
} satisfies Partial<HandlerTable>;
