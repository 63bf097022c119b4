/**
 * Where the user fixes something a draft or the application readiness finds missing: the page, and
 * the part of it. The renderer turns it into a link; the CLI prints it.
 */
export type FixPage =
  | 'enterprise'
  | 'register'
  | 'assessment'
  | 'project'
  | 'project-lines'
  | 'project-financing'
  | 'project-benefits'
  | 'funding'
  | 'narratives'
  | 'attachments';

export interface FixTarget {
  page: FixPage;
  enterpriseId: number;
  projectId: number | null;
  /** A field, narrative section key or checklist item key on that page. */
  anchor: string | null;
}
