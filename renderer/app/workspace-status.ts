import { createContext, useContext } from 'react';
import type { WorkspaceStatus } from '../../shared/workspace/workspace-types';

/** The status WorkspaceGate fetched (and refetches on workspace changes), for pages that show it. */
export const WorkspaceStatusContext = createContext<WorkspaceStatus | null>(null);

export function useWorkspaceStatus(): WorkspaceStatus {
  const status = useContext(WorkspaceStatusContext);
  if (!status) throw new Error('useWorkspaceStatus outside WorkspaceGate');
  return status;
}
