import type Database from 'better-sqlite3';
import type { EnterpriseYear } from '../../../shared/enterprise/enterprise-schema';
import { computeIndicators, type IndicatorReport } from '../../../shared/indicators/compute-indicators';
import type { IndicatorAssumptionsInput } from '../../../shared/indicators/indicator-assumptions';
import type { RegisterGroup } from '../../../shared/indicators/register-groups';
import { registerGroups } from '../indicators/register-traits';

/**
 * The register read once into groups and the indicators computed from them: readiness and the
 * questionnaire's suggestions both start here, so that they see what the indicators see.
 */
export function registerSnapshot(
  db: Database.Database,
  enterpriseId: number,
  years: readonly EnterpriseYear[],
  referenceYear: number,
  assumptions?: IndicatorAssumptionsInput,
): { groups: RegisterGroup[]; report: IndicatorReport } {
  const groups = registerGroups(db, enterpriseId);
  return { groups, report: computeIndicators({ groups, years, referenceYear, assumptions }) };
}
