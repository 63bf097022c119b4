export type BackupKind = 'auto' | 'manual' | 'pre-migration' | 'pre-restore' | 'pre-import';

export interface BackupInfo {
  /** File name inside the workspace's backup folder; the only handle the UI gets. */
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  schemaVersion: number | null;
}

export interface WorkspaceStatus {
  state: 'ready' | 'recovery';
  workspacePath: string;
  backupsDir: string;
  schemaVersion: number;
  appVersion: string;
  /** Set when the file failed its check on open and was moved aside. */
  recovery: {
    /**
     * 'corrupt': the file failed its check on open and was moved aside to movedTo; 'deleted' or
     * 'replaced': the file at movedTo went away or changed while open, and what the app held was
     * saved as a backup (newestGoodBackup).
     */
    cause: 'corrupt' | 'deleted' | 'replaced';
    movedTo: string;
    reason: string;
    newestGoodBackup: BackupInfo | null;
  } | null;
}

export interface RestoreResult {
  restored: string;
  /** The backup of the workspace as it was just before this restore: restoring it undoes this one. */
  undoBackup: string;
}
