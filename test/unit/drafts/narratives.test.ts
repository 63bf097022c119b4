/**
 * Narrative sections through the API on a real workspace: a project section is the project's own,
 * an enterprise section is shared by every project of the enterprise and by no other enterprise's,
 * blank text clears, and a deleted project answers NOT_FOUND.
 */
import { describe, expect, it } from 'vitest';
import { NARRATIVE_SECTIONS } from '../../../shared/drafts/narrative-sections';
import { expectWireError, readRaw, sampleEnterprise } from '../core/helpers';
import { draftsWorkspace, robotProject } from './drafts-data-fixture';

const body = (views: { key: string; body: string | null }[], key: string) =>
  views.find((v) => v.key === key)?.body;

describe('narrative sections', () => {
  it('lists every section in outline order, titled in the requested language, none written yet', async () => {
    const { core, projectId } = await draftsWorkspace();
    const zh = await core.call('drafts.narratives.get', { projectId });
    expect(zh.map((n) => n.key)).toEqual(NARRATIVE_SECTIONS.map((s) => s.key));
    expect(zh.map((n) => n.title)).toEqual(NARRATIVE_SECTIONS.map((s) => s.zh));
    expect(zh.every((n) => n.body === null && n.updatedAt === null)).toBe(true);
    const en = await core.call('drafts.narratives.get', { projectId, lang: 'en' });
    expect(en.find((n) => n.key === 'market')).toMatchObject({ scope: 'project', title: 'Market and scale' });
  });

  it('sets, reads back and clears a project section, announcing the change', async () => {
    const { core, projectId, clock, events } = await draftsWorkspace();
    const text = '　　本项目面向新能源汽车零部件市场，年需求增长约 15%。\n第二段。';
    clock.set('2026-03-11T09:30:00.000Z');
    const saved = await core.call('drafts.narratives.set', { projectId, section: 'market', body: text });
    expect(saved).toEqual({
      key: 'market',
      scope: 'project',
      title: '市场分析与建设规模',
      body: text,
      updatedAt: '2026-03-11T09:30:00.000Z',
    });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'drafts' });
    expect(body(await core.call('drafts.narratives.get', { projectId }), 'market')).toBe(text);

    const replaced = await core.call('drafts.narratives.set', {
      projectId,
      section: 'market',
      body: '新的',
      lang: 'en',
    });
    expect(replaced).toMatchObject({ body: '新的', title: 'Market and scale' });
    const cleared = await core.call('drafts.narratives.set', {
      projectId,
      section: 'market',
      body: ' \n\u3000\t',
    });
    expect(cleared).toMatchObject({ body: null, updatedAt: null });
    await core.call('drafts.narratives.set', { projectId, section: 'technical', body: '方案' });
    await core.call('drafts.narratives.set', { projectId, section: 'technical', body: '' });
    expect(body(await core.call('drafts.narratives.get', { projectId }), 'technical')).toBeNull();
  });

  it('shares an enterprise section between the projects of one enterprise, and only theirs', async () => {
    const { core, ws, enterpriseId, projectId } = await draftsWorkspace();
    const second = await robotProject(core, enterpriseId, '第二个项目');
    const other = await core.call('enterprise.create', sampleEnterprise('另一家企业'));
    const outsider = await robotProject(core, other.id);

    await core.call('drafts.narratives.set', {
      projectId,
      section: 'company_profile',
      body: '成立于 2005 年',
    });
    await core.call('drafts.narratives.set', { projectId, section: 'background', body: '第一个项目的背景' });

    const seen = await core.call('drafts.narratives.get', { projectId: second });
    expect(body(seen, 'company_profile')).toBe('成立于 2005 年');
    expect(body(seen, 'background')).toBeNull();
    expect(
      body(await core.call('drafts.narratives.get', { projectId: outsider }), 'company_profile'),
    ).toBeNull();

    // Edited from the second project, it changes for the first: one row, no project.
    await core.call('drafts.narratives.set', {
      projectId: second,
      section: 'company_profile',
      body: '成立于 2006 年',
    });
    expect(body(await core.call('drafts.narratives.get', { projectId }), 'company_profile')).toBe(
      '成立于 2006 年',
    );
    const rows = readRaw(ws.file, (db) =>
      db.prepare("SELECT enterprise_id, project_id FROM narrative WHERE section = 'company_profile'").all(),
    );
    expect(rows).toEqual([{ enterprise_id: enterpriseId, project_id: null }]);
  });

  it('answers NOT_FOUND for a deleted project or one of a deleted enterprise, and refuses unknown sections', async () => {
    const { core, enterpriseId, projectId } = await draftsWorkspace();
    const second = await robotProject(core, enterpriseId, '第二个项目');
    await core.call('projects.delete', { id: projectId });
    await expectWireError(core, 'drafts.narratives.get', { projectId }, 'NOT_FOUND');
    await expectWireError(
      core,
      'drafts.narratives.set',
      { projectId, section: 'market', body: 'x' },
      'NOT_FOUND',
    );
    await core.call('enterprise.delete', { id: enterpriseId });
    await expectWireError(core, 'drafts.narratives.get', { projectId: second }, 'NOT_FOUND');
    const bad = await expectWireError(
      core,
      'drafts.narratives.set',
      { projectId: second, section: 'poetry', body: 'x' },
      'VALIDATION',
    );
    expect(bad.issues[0]!.path).toEqual(['section']);
  });
});
