import type { IndicatorReport } from '../../shared/indicators/compute-indicators';
import type { RegisterDistributions } from '../../shared/indicators/register-distributions';

/** What every section of an enterprise's dashboard is drawn from, for one reference year. */
export interface DashboardData {
  enterpriseId: number;
  enterpriseName: string;
  report: IndicatorReport;
  distributions: RegisterDistributions;
}
