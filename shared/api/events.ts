/** What the core pushes to every open window: progress of long jobs, and that data changed. */
export interface ProgressEvent {
  type: 'progress';
  jobId: string;
  /** Message key of the phase, e.g. 'job.backup'. */
  phase: string;
  done: number;
  total: number;
}

export interface WorkspaceChangedEvent {
  type: 'workspace-changed';
  /**
   * Which kind of data changed, so a page refetches only what it shows. 'projects' covers projects
   * and the decisions on proposed opportunities; proposals also follow 'equipment'. 'funding' is the
   * funding packs, whose programmes every fundability figure is judged against. 'scenarios' is the
   * stored sets of projects (their figures follow 'projects', 'funding' and 'equipment'). 'drafts'
   * is a project's application: narrative sections, the programme it applies to, the attachment
   * checklist and its files (its readiness also follows 'projects', 'enterprises' and 'funding').
   */
  scope:
    | 'enterprises'
    | 'backups'
    | 'equipment'
    | 'assessments'
    | 'projects'
    | 'funding'
    | 'scenarios'
    | 'drafts'
    | 'workspace';
}

export type CoreEvent = ProgressEvent | WorkspaceChangedEvent;
