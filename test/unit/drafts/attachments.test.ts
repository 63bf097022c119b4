/**
 * Attachments copied into the workspace: content stored once per sha256, name, size and time kept,
 * the same bytes given back; the first file marks its item ready; remove, undo and the purge of
 * removed files and of contents nothing names any more; the size limit.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../electron/core/drafts/checklist-store';
import { DAY, expectWireError, readRaw } from '../core/helpers';
import { chosenFile, draftsWorkspace, robotProject } from './drafts-data-fixture';

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
/** Bytes that are not text, so that nothing along the way can re-encode them. */
const licence = Buffer.from([
  0x25,
  0x50,
  0x44,
  0x46,
  0x00,
  0xff,
  0xfe,
  0x0a,
  ...Buffer.from('营业执照扫描件'),
]);

const blobs = (file: string) =>
  readRaw(file, (db) =>
    db.prepare('SELECT sha256, size_bytes, length(data) AS len FROM attachment_blob').all(),
  );
const fileRows = (file: string) =>
  readRaw(file, (db) => db.prepare('SELECT id, deleted_at FROM attachment_file ORDER BY id').all());

describe('attachments', () => {
  it('copies a file into the workspace once per content, and opens it with identical bytes', async () => {
    const { core, ws, clock, enterpriseId, projectId, events } = await draftsWorkspace();
    const other = await robotProject(core, enterpriseId, '第二个项目');
    const first = chosenFile(core, '营业执照.pdf', licence);
    clock.set('2026-03-12T10:00:00.000Z');
    const added = await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'business_licence',
      fileId: first.fileId,
    });
    expect(added).toEqual({
      id: expect.any(Number),
      itemKey: 'business_licence',
      originalName: '营业执照.pdf',
      sizeBytes: licence.length,
      sha256: sha(licence),
      addedAt: '2026-03-12T10:00:00.000Z',
    });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'drafts' });

    // The file on disk may change or go: the workspace has its own copy.
    fs.rmSync(first.path);
    const copy = chosenFile(core, 'licence-copy.pdf', licence);
    const again = await core.call('drafts.attachments.add', {
      projectId: other,
      itemKey: 'business_licence',
      fileId: copy.fileId,
    });
    expect(again.sha256).toBe(added.sha256);
    expect(blobs(ws.file)).toEqual([
      { sha256: sha(licence), size_bytes: licence.length, len: licence.length },
    ]);

    const opened = await core.call('drafts.attachments.open', { projectId, attachmentId: added.id });
    expect(opened.file).toMatchObject({ name: '营业执照.pdf', sizeBytes: licence.length });
    expect(fs.readFileSync(core.files.resolve(opened.file.fileId, 'read').path).equals(licence)).toBe(true);

    // The desktop app's save dialog gives a target: the bytes land exactly there.
    const savedAs = path.join(ws.dir, '取出的执照.pdf');
    const target = core.files.registerWriteTarget(savedAs);
    const saved = await core.call('drafts.attachments.open', {
      projectId,
      attachmentId: added.id,
      target: target.fileId,
    });
    expect(saved.file).toMatchObject({ fileId: target.fileId, sizeBytes: licence.length });
    expect(fs.readFileSync(savedAs).equals(licence)).toBe(true);

    const list = await core.call('drafts.checklist.get', { projectId });
    expect(list.items.find((i) => i.key === 'business_licence')).toMatchObject({
      ready: true,
      files: [added],
    });
  });

  it('marks the item ready with its first file only, so a later file leaves the user’s unmark alone', async () => {
    const { core, projectId } = await draftsWorkspace();
    const item = async () =>
      (await core.call('drafts.checklist.get', { projectId })).items.find(
        (i) => i.key === 'invoices_payments',
      )!;
    await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'invoices_payments',
      fileId: chosenFile(core, '发票1.pdf', 'one').fileId,
    });
    expect((await item()).ready).toBe(true);
    await core.call('drafts.checklist.mark', { projectId, itemKey: 'invoices_payments', ready: false });
    await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'invoices_payments',
      fileId: chosenFile(core, '发票2.pdf', 'two').fileId,
    });
    expect(await item()).toMatchObject({ ready: false });
    expect((await item()).files.map((f) => f.originalName)).toEqual(['发票1.pdf', '发票2.pdf']);
  });

  it('removes with undo; the last file going unmarks the item and undo marks it again', async () => {
    const { core, ws, projectId, events } = await draftsWorkspace();
    const added = await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'business_licence',
      fileId: chosenFile(core, '营业执照.pdf', licence).fileId,
    });
    events.length = 0;
    const removed = await core.call('drafts.attachments.remove', { projectId, attachmentId: added.id });
    expect(removed).toEqual({ id: added.id, originalName: '营业执照.pdf' });
    expect(events).toEqual([{ type: 'workspace-changed', scope: 'drafts' }]);
    let item = (await core.call('drafts.checklist.get', { projectId })).items[1]!;
    expect(item).toMatchObject({ key: 'business_licence', ready: false, files: [] });
    // Kept for undo, content included.
    expect(blobs(ws.file)).toHaveLength(1);
    await expectWireError(
      core,
      'drafts.attachments.open',
      { projectId, attachmentId: added.id },
      'NOT_FOUND',
    );
    await expectWireError(
      core,
      'drafts.attachments.remove',
      { projectId, attachmentId: added.id },
      'NOT_FOUND',
    );

    const back = await core.call('drafts.attachments.undoRemove', { projectId, attachmentId: added.id });
    expect(back).toEqual(added);
    item = (await core.call('drafts.checklist.get', { projectId })).items[1]!;
    expect(item).toMatchObject({ ready: true, files: [added] });
    await expectWireError(
      core,
      'drafts.attachments.undoRemove',
      { projectId, attachmentId: added.id },
      'UNDO_DONE',
    );
  });

  it('purges what was removed before the keep period, and the contents no attachment names', async () => {
    const { core, ws, clock, enterpriseId, projectId } = await draftsWorkspace();
    const other = await robotProject(core, enterpriseId, '第二个项目');
    const add = (p: number, name: string, bytes: Buffer | string) =>
      core.call('drafts.attachments.add', {
        projectId: p,
        itemKey: 'business_licence',
        fileId: chosenFile(core, name, bytes).fileId,
      });
    const shared1 = await add(projectId, 'a.pdf', licence);
    const shared2 = await add(other, 'b.pdf', licence);
    const alone = await add(projectId, 'c.pdf', 'only here');
    await core.call('drafts.attachments.remove', { projectId, attachmentId: shared1.id });
    await core.call('drafts.attachments.remove', { projectId, attachmentId: alone.id });

    clock.advance(31 * DAY);
    const trigger = await add(other, 'd.pdf', 'trigger');
    await core.call('drafts.attachments.remove', { projectId: other, attachmentId: trigger.id });

    // The two removed a month ago are gone; the licence's content stays for the other project.
    expect(fileRows(ws.file).map((r) => (r as { id: number }).id)).toEqual([shared2.id, trigger.id]);
    expect(
      blobs(ws.file)
        .map((b) => (b as { sha256: string }).sha256)
        .sort(),
    ).toEqual([sha(licence), sha(Buffer.from('trigger'))].sort());
    await expectWireError(
      core,
      'drafts.attachments.undoRemove',
      { projectId, attachmentId: alone.id },
      'NOT_FOUND',
    );

    clock.advance(31 * DAY);
    await core.call('drafts.attachments.remove', { projectId: other, attachmentId: shared2.id });
    await core.call('drafts.attachments.undoRemove', { projectId: other, attachmentId: shared2.id });
    const last = await add(other, 'e.pdf', 'last');
    await core.call('drafts.attachments.remove', { projectId: other, attachmentId: last.id });
    expect(
      blobs(ws.file)
        .map((b) => (b as { sha256: string }).sha256)
        .sort(),
    ).toEqual([sha(licence), sha(Buffer.from('last'))].sort());
  });

  it('drops the contents a deleted project held once it is purged, on the next open of the workspace', async () => {
    const { core, ws, clock, enterpriseId, projectId } = await draftsWorkspace();
    const other = await robotProject(core, enterpriseId, '保留的项目');
    const attach = (p: number, name: string, bytes: string) =>
      core.call('drafts.attachments.add', {
        projectId: p,
        itemKey: 'business_licence',
        fileId: chosenFile(core, name, bytes).fileId,
      });
    await attach(projectId, 'only-deleted.pdf', 'held by the deleted project only');
    await attach(projectId, 'shared.pdf', 'held by both');
    await attach(other, 'shared-too.pdf', 'held by both');
    await core.call('projects.delete', { id: projectId });
    clock.advance(31 * DAY);
    // Deleting another project purges the first for good; its file rows go with it.
    const third = await robotProject(core, enterpriseId, '再删一个');
    await core.call('projects.delete', { id: third });
    expect(blobs(ws.file)).toHaveLength(2);
    core.close();

    await ws.open({ now: clock.now });
    expect(blobs(ws.file).map((b) => (b as { sha256: string }).sha256)).toEqual([
      sha(Buffer.from('held by both')),
    ]);
  });

  it('refuses a file over the limit without storing anything, and an empty one', async () => {
    const { core, ws, projectId } = await draftsWorkspace();
    const big = chosenFile(core, '扫描件.pdf', '');
    fs.truncateSync(big.path, MAX_ATTACHMENT_BYTES + 1);
    const huge = core.files.registerRead(big.path);
    const e = await expectWireError(
      core,
      'drafts.attachments.add',
      { projectId, itemKey: 'business_licence', fileId: huge.fileId },
      'FILE_TOO_LARGE',
    );
    expect(e.params).toEqual({ name: '扫描件.pdf', maximum: MAX_ATTACHMENT_BYTES });
    const empty = chosenFile(core, 'empty.pdf', '');
    await expectWireError(
      core,
      'drafts.attachments.add',
      { projectId, itemKey: 'business_licence', fileId: empty.fileId },
      'FILE_EMPTY',
    );
    expect(blobs(ws.file)).toEqual([]);
    expect(fileRows(ws.file)).toEqual([]);
  });

  it('answers NOT_FOUND for another project’s attachment and for a deleted project', async () => {
    const { core, enterpriseId, projectId } = await draftsWorkspace();
    const other = await robotProject(core, enterpriseId, '第二个项目');
    const added = await core.call('drafts.attachments.add', {
      projectId,
      itemKey: 'business_licence',
      fileId: chosenFile(core, 'a.pdf', 'a').fileId,
    });
    await expectWireError(
      core,
      'drafts.attachments.open',
      { projectId: other, attachmentId: added.id },
      'NOT_FOUND',
    );
    await expectWireError(
      core,
      'drafts.attachments.remove',
      { projectId: other, attachmentId: added.id },
      'NOT_FOUND',
    );
    await core.call('projects.delete', { id: projectId });
    await expectWireError(
      core,
      'drafts.attachments.open',
      { projectId, attachmentId: added.id },
      'NOT_FOUND',
    );
    await expectWireError(core, 'drafts.checklist.get', { projectId }, 'NOT_FOUND');
    await expectWireError(
      core,
      'drafts.attachments.add',
      { projectId, itemKey: 'business_licence', fileId: chosenFile(core, 'b.pdf', 'b').fileId },
      'NOT_FOUND',
    );
  });
});
