/** The application page's pure parts: its addresses, where a gap is fixed, and a narrative box's saving. */
import { describe, expect, it } from 'vitest';
import type { NarrativeView } from '../../../shared/drafts/drafts-api';
import type { FixPage, FixTarget } from '../../../shared/drafts/fix-target';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/routing';
import { fixLink } from '../../../renderer/drafts/fix-link';
import {
  fromServer,
  saveDone,
  saveFailed,
  sectionStatus,
  startSave,
  type SectionEdit,
} from '../../../renderer/drafts/narrative-edit';

describe('application routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { page: 'application', enterpriseId: 4, projectId: 9 },
      { page: 'print', projectId: 9 },
      { page: 'print', projectId: 9, lang: 'en' },
      { page: 'project', enterpriseId: 4, id: 9 },
      { page: 'project', enterpriseId: 4, id: 9, tab: 'financing' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('are the addresses the brief names', () => {
    expect(routeHref({ page: 'application', enterpriseId: 4, projectId: 9 })).toBe(
      '#/enterprises/4/projects/9/application',
    );
    expect(routeHref({ page: 'print', projectId: 9, lang: 'zh-CN' })).toBe('#/print/projects/9?lang=zh-CN');
  });

  it('ignore what they do not know', () => {
    expect(parseRoute('#/print/projects/9?lang=fr')).toEqual({ page: 'print', projectId: 9 });
    expect(parseRoute('#/print/projects/x')).toEqual({ page: 'enterprises' });
    expect(parseRoute('#/enterprises/4/projects/9?tab=nonsense')).toEqual({
      page: 'project',
      enterpriseId: 4,
      id: 9,
    });
  });
});

describe('fixLink', () => {
  const fix = (page: FixPage, anchor: string | null = null, projectId: number | null = 9): FixTarget => ({
    page,
    enterpriseId: 4,
    projectId,
    anchor,
  });

  it('sends the project parts to their tab of the project page', () => {
    expect(fixLink(fix('project', 'description'), 9)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/9?tab=plan',
    });
    expect(fixLink(fix('project-lines', 'line:3'), 9)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/9?tab=lines',
    });
    expect(fixLink(fix('project-financing'), 9)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/9?tab=financing',
    });
    expect(fixLink(fix('project-benefits'), 9)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/9?tab=benefits',
    });
    // A target naming no project is this page's project.
    expect(fixLink(fix('project', null, null), 7)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/7?tab=plan',
    });
  });

  it("sends the enterprise's parts to the enterprise's pages", () => {
    expect(fixLink(fix('enterprise', 'uscc'), 9)).toEqual({ kind: 'page', href: '#/enterprises/4' });
    expect(fixLink(fix('register'), 9)).toEqual({ kind: 'page', href: '#/enterprises/4/register' });
    expect(fixLink(fix('assessment'), 9)).toEqual({ kind: 'page', href: '#/enterprises/4/assessments' });
  });

  it('keeps narratives, attachments and the programme choice on this page', () => {
    expect(fixLink(fix('narratives', 'market'), 9)).toEqual({ kind: 'here', elementId: 'narrative-market' });
    expect(fixLink(fix('narratives'), 9)).toEqual({ kind: 'here', elementId: 'application-narratives' });
    expect(fixLink(fix('attachments', 'pack:sz/green/energy_audit'), 9)).toEqual({
      kind: 'here',
      elementId: 'checklist-item-pack:sz/green/energy_audit',
    });
    expect(fixLink(fix('funding', 'targetProgramme'), 9)).toEqual({
      kind: 'here',
      elementId: 'application-programme',
    });
    // A chosen programme is judged on the project's funding tab.
    expect(fixLink(fix('funding', 'sz-2025/green'), 9)).toEqual({
      kind: 'page',
      href: '#/enterprises/4/projects/9?tab=funding',
    });
  });
});

describe('a narrative box', () => {
  const view = (
    body: string | null,
    updatedAt: string | null = '2026-01-02T03:04:05.000Z',
  ): NarrativeView => ({
    key: 'market',
    scope: 'project',
    title: '市场分析与建设规模',
    body,
    updatedAt,
  });
  const fresh = fromServer(undefined, view('旧文'));

  it('starts with what the core holds', () => {
    expect(fresh).toEqual({
      text: '旧文',
      stored: '旧文',
      sending: null,
      error: null,
      updatedAt: view('').updatedAt,
    });
    expect(sectionStatus(fresh)).toBe('saved');
    expect(sectionStatus(fromServer(undefined, view(null, null)))).toBe('empty');
  });

  it('saves only what differs, one save at a time', () => {
    expect(startSave(fresh)).toBeNull();
    const typed: SectionEdit = { ...fresh, text: '新文' };
    expect(sectionStatus(typed)).toBe('unsaved');
    const saving = startSave(typed)!;
    expect(saving.sending).toBe('新文');
    expect(sectionStatus(saving)).toBe('saving');
    expect(startSave({ ...saving, text: '新文再改' })).toBeNull();
  });

  it('takes the stored text once saved, unless the user typed on meanwhile', () => {
    const saving = startSave({ ...fresh, text: '  新文  ' })!;
    // The core may tidy the text; the box shows what it stored.
    const done = saveDone(saving, view('新文', '2026-02-01T00:00:00.000Z'));
    expect(done).toMatchObject({
      text: '新文',
      stored: '新文',
      sending: null,
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(sectionStatus(done)).toBe('saved');
    const typedOn = saveDone({ ...saving, text: '  新文  更多' }, view('新文'));
    expect(typedOn.text).toBe('  新文  更多');
    expect(sectionStatus(typedOn)).toBe('unsaved');
  });

  it('keeps the words in the box when saving fails, and says it failed', () => {
    const saving = startSave({ ...fresh, text: '不能丢的文字' })!;
    const failed = saveFailed(saving, new Error('offline'));
    expect(failed.text).toBe('不能丢的文字');
    expect(sectionStatus(failed)).toBe('failed');
    // A retry starts from the same words.
    expect(startSave(failed)!.sending).toBe('不能丢的文字');
  });

  it('never lets a refetch replace words the user has not saved', () => {
    const typed: SectionEdit = { ...fresh, text: '我的文字' };
    const refetched = fromServer(typed, view('别处改过的文字'));
    expect(refetched.text).toBe('我的文字');
    expect(refetched.stored).toBe('别处改过的文字');
    // A box the user has not touched follows the core.
    expect(fromServer(fresh, view('别处改过的文字')).text).toBe('别处改过的文字');
    // While a save is on its way, its answer (not a refetch) settles what is stored.
    const saving = startSave(typed)!;
    expect(fromServer(saving, view('别处改过的文字')).stored).toBe('旧文');
  });
});
