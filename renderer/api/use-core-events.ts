import { useEffect, useEffectEvent } from 'react';
import type { CoreEvent, WorkspaceChangedEvent } from '../../shared/api/events';
import { useApi } from './api-context';

export type DataScope = WorkspaceChangedEvent['scope'];

/** Calls the listener with every event the core pushes while the component is mounted. */
export function useCoreEvents(listener: (event: CoreEvent) => void): void {
  const api = useApi();
  const onEvent = useEffectEvent(listener);
  useEffect(() => api.onEvent((event) => onEvent(event)), [api]);
}

/** True when data of `scope` may have changed: a 'workspace' change (restore, recovery) changes all. */
export function touches(event: CoreEvent, scopes: readonly DataScope[]): boolean {
  return event.type === 'workspace-changed' && (event.scope === 'workspace' || scopes.includes(event.scope));
}
