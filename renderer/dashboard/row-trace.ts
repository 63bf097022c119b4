/**
 * The register rows a dashboard figure or a readiness action stands for. Both calls answer in the
 * same shape (ids, units, a page of rows), so the register lists either kind of trace alike; this
 * says which call lists a trace and how the register's banner names it.
 */
import type { TFunction } from 'i18next';
import type { ApiClient, MethodInput, MethodOutput } from '../../shared/api/contract';
import type { Lang } from '../../shared/i18n/messages';
import { ROW_SET_DEFINITIONS } from '../../shared/readiness/action-row-sets';
import { isActionTrace, type RowTrace } from '../app/routing';
import { formatCount } from '../format/figures';
import { indicatorName, inLang, partWords } from './figure-text';

type RowsMethod = 'indicators.rows' | 'readiness.rows';

export interface RowsCall {
  method: RowsMethod;
  input: MethodInput<RowsMethod>;
}

export function traceCall(
  enterpriseId: number,
  trace: RowTrace,
  page: { offset?: number; limit?: number } = {},
): RowsCall {
  return isActionTrace(trace)
    ? { method: 'readiness.rows', input: { enterpriseId, year: trace.year, rowSet: trace.rowSet, ...page } }
    : { method: 'indicators.rows', input: { enterpriseId, ...trace, ...page } };
}

export function traceRows(
  api: ApiClient,
  enterpriseId: number,
  trace: RowTrace,
  page: { offset?: number; limit?: number } = {},
): Promise<MethodOutput<RowsMethod>> {
  const { method, input } = traceCall(enterpriseId, trace, page);
  return api.call(method, input);
}

/** What the register's banner says it lists; counts are '…' until they arrive. */
export function traceText(
  t: TFunction,
  lang: Lang,
  trace: RowTrace,
  counted: { ids: readonly number[]; units: number } | undefined,
): { title: string; description: string } {
  const rows = counted ? formatCount(counted.ids.length, lang) : '…';
  const units = counted ? formatCount(counted.units, lang) : '…';
  if (isActionTrace(trace)) {
    return {
      title: t('readiness.traceBanner', {
        ns: 'shared',
        what: inLang(ROW_SET_DEFINITIONS[trace.rowSet], lang),
        rows,
        units,
        year: trace.year,
      }),
      description: t('readiness.traceNoSort', { ns: 'shared' }),
    };
  }
  return {
    title: t('dashboard.traceBanner', {
      ns: 'shared',
      indicator: indicatorName(t, trace.indicator),
      part: t(`dashboard.tracePart_${trace.part}`, { ns: 'shared' }),
      what: partWords(t, trace.indicator, trace.part),
      rows,
      units,
      year: trace.year,
    }),
    description: t('dashboard.traceNoSort', { ns: 'shared' }),
  };
}
