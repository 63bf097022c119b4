/**
 * Rule packs in a real workspace: the shipped examples in force until the user edits or deletes
 * them, imports that preview their changes and replace by id, exports that import back unchanged,
 * and the evaluation of a project or an enterprise through the API.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CoreEvent } from '../../../shared/api/events';
import type { WireError } from '../../../shared/api/errors';
import { FundingPackSchema } from '../../../shared/funding/pack-schema';
import { packToText } from '../../../shared/funding/pack-text';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { LANGS, message } from '../../../shared/i18n/messages';
import { expectWireError, fakeClock, readRaw, sampleEnterprise, tempWorkspace } from '../core/helpers';
import { edited, fullPack, get, longhuaRobotProject, set } from './pack-fixtures';

const SHIPPED_IDS = ['shenzhen-city', 'longhua-2024', 'guangdong-equipment-award', 'energy-review-check'];

async function open() {
  const ws = tempWorkspace();
  const core = await ws.open({ now: fakeClock().now });
  const rows = () =>
    readRaw(ws.file, (db) =>
      db.prepare('SELECT pack_id, body_json IS NULL AS hidden FROM funding_pack ORDER BY pack_id').all(),
    );
  return { ws, core, rows };
}

const text = (pack: unknown) => JSON.stringify(pack);
const ids = async (core: Core) => (await core.call('funding.packs.list', {})).map((p) => [p.id, p.origin]);

/** A refusal with issues that read in both languages. */
async function refused(core: Core, method: string, input: unknown): Promise<WireError> {
  const wire = await expectWireError(core, method, input, 'VALIDATION');
  for (const issue of wire.issues) {
    for (const lang of LANGS) expect(message(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
  }
  return wire;
}

describe('funding packs in a workspace', () => {
  it('announces every pack write, and no read, so open pages refetch fundability', async () => {
    const { core } = await open();
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    await core.call('funding.packs.importPreview', { text: text(fullPack()) });
    await core.call('funding.packs.list', {});
    await core.call('funding.evaluate', {});
    expect(events).toEqual([]);
    await core.call('funding.packs.import', { text: text(fullPack()) });
    await core.call('funding.packs.delete', { id: 'test-district' });
    await core.call('funding.packs.delete', { id: 'longhua-2024' });
    await core.call('funding.packs.reset', { id: 'longhua-2024' });
    expect(events).toEqual(Array(4).fill({ type: 'workspace-changed', scope: 'funding' }));
  });

  it('lists the shipped examples on a new workspace without storing anything', async () => {
    const { core, rows } = await open();
    expect(await ids(core)).toEqual(SHIPPED_IDS.map((id) => [id, 'shipped']));
    const detail = await core.call('funding.packs.get', { id: 'longhua-2024' });
    expect(detail).toMatchObject({ origin: 'shipped', programmes: 1, updatedAt: null });
    expect(detail.pack).toEqual(SHIPPED_PACKS[1]);
    expect(rows()).toEqual([]);
  });

  it('previews an import without writing, then imports, and the export reads back to the same pack', async () => {
    const { core, rows } = await open();
    const preview = await core.call('funding.packs.importPreview', { text: text(fullPack()) });
    expect(preview).toMatchObject({
      action: 'add',
      added: [{ id: 'rate-one' }, { id: 'tiers-two' }, { id: 'interest-three' }],
      changed: [],
      removed: [],
      pack: { id: 'test-district', origin: 'user', programmes: 3 },
    });
    expect(rows()).toEqual([]);

    const imported = await core.call('funding.packs.import', { text: text(fullPack()) });
    expect(imported).toMatchObject({
      action: 'add',
      pack: { origin: 'user', updatedAt: '2025-03-10T08:00:00.000Z' },
    });
    expect(await ids(core)).toEqual([...SHIPPED_IDS.map((id) => [id, 'shipped']), ['test-district', 'user']]);

    const exported = await core.call('funding.packs.export', { id: 'test-district' });
    expect(exported.fileName).toBe('test-district.json');
    expect(JSON.parse(exported.text)).toEqual(fullPack());
    expect(exported.text).toBe(packToText(FundingPackSchema.parse(fullPack())));
    const again = await core.call('funding.packs.import', { text: exported.text });
    expect(again).toMatchObject({ action: 'unchanged', unchanged: [{}, {}, {}] });
    expect((await core.call('funding.packs.export', { id: 'test-district' })).text).toBe(exported.text);
  });

  it('replacing a pack names the programmes added, changed, removed and unchanged', async () => {
    const { core } = await open();
    await core.call('funding.packs.import', { text: text(fullPack()) });
    const [rate, , interest] = get(fullPack(), 'programmes') as object[];
    const next = edited(
      fullPack(),
      set('programmes', [rate, interest, { ...interest, id: 'interest-four' }]),
      set('programmes[0].support.rate', 0.08),
    );
    const preview = await core.call('funding.packs.importPreview', { text: text(next) });
    const names = (list: { id: string }[]) => list.map((p) => p.id);
    expect({
      action: preview.action,
      added: names(preview.added),
      changed: names(preview.changed),
      removed: names(preview.removed),
      unchanged: names(preview.unchanged),
    }).toEqual({
      action: 'replace',
      added: ['interest-four'],
      changed: ['rate-one'],
      removed: ['tiers-two'],
      unchanged: ['interest-three'],
    });
  });

  it('refuses a malformed pack with the places inside the pack, and writes nothing', async () => {
    const { core, rows } = await open();
    const bad = edited(fullPack(), set('programmes[1].support.tiers[1].rate', 1.2));
    for (const method of ['funding.packs.importPreview', 'funding.packs.import']) {
      const wire = await refused(core, method, { text: text(bad) });
      expect(wire.issues).toEqual([
        { path: ['programmes', 1, 'support', 'tiers', 1, 'rate'], key: 'funding.rateRange', params: {} },
      ]);
    }
    const syntax = await refused(core, 'funding.packs.import', { text: '{"format": ' });
    expect(syntax.issues[0]?.key).toBe('funding.jsonSyntax');
    expect(rows()).toEqual([]);
  });

  it('an edited example shadows the shipped one until it is reset; saving it as shipped follows the app again', async () => {
    const { core, rows } = await open();
    const changed = edited(SHIPPED_PACKS[1], set('programmes[0].support.capYuan', 30_000_000));
    const updated = await core.call('funding.packs.update', { id: 'longhua-2024', pack: changed as never });
    expect(updated).toMatchObject({ origin: 'shipped_edited', updatedAt: '2025-03-10T08:00:00.000Z' });
    expect(updated.pack.programmes[0]!.support).toMatchObject({ capYuan: 30_000_000 });
    expect(rows()).toEqual([{ pack_id: 'longhua-2024', hidden: 0 }]);

    await core.call('funding.packs.reset', { id: 'longhua-2024' });
    expect((await core.call('funding.packs.get', { id: 'longhua-2024' })).origin).toBe('shipped');
    expect(rows()).toEqual([]);

    await core.call('funding.packs.update', { id: 'longhua-2024', pack: changed as never });
    const back = await core.call('funding.packs.import', { text: packToText(SHIPPED_PACKS[1]!) });
    expect(back).toMatchObject({
      action: 'replace',
      changed: [{ id: 'longhua-2024-investment' }],
      pack: { origin: 'shipped' },
    });
    expect(rows()).toEqual([]);
  });

  it('deleting returns the pack text, and importing it undoes the deletion; a deleted example comes back by reset', async () => {
    const { core, rows } = await open();
    await core.call('funding.packs.import', { text: text(fullPack()) });
    const before = await core.call('funding.packs.export', { id: 'test-district' });
    const deleted = await core.call('funding.packs.delete', { id: 'test-district' });
    expect(deleted).toMatchObject({ id: 'test-district', name: { zh: '测试区资助' }, text: before.text });
    await core.call('funding.packs.import', { text: deleted.text });
    expect((await core.call('funding.packs.export', { id: 'test-district' })).text).toBe(before.text);

    await core.call('funding.packs.delete', { id: 'energy-review-check' });
    expect((await ids(core)).map(([id]) => id)).not.toContain('energy-review-check');
    expect(rows()).toContainEqual({ pack_id: 'energy-review-check', hidden: 1 });
    const list = await core.call('funding.packs.reset', {});
    expect(list.map((p) => p.id)).toEqual([...SHIPPED_IDS, 'test-district']);
  });

  it('answers an unknown pack id with the ids there are', async () => {
    const { core } = await open();
    for (const method of ['funding.packs.get', 'funding.packs.export', 'funding.packs.delete']) {
      const wire = await refused(core, method, { id: 'no-such-pack' });
      expect(wire.issues).toEqual([
        {
          path: ['id'],
          key: 'funding.packUnknown',
          params: { id: 'no-such-pack', known: SHIPPED_IDS.join(', ') },
        },
      ]);
    }
  });
});

describe('funding API validation', () => {
  it('refuses bad calls at the field that is wrong', async () => {
    const { core, rows } = await open();
    const at = async (method: string, input: unknown) =>
      (await refused(core, method, input)).issues.map((i) => `${i.path.join('.')}: ${i.key}`);
    expect(await at('funding.packs.get', { id: 'Longhua 2024' })).toEqual(['id: funding.idFormat']);
    expect(await at('funding.packs.import', { text: 42 })).toEqual(['text: validation.invalid_type']);
    expect(await at('funding.packs.import', { text: 'x'.repeat(2_000_001) })).toEqual([
      'text: validation.too_big',
    ]);
    expect(await at('funding.packs.reset', { id: 'test-district' })).toEqual(['id: funding.notExample']);
    const bad = edited(fullPack(), set('programmes[0].eligibility.all[0].values', ['nowhere']));
    expect(await at('funding.packs.update', { id: 'test-district', pack: bad })).toEqual([
      'pack.programmes.0.eligibility.all.0.values.0: funding.unknownCode',
    ]);
    expect(await at('funding.packs.update', { id: 'longhua-2024', pack: fullPack() })).toEqual([
      'pack.id: funding.idChanged',
    ]);
    expect(await at('funding.packs.update', { id: 'test-district', pack: fullPack() })).toEqual([
      'id: funding.packUnknown',
    ]);
    expect(await at('funding.evaluate', { subject: { enterprise: { district: 'atlantis' } } })).toEqual([
      'subject.enterprise.district: validation.invalid_value',
    ]);
    expect(
      await at('funding.evaluate', { subject: { project: { totalInvestmentYuan: 1.001, filed: 'yes' } } }),
    ).toEqual([
      'subject.project.filed: validation.invalid_type',
      'subject.project.totalInvestmentYuan: validation.twoDecimals',
    ]);
    expect(await at('funding.evaluate', { projectId: 1, enterpriseId: 1 })).toEqual([
      'enterpriseId: funding.projectOrEnterprise',
    ]);
    expect(await at('funding.evaluate', { packIds: ['longhua-2024', 'nope'] })).toEqual([
      'packIds.1: funding.packUnknown',
    ]);
    expect(rows()).toEqual([]);
  });
});

describe('funding.evaluate', () => {
  it('fills the enterprise facts from its profile, under the facts stated with the call', async () => {
    const { core } = await open();
    const e = await core.call('enterprise.create', sampleEnterprise('龙华测试', { district: 'longhua' }));
    const result = await core.call('funding.evaluate', {
      enterpriseId: e.id,
      subject: { project: { filed: true, eligibleInvestmentYuan: 30_000_000 } },
      packIds: ['longhua-2024'],
    });
    expect(result.subject.enterprise).toMatchObject({
      district: 'longhua',
      sizeClass: 'medium',
      employees: 320,
    });
    const [programme] = result.packs[0]!.programmes;
    expect(programme).toMatchObject({ status: 'eligible', estimatedSupportFen: 450_000_000 });
    const moved = await core.call('funding.evaluate', {
      enterpriseId: e.id,
      subject: {
        enterprise: { district: 'baoan' },
        project: { filed: true, eligibleInvestmentYuan: 30_000_000 },
      },
      packIds: ['longhua-2024'],
    });
    expect(moved.packs[0]!.programmes[0]!.status).toBe('not_eligible');
  });

  it('evaluates a project from its figures and its enterprise, with every pack in force', async () => {
    const { core } = await open();
    const projectId = await longhuaRobotProject(core);
    const result = await core.call('funding.evaluate', {
      projectId,
      subject: { project: { filed: true } },
    });
    expect(result.subject.project).toMatchObject({
      direction: 'intelligent',
      totalInvestmentYuan: 31_000_000,
      eligibleInvestmentYuan: 31_000_000,
      intelligentInvestmentYuan: 30_000_000,
      newEquipmentYuan: 30_000_000,
      filed: true,
    });
    const byId = Object.fromEntries(result.packs.flatMap((p) => p.programmes).map((p) => [p.programmeId, p]));
    expect(Object.keys(byId)).toHaveLength(10);
    expect(byId['longhua-2024-investment']).toMatchObject({
      status: 'eligible',
      estimatedSupportFen: 4_650_000_00,
    });
    expect(byId['sz-2017-9-intelligent']).toMatchObject({
      status: 'eligible',
      estimatedSupportFen: 6_000_000_00,
    });
    expect(byId['sz-2017-9-investment']).toMatchObject({
      status: 'eligible',
      estimatedSupportFen: 3_100_000_00,
    });
    expect(byId['sz-2023-major']?.status).toBe('not_eligible');
  });

  it('judges a project on the facts stated for it, kept with the project, under those stated with the call', async () => {
    const { ws, core } = await open();
    const projectId = await longhuaRobotProject(core);
    const status = async (subject?: object) => {
      const r = await core.call('funding.evaluate', { projectId, ...(subject ? { subject } : {}) });
      return r.packs.flatMap((p) => p.programmes).find((p) => p.programmeId === 'longhua-2024-investment')!;
    };
    expect((await status()).status).toBe('undetermined');

    const updated = await core.call('projects.update', {
      id: projectId,
      changes: { statedFacts: { filed: true, energyTce: 120 } },
    });
    expect(updated.statedFacts).toEqual({ filed: true, energyTce: 120 });
    expect(await status()).toMatchObject({ status: 'eligible', estimatedSupportFen: 4_650_000_00 });
    // A fact stated with the call wins for that call only.
    expect((await status({ project: { filed: false } })).status).toBe('not_eligible');
    expect((await status()).status).toBe('eligible');

    core.close();
    const again = await ws.open({ now: fakeClock().now });
    expect((await again.call('projects.get', { id: projectId })).statedFacts).toEqual({
      filed: true,
      energyTce: 120,
    });
    await again.call('projects.update', { id: projectId, changes: { statedFacts: {} } });
    const r = await again.call('funding.evaluate', { projectId });
    expect(r.subject.project.filed).toBeNull();
    await expectWireError(
      again,
      'projects.update',
      { id: projectId, changes: { statedFacts: { filed: 'yes' } } },
      'VALIDATION',
    );
  });
});
