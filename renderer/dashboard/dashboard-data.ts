import type { IndicatorReport } from '../../shared/indicators/compute-indicators';
import type { RegisterDistributions } from '../../shared/indicators/register-distributions';
import type { ReadinessReport } from '../../shared/readiness/readiness-api';

/** What every section of an enterprise's dashboard is drawn from, for one reference year. */
export interface DashboardData {
  enterpriseId: number;
  enterpriseName: string;
  report: IndicatorReport;
  distributions: RegisterDistributions;
  /** With the answers of the enterprise's latest self-assessment, if it has one. */
  readiness: ReadinessReport;
}
