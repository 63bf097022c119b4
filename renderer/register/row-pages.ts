import type { ApiClient } from '../../shared/api/contract';
import type { EquipmentFilter, EquipmentRecord, EquipmentSort } from '../../shared/register/register-api';
import type { RowTrace } from '../app/routing';
import { traceRows } from '../dashboard/row-trace';

export interface RowQuery {
  enterpriseId: number;
  filter: EquipmentFilter;
  sort: EquipmentSort | null;
  /** Set when the view is the rows behind an indicator or an action: those rows alone, in id order. */
  trace?: RowTrace | null;
}

/**
 * One page of a register view: the register's own paging with its filter and sort, or the rows
 * behind an indicator or a readiness action as the core lists them, which neither filters nor sorts.
 */
export async function rowPage(
  api: ApiClient,
  query: RowQuery,
  offset: number,
  limit: number,
): Promise<{ total: number; rows: EquipmentRecord[] }> {
  const { enterpriseId, filter, sort, trace } = query;
  if (trace) {
    const { ids, rows } = await traceRows(api, enterpriseId, trace, { offset, limit });
    return { total: ids.length, rows };
  }
  return api.call('equipment.page', { enterpriseId, offset, limit, filter, ...(sort ? { sort } : {}) });
}
