/**
 * The hand-off round trip on real workspaces: an enterprise with something in every part goes out
 * as a `.retrofit` file, into a fresh workspace and out again with content.json byte-identical and
 * the same attachments; the preview counts exactly what differs; an import restores it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CoreEvent } from '../../../shared/api/events';
import type { HandoffPartChange } from '../../../shared/handoff/handoff-api';
import { readRaw } from '../core/helpers';
import { BLOBS, buildRichEnterprise, dumpDb, openWorkspace, sha, USCC, writeRaw } from './rich-enterprise';

async function exportTo(core: Core, enterpriseId: number, file: string) {
  const target = core.files.registerWriteTarget(file).fileId;
  return core.call('handoff.export', { enterpriseId, target });
}

function entries(file: string): Record<string, Uint8Array> {
  return unzipSync(fs.readFileSync(file));
}

const read = (core: Core, file: string) => core.files.registerRead(file).fileId;

/** The preview's changes as { part: [added, changed, removed, unchanged] }, for short assertions. */
const tally = (changes: HandoffPartChange[]) =>
  Object.fromEntries(changes.map((c) => [c.part, [c.added, c.changed, c.removed, c.unchanged]]));

describe('hand-off round trip', () => {
  it('export → import into a fresh workspace → export gives identical content.json and attachments', async () => {
    const a = await buildRichEnterprise();
    const first = path.join(a.ws.dir, 'first.retrofit');
    const exported = await exportTo(a.core, a.enterpriseId, first);
    expect(exported.counts).toEqual({
      profile: 1,
      // 200 imported, 20 added by hand, one without a code; the deleted one is not carried.
      equipment: 221,
      assessments: 1,
      projects: 2,
      scenarios: 1,
      decisions: 2,
      narratives: 2,
      checklist: 2,
      attachments: 3,
    });
    const one = entries(first);
    expect(Object.keys(one).sort()).toEqual(
      [
        'attachments/' + sha(BLOBS.licence),
        'attachments/' + sha(BLOBS.quote),
        'content.json',
        'manifest.json',
      ].sort(),
    );
    const manifest = JSON.parse(Buffer.from(one['manifest.json']!).toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'retrofit-planner.enterprise',
      formatVersion: 1,
      counts: { equipment: 221, attachments: 3, blobs: 2 },
      content: { sha256: sha(Buffer.from(one['content.json']!)) },
    });
    const content = JSON.parse(Buffer.from(one['content.json']!).toString('utf8'));
    // File-local ids, and the links and decisions name rows by them.
    expect(content.equipment.map((r: { id: number }) => r.id)).toEqual(
      content.equipment.map((_: unknown, i: number) => i + 1),
    );
    const manual = content.projects.find((p: { name: string }) => p.name === '冲压线自动化改造');
    expect(manual).toMatchObject({
      stated_facts: { filed: true, energyTce: 800 },
      target_programme: 'sz-examples/tech-renewal',
      milestones: [
        { name: '设备到货', date: '2026-08-01', done: false },
        { name: '验收', date: null, done: false },
      ],
      energy_basis: { gridFactor: 'southern_grid_2023' },
    });
    const o1 = content.equipment.find((r: { asset_code: string }) => r.asset_code === 'O1');
    expect(manual.lines[0].equipment).toContainEqual({ equipment: o1.id, relation: 'replaces' });
    const accepted = content.decisions.find((d: { decision: string }) => d.decision === 'accepted');
    expect(accepted.opportunity).toMatch(/^compressor_vsd:compressor:@[\d,]+$/);

    const b = await openWorkspace();
    const events: CoreEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const preview = await b.core.call('handoff.preview', { fileId: read(b.core, first) });
    expect(preview.match).toEqual({ kind: 'new' });
    expect(preview.enterprise).toEqual({ name: '深圳市示例精密制造有限公司', uscc: USCC });
    expect(preview.attachmentBytes).toBe(BLOBS.licence.length + BLOBS.quote.length);
    expect(tally(preview.changes).equipment).toEqual([221, 0, 0, 0]);
    const imported = await b.core.call('handoff.import', { fileId: read(b.core, first) });
    expect(imported).toMatchObject({ created: true, backup: null });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'projects' });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'equipment' });

    const second = path.join(b.ws.dir, 'second.retrofit');
    await exportTo(b.core, imported.enterpriseId, second);
    const two = entries(second);
    expect(Buffer.from(two['content.json']!).equals(Buffer.from(one['content.json']!))).toBe(true);
    for (const name of Object.keys(one).filter((n) => n.startsWith('attachments/'))) {
      expect(Buffer.from(two[name]!).equals(Buffer.from(one[name]!))).toBe(true);
    }

    // What the app computes from the imported content equals what it computed from the original.
    const original = await a.core.call('projects.get', { id: a.projectIds.manual });
    const copyId = (await b.core.call('projects.list', { enterpriseId: imported.enterpriseId })).find(
      (p) => p.name === '冲压线自动化改造',
    )!.id;
    const copy = await b.core.call('projects.get', { id: copyId });
    expect(copy.figures).toEqual(original.figures);
    // The decisions meet their proposals again in the new workspace: the accepted one is not offered.
    const proposals = await b.core.call('opportunities.list', { enterpriseId: imported.enterpriseId });
    const vsd = proposals.opportunities.find((o) => o.rule === 'compressor_vsd');
    expect(vsd?.decision).toMatchObject({ kind: 'accepted', projectId: expect.any(Number) });
    const gas = proposals.opportunities.find((o) => o.rule === 'gas_generator');
    expect(gas?.decision).toMatchObject({ kind: 'dismissed', reason: '明年随厂房改造一起做' });
    // Each blob is stored once.
    expect(readRaw(b.ws.file, (db) => db.prepare('SELECT count(*) FROM attachment_blob').pluck().get())).toBe(
      2,
    );
  });

  it('re-importing into the same workspace updates by USCC with zero changes, after a backup', async () => {
    const a = await buildRichEnterprise();
    const file = path.join(a.ws.dir, 'same.retrofit');
    await exportTo(a.core, a.enterpriseId, file);
    const preview = await a.core.call('handoff.preview', { fileId: read(a.core, file) });
    expect(preview.match).toEqual({
      kind: 'update',
      enterpriseId: a.enterpriseId,
      name: '深圳市示例精密制造有限公司',
    });
    for (const c of preview.changes)
      expect([c.part, c.added, c.changed, c.removed]).toEqual([c.part, 0, 0, 0]);
    expect(tally(preview.changes).equipment).toEqual([0, 0, 0, 221]);

    const result = await a.core.call('handoff.import', { fileId: read(a.core, file), mode: 'auto' });
    expect(result.enterpriseId).toBe(a.enterpriseId);
    expect(result.created).toBe(false);
    expect(result.backup).toMatch(/^backup-.*\.sqlite$/);
    const backups = await a.core.call('backup.list', {});
    expect(backups.map((x) => x.name)).toContain(result.backup);
    expect(backups.find((x) => x.name === result.backup)?.kind).toBe('pre-import');
    // The register's undo history refers to rows that were replaced: it starts afresh.
    expect(await a.core.call('equipment.history', { enterpriseId: a.enterpriseId })).toEqual([]);
    const again = path.join(a.ws.dir, 'again.retrofit');
    await exportTo(a.core, a.enterpriseId, again);
    expect(
      Buffer.from(entries(again)['content.json']!).equals(Buffer.from(entries(file)['content.json']!)),
    ).toBe(true);
  });

  it('counts exactly a changed row and a changed project, and the import restores them', async () => {
    const a = await buildRichEnterprise();
    const file = path.join(a.ws.dir, 'client.retrofit');
    await exportTo(a.core, a.enterpriseId, file);
    const b = await openWorkspace();
    const { enterpriseId } = await b.core.call('handoff.import', { fileId: read(b.core, file) });
    const rows = await b.core.call('equipment.page', { enterpriseId, offset: 0, limit: 5 });
    const row = rows.rows.find((r) => r.asset_code !== null)!;
    await b.core.call('equipment.update', { enterpriseId, id: row.id, changes: { rated_kw: 999 } });
    const project = (await b.core.call('projects.list', { enterpriseId })).find(
      (p) => p.name === '冲压线自动化改造',
    )!;
    await b.core.call('projects.update', { id: project.id, changes: { description: '客户改过的说明' } });
    // Something the file does not have: an extra row, counted as removed by the import.
    await b.core.call('equipment.add', {
      enterpriseId,
      row: { asset_code: 'EXTRA-1', name: '客户新增设备' },
    });
    writeRaw(b.ws.file, (db) =>
      db.prepare("UPDATE narrative SET body = '客户改写的组织机构' WHERE project_id IS NULL").run(),
    );

    const preview = await b.core.call('handoff.preview', { fileId: read(b.core, file) });
    expect(preview.match).toMatchObject({ kind: 'update', enterpriseId });
    expect(tally(preview.changes)).toEqual({
      profile: [0, 0, 0, 1],
      equipment: [0, 1, 1, 220],
      assessments: [0, 0, 0, 1],
      projects: [0, 1, 0, 1],
      scenarios: [0, 0, 0, 1],
      decisions: [0, 0, 0, 2],
      narratives: [0, 1, 0, 1],
      checklist: [0, 0, 0, 2],
      attachments: [0, 0, 0, 3],
    });

    const result = await b.core.call('handoff.import', { fileId: read(b.core, file) });
    expect(tally(result.changes)).toEqual(tally(preview.changes));
    const after = await b.core.call('handoff.preview', { fileId: read(b.core, file) });
    for (const c of after.changes) expect([c.part, c.added, c.changed, c.removed]).toEqual([c.part, 0, 0, 0]);
    const restored = path.join(b.ws.dir, 'restored.retrofit');
    await exportTo(b.core, enterpriseId, restored);
    expect(
      Buffer.from(entries(restored)['content.json']!).equals(Buffer.from(entries(file)['content.json']!)),
    ).toBe(true);
  });

  it("'new' adds a second enterprise only when the USCC is free, and keeps a same-named one's name", async () => {
    const a = await buildRichEnterprise();
    const file = path.join(a.ws.dir, 'dup.retrofit');
    await exportTo(a.core, a.enterpriseId, file);
    const before = dumpDb(a.ws.file);
    const wire = await a.core.dispatch('handoff.import', { fileId: read(a.core, file), mode: 'new' });
    expect(wire).toMatchObject({ ok: false, error: { code: 'HANDOFF_USCC_TAKEN', params: { uscc: USCC } } });
    expect(dumpDb(a.ws.file)).toEqual(before);

    const b = await openWorkspace();
    await b.core.call('enterprise.create', { name: '深圳市示例精密制造有限公司' });
    const result = await b.core.call('handoff.import', { fileId: read(b.core, file), mode: 'new' });
    expect(result.created).toBe(true);
    const names = (await b.core.call('enterprise.list', {})).map((e) => e.name);
    expect(names).toEqual(['深圳市示例精密制造有限公司', '深圳市示例精密制造有限公司']);
  });
});
