import type { EquipmentFilter } from '../../shared/register/register-api';
import type { CategoryCode, StatusCode } from '../../shared/register/taxonomy';

/** What the filter bar holds; the search text reaches the filter only after the user paused typing. */
export interface FilterState {
  search: string;
  categories: CategoryCode[];
  statuses: StatusCode[];
  workshops: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

export const NO_FILTER: FilterState = {
  search: '',
  categories: [],
  statuses: [],
  workshops: [],
  yearFrom: null,
  yearTo: null,
};

/** The API's filter, without empty parts, so "no filter" is one value (and one cache key). */
export function toApiFilter(state: FilterState, search: string): EquipmentFilter {
  const filter: EquipmentFilter = {};
  const words = search.trim();
  if (words) filter.search = words.slice(0, 200);
  if (state.categories.length) filter.categories = state.categories;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.workshops.length) filter.workshops = state.workshops;
  // A range typed backwards still means the years between.
  const [from, to] =
    state.yearFrom !== null && state.yearTo !== null && state.yearFrom > state.yearTo
      ? [state.yearTo, state.yearFrom]
      : [state.yearFrom, state.yearTo];
  if (from !== null) filter.yearFrom = from;
  if (to !== null) filter.yearTo = to;
  return filter;
}

export const isFiltered = (filter: EquipmentFilter) => Object.keys(filter).length > 0;
