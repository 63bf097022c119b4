import type { FixTarget } from '../../shared/drafts/fix-target';
import { routeHref } from '../app/routing';

/**
 * Where a gap of the application is fixed: another page (a link), or a section of the application
 * page itself (scrolled to, its field focused).
 */
export type FixLink = { kind: 'page'; href: string } | { kind: 'here'; elementId: string };

/** The element id of a narrative section's editor on the application page. */
export const narrativeElementId = (key: string) => `narrative-${key}`;
/** The element id of a checklist item on the application page. */
export const checklistElementId = (key: string) => `checklist-item-${key}`;
export const NARRATIVES_ELEMENT_ID = 'application-narratives';
export const CHECKLIST_ELEMENT_ID = 'application-checklist';
export const PROGRAMME_ELEMENT_ID = 'application-programme';
/** The anchor of the gap "no programme chosen" (shared/drafts/application-readiness.ts). */
const TARGET_PROGRAMME_ANCHOR = 'targetProgramme';

export function fixLink(fix: FixTarget, projectId: number): FixLink {
  const enterpriseId = fix.enterpriseId;
  const project = fix.projectId ?? projectId;
  const page = (route: Parameters<typeof routeHref>[0]): FixLink => ({
    kind: 'page',
    href: routeHref(route),
  });
  switch (fix.page) {
    case 'enterprise':
      return page({ page: 'enterprise', id: enterpriseId });
    case 'register':
      return page({ page: 'register', enterpriseId });
    case 'assessment':
      return page({ page: 'assessments', enterpriseId });
    case 'project':
      return page({ page: 'project', enterpriseId, id: project, tab: 'plan' });
    case 'project-lines':
      return page({ page: 'project', enterpriseId, id: project, tab: 'lines' });
    case 'project-financing':
      return page({ page: 'project', enterpriseId, id: project, tab: 'financing' });
    case 'project-benefits':
      return page({ page: 'project', enterpriseId, id: project, tab: 'benefits' });
    case 'funding':
      // No programme chosen yet: the chooser is on this page. A chosen one is judged on the project's tab.
      return fix.anchor === TARGET_PROGRAMME_ANCHOR
        ? { kind: 'here', elementId: PROGRAMME_ELEMENT_ID }
        : page({ page: 'project', enterpriseId, id: project, tab: 'funding' });
    case 'narratives':
      return { kind: 'here', elementId: fix.anchor ? narrativeElementId(fix.anchor) : NARRATIVES_ELEMENT_ID };
    case 'attachments':
      return { kind: 'here', elementId: fix.anchor ? checklistElementId(fix.anchor) : CHECKLIST_ELEMENT_ID };
  }
}

/** Brings a section of this page into view and puts the cursor in its first field. */
export function goToElement(elementId: string): void {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const field = element.querySelector<HTMLElement>('textarea, input, button');
  field?.focus({ preventScroll: true });
}
