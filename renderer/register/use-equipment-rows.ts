import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../api/api-context';
import { touches, useCoreEvents } from '../api/use-core-events';
import { RowWindow, type RowQuery } from './row-window';

/**
 * The rows of the register view for the table: fetched page by page as the table renders them
 * (see RowWindow), started over when the filter or sort changes, refreshed in place when the core
 * announces a change to the register.
 */
export function useEquipmentRows(query: RowQuery) {
  const api = useApi();
  const [window] = useState(() => new RowWindow(api, query));
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    // Keyed on the JSON text: the filter object is rebuilt on every render.
    window.setQuery(JSON.parse(queryKey) as RowQuery);
  }, [window, queryKey]);
  useEffect(() => () => window.dispose(), [window]);

  useCoreEvents((event) => {
    if (touches(event, ['equipment'])) window.refresh();
  });

  const state = useSyncExternalStore(window.subscribe, window.getState);
  return { ...state, peek: window.peek, want: window.want, refresh: window.refresh };
}
