import { useSyncExternalStore } from 'react';
import {
  SET_PARTS,
  TRACEABLE_INDICATORS,
  type SetPart,
  type TraceableIndicator,
} from '../../shared/indicators/indicator-keys';
import type { Lang } from '../../shared/i18n/messages';
import type { RowSetKey } from '../../shared/readiness/action-row-sets';

/**
 * The register rows behind one part of an indicator for a reference year: what the dashboard's
 * figures link to, and what the register then lists instead of its whole view.
 */
export interface IndicatorTrace {
  indicator: TraceableIndicator;
  part: SetPart;
  year: number;
}

/** The register rows a readiness action names, for a reference year. */
export interface ActionTrace {
  rowSet: RowSetKey;
  year: number;
}

/** Rows the register lists instead of its whole view, followed from a figure or an action. */
export type RowTrace = IndicatorTrace | ActionTrace;

export const isActionTrace = (trace: RowTrace): trace is ActionTrace => 'rowSet' in trace;

/**
 * Every row set, checked against the core's list by the type alone: a type-only import keeps the
 * readiness code (and the indicator code it needs) out of the first screen's bundle.
 */
const ROW_SET_KEYS: Record<RowSetKey, true> = {
  cnc_not_networked: true,
  production_not_cnc: true,
  robot_candidates: true,
  motors_below_ie3: true,
  motor_class_unknown: true,
  diesel_generators: true,
  coal_oil_boilers: true,
  combustion_source_unknown: true,
  over_age: true,
  year_unknown: true,
};
const isRowSet = (text: string | null): text is RowSetKey =>
  text !== null && Object.hasOwn(ROW_SET_KEYS, text);

/** The project page's tabs a link can open (where a gap of the application is fixed). */
export const PROJECT_TABS = ['plan', 'lines', 'financing', 'benefits', 'figures', 'funding'] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

/**
 * Pages live in the URL's fragment (#/enterprises/12, #/enterprises/12/register): it survives a
 * reload in the browser host and needs nothing from the server or the app:// protocol, which serve
 * one index.html. Options of a page follow a '?' (#/enterprises/12/dashboard?year=2025).
 */
export type Route =
  | { page: 'enterprises' }
  | { page: 'enterprise'; id: number }
  | { page: 'register'; enterpriseId: number; trace?: RowTrace }
  | { page: 'dashboard'; enterpriseId: number; year?: number }
  | { page: 'assessments'; enterpriseId: number }
  | { page: 'assessment'; enterpriseId: number; id: number }
  | { page: 'compare'; enterpriseId: number; first?: number; second?: number }
  | { page: 'opportunities'; enterpriseId: number }
  | { page: 'projects'; enterpriseId: number }
  | { page: 'project'; enterpriseId: number; id: number; tab?: ProjectTab }
  /** A project's application: readiness, narrative sections, attachments and the draft outputs. */
  | { page: 'application'; enterpriseId: number; projectId: number }
  /** The draft as it prints, without the app around it (#/print/projects/3?lang=en). */
  | { page: 'print'; projectId: number; lang?: Lang }
  | { page: 'scenarios'; enterpriseId: number }
  | { page: 'funding' }
  /** Every client with its scores, projects and next deadline (a consultant's view). */
  | { page: 'portfolio' }
  | { page: 'backups' };

/** The years the API accepts as a reference year. */
const yearIn = (text: string | null): number | undefined => {
  if (text === null || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 1900 && year <= 2200 ? year : undefined;
};

const idIn = (text: string | null | undefined): number | undefined =>
  text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : undefined;

function traceIn(query: URLSearchParams): RowTrace | undefined {
  const year = yearIn(query.get('year'));
  if (year === undefined) return undefined;
  const rowSet = query.get('rowSet');
  if (isRowSet(rowSet)) return { rowSet, year };
  const indicator = TRACEABLE_INDICATORS.find((i) => i === query.get('indicator'));
  const part = SET_PARTS.find((p) => p === query.get('part'));
  return indicator && part ? { indicator, part, year } : undefined;
}

/** #/enterprises/12/assessments, …/assessments/7, …/assessments/compare?first=5&second=7. */
function assessmentRoute(enterpriseId: number, sub: string | undefined, query: URLSearchParams): Route {
  if (sub === 'compare') {
    const [first, second] = [idIn(query.get('first')), idIn(query.get('second'))];
    return {
      page: 'compare',
      enterpriseId,
      ...(first === undefined ? {} : { first }),
      ...(second === undefined ? {} : { second }),
    };
  }
  const id = idIn(sub);
  return id === undefined ? { page: 'assessments', enterpriseId } : { page: 'assessment', enterpriseId, id };
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/');
  const query = new URLSearchParams(search);
  if (parts[0] === 'backups') return { page: 'backups' };
  if (parts[0] === 'funding') return { page: 'funding' };
  if (parts[0] === 'portfolio') return { page: 'portfolio' };
  if (parts[0] === 'print' && parts[1] === 'projects') {
    const projectId = idIn(parts[2]);
    const lang = (['zh-CN', 'en'] as const).find((l) => l === query.get('lang'));
    if (projectId !== undefined)
      return lang ? { page: 'print', projectId, lang } : { page: 'print', projectId };
  }
  if (parts[0] === 'enterprises' && parts[1] && /^\d+$/.test(parts[1])) {
    const id = Number(parts[1]);
    if (parts[2] === 'register') {
      const trace = traceIn(query);
      return trace ? { page: 'register', enterpriseId: id, trace } : { page: 'register', enterpriseId: id };
    }
    if (parts[2] === 'dashboard') {
      const year = yearIn(query.get('year'));
      return year === undefined
        ? { page: 'dashboard', enterpriseId: id }
        : { page: 'dashboard', enterpriseId: id, year };
    }
    if (parts[2] === 'assessments') return assessmentRoute(id, parts[3], query);
    if (parts[2] === 'opportunities') return { page: 'opportunities', enterpriseId: id };
    if (parts[2] === 'scenarios') return { page: 'scenarios', enterpriseId: id };
    if (parts[2] === 'projects') {
      const projectId = idIn(parts[3]);
      if (projectId === undefined) return { page: 'projects', enterpriseId: id };
      if (parts[4] === 'application') return { page: 'application', enterpriseId: id, projectId };
      const tab = PROJECT_TABS.find((t) => t === query.get('tab'));
      return tab
        ? { page: 'project', enterpriseId: id, id: projectId, tab }
        : { page: 'project', enterpriseId: id, id: projectId };
    }
    return { page: 'enterprise', id };
  }
  return { page: 'enterprises' };
}

const withQuery = (path: string, query: Record<string, string | number>) => {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return search ? `${path}?${search}` : path;
};

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'enterprises':
      return '#/enterprises';
    case 'enterprise':
      return `#/enterprises/${route.id}`;
    case 'register':
      return withQuery(`#/enterprises/${route.enterpriseId}/register`, { ...route.trace });
    case 'dashboard':
      return withQuery(
        `#/enterprises/${route.enterpriseId}/dashboard`,
        route.year === undefined ? {} : { year: route.year },
      );
    case 'assessments':
      return `#/enterprises/${route.enterpriseId}/assessments`;
    case 'assessment':
      return `#/enterprises/${route.enterpriseId}/assessments/${route.id}`;
    case 'compare':
      return withQuery(`#/enterprises/${route.enterpriseId}/assessments/compare`, {
        ...(route.first === undefined ? {} : { first: route.first }),
        ...(route.second === undefined ? {} : { second: route.second }),
      });
    case 'opportunities':
      return `#/enterprises/${route.enterpriseId}/opportunities`;
    case 'projects':
      return `#/enterprises/${route.enterpriseId}/projects`;
    case 'project':
      return withQuery(
        `#/enterprises/${route.enterpriseId}/projects/${route.id}`,
        route.tab === undefined ? {} : { tab: route.tab },
      );
    case 'application':
      return `#/enterprises/${route.enterpriseId}/projects/${route.projectId}/application`;
    case 'print':
      return withQuery(
        `#/print/projects/${route.projectId}`,
        route.lang === undefined ? {} : { lang: route.lang },
      );
    case 'scenarios':
      return `#/enterprises/${route.enterpriseId}/scenarios`;
    case 'funding':
      return '#/funding';
    case 'portfolio':
      return '#/portfolio';
    case 'backups':
      return '#/backups';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
