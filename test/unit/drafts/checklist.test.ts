/**
 * The attachment checklist and the programme a project applies to: §10's usual items with their
 * required flags (the energy review decided from the stated facts), the chosen programme's pack
 * documents merged with the usual items they stand for, marks and notes, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import {
  checklistEntries,
  energyReviewRequired,
  POLICY_ITEMS,
} from '../../../shared/drafts/attachment-checklist';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { expectWireError, readRaw } from '../core/helpers';
import { testPack, testProgramme } from '../support/pack-builders';
import { chosenFile, draftsWorkspace } from './drafts-data-fixture';

const USUAL = [
  'application_form',
  'business_licence',
  'project_resolution',
  'feasibility_study',
  'filing_certificate',
  'statistics_form',
  'contracts_acceptance',
  'invoices_payments',
  'financial_statements',
  'energy_review',
  'environmental_approval',
  'funding_sources',
];

const SZ_INTELLIGENT = 'shenzhen-city/sz-2017-9-intelligent';
const packKey = (doc: string, programme = SZ_INTELLIGENT) => `pack:${programme}/${doc}`;

describe('the energy review item', () => {
  it('is required when a review was obtained or either yearly use reaches its threshold', () => {
    expect(energyReviewRequired('intelligent', { energyReviewApproved: true })).toBe(true);
    expect(energyReviewRequired('intelligent', { energyTce: 1000 })).toBe(true);
    expect(energyReviewRequired('expand', { energyTce: 200, electricityKwh: 5_000_000 })).toBe(true);
    expect(energyReviewRequired('intelligent', { energyTce: 999.9, electricityKwh: 4_999_999 })).toBe(false);
  });

  it('with the use stated below both thresholds, is not required even for an energy-saving project', () => {
    expect(energyReviewRequired('green', { energyTce: 120, electricityKwh: 800_000 })).toBe(false);
  });

  it('with the use unknown, is required for an energy-saving project only', () => {
    expect(energyReviewRequired('green', {})).toBe(true);
    expect(energyReviewRequired('green', { energyTce: 120 })).toBe(true);
    expect(energyReviewRequired('renewal', { energyTce: 120 })).toBe(false);
    expect(energyReviewRequired('renewal', { energyReviewApproved: false })).toBe(false);
  });
});

describe('checklist entries', () => {
  it('lists §10 usual items; a pack document that is one of them makes it required, once', () => {
    const pack = SHIPPED_PACKS.find((p) => p.id === 'guangdong-equipment-award')!;
    const programme = pack.programmes[0]!;
    const entries = checklistEntries(
      { direction: 'renewal', statedFacts: {} },
      { packId: pack.id, programme },
    );
    expect(entries.slice(0, USUAL.length).map((e) => e.key)).toEqual(USUAL);
    const rest = entries.slice(USUAL.length).map((e) => e.key);
    expect(rest).toEqual([
      'pack:guangdong-equipment-award/gd-equipment-award-prd/special-audit-report',
      'pack:guangdong-equipment-award/gd-equipment-award-prd/credit-commitment',
    ]);
    // The pack's energy review is not required by the pack, and the facts do not call for one.
    expect(entries.find((e) => e.key === 'energy_review')).toMatchObject({
      origin: 'policy',
      required: false,
    });
  });

  it('merges a document named as a usual item although its id differs', () => {
    const entries = checklistEntries(
      { direction: 'expand', statedFacts: {} },
      {
        packId: 'district',
        programme: {
          id: 'p1',
          documents: [
            { id: 'licence', name: { zh: '营业执照' }, required: true },
            { id: 'eia', name: { zh: '环评批复（须做环评的项目）' }, required: true },
            { id: 'tax', name: { zh: '完税证明', en: 'Tax certificate' }, required: false },
          ],
        },
      },
    );
    expect(entries).toHaveLength(USUAL.length + 1);
    expect(entries.find((e) => e.key === 'environmental_approval')!.required).toBe(true);
    expect(entries.at(-1)).toEqual({
      key: 'pack:district/p1/tax',
      title: { zh: '完税证明', en: 'Tax certificate' },
      origin: 'programme',
      required: false,
    });
  });

  it('has a title in both languages for every usual item', () => {
    for (const item of POLICY_ITEMS) expect(item.title.zh && item.title.en).toBeTruthy();
  });
});

describe('checklist through the API', () => {
  it('without a programme: the usual items, ten required, none ready', async () => {
    const { core, projectId } = await draftsWorkspace();
    const list = await core.call('drafts.checklist.get', { projectId });
    expect(list.targetProgramme).toBeNull();
    expect(list.items.map((i) => i.key)).toEqual(USUAL);
    expect(list.items.filter((i) => i.required).map((i) => i.key)).toEqual(
      USUAL.filter((k) => k !== 'energy_review' && k !== 'environmental_approval'),
    );
    expect(list.items.every((i) => !i.ready && i.note === null && i.files.length === 0)).toBe(true);
    expect(list.items[1]).toMatchObject({ title: '营业执照', origin: 'policy' });
    const en = await core.call('drafts.checklist.get', { projectId, lang: 'en' });
    expect(en.items[1]!.title).toBe('Business licence');
  });

  it('requires the energy review once the project states a yearly use above the threshold', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('projects.update', { id: projectId, changes: { statedFacts: { energyTce: 1500 } } });
    const list = await core.call('drafts.checklist.get', { projectId });
    expect(list.items.find((i) => i.key === 'energy_review')!.required).toBe(true);
  });

  it('adds the chosen programme’s documents, and drops them when the choice is cleared', async () => {
    const { core, projectId, events, ws } = await draftsWorkspace();
    const list = await core.call('drafts.targetProgramme.set', { projectId, programme: SZ_INTELLIGENT });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'drafts' });
    expect(list.targetProgramme).toBe(SZ_INTELLIGENT);
    expect(list.items.slice(USUAL.length).map((i) => [i.key, i.title, i.origin, i.required])).toEqual([
      [packKey('special-audit-report'), '会计师事务所出具的技术改造投资专项审计报告', 'programme', true],
      [packKey('credit-commitment'), '信用承诺书', 'programme', true],
      [packKey('intelligent-spend-list'), '机器人、智能装备和工业互联网投资明细', 'programme', true],
    ]);
    expect(readRaw(ws.file, (db) => db.prepare('SELECT target_programme FROM project').pluck().get())).toBe(
      SZ_INTELLIGENT,
    );
    const cleared = await core.call('drafts.targetProgramme.set', { projectId, programme: null, lang: 'en' });
    expect(cleared.targetProgramme).toBeNull();
    expect(cleared.items[0]!.title).toBe('Application form');
    expect(cleared.items.map((i) => i.key)).toEqual(USUAL);
  });

  it('refuses a programme that no pack in force has, naming the field', async () => {
    const { core, projectId } = await draftsWorkspace();
    const unknown = await expectWireError(
      core,
      'drafts.targetProgramme.set',
      { projectId, programme: 'shenzhen-city/no-such-programme' },
      'VALIDATION',
    );
    expect(unknown.issues).toEqual([
      {
        path: ['programme'],
        key: 'drafts.programmeUnknown',
        params: {
          programme: 'shenzhen-city/no-such-programme',
          known: expect.stringContaining(SZ_INTELLIGENT),
        },
      },
    ]);
    await core.call('funding.packs.delete', { id: 'shenzhen-city' });
    await expectWireError(
      core,
      'drafts.targetProgramme.set',
      { projectId, programme: SZ_INTELLIGENT },
      'VALIDATION',
    );
    const malformed = await expectWireError(
      core,
      'drafts.targetProgramme.set',
      { projectId, programme: 'Shenzhen City' },
      'VALIDATION',
    );
    expect(malformed.issues[0]).toMatchObject({ path: ['programme'], key: 'drafts.programmeRef' });
    await core.call('projects.delete', { id: projectId });
    await expectWireError(core, 'drafts.targetProgramme.set', { projectId, programme: null }, 'NOT_FOUND');
  });

  it('keeps the choice of a programme whose pack was deleted, without its documents', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('drafts.targetProgramme.set', { projectId, programme: SZ_INTELLIGENT });
    await core.call('funding.packs.delete', { id: 'shenzhen-city' });
    const list = await core.call('drafts.checklist.get', { projectId });
    expect(list.targetProgramme).toBe(SZ_INTELLIGENT);
    expect(list.items.map((i) => i.key)).toEqual(USUAL);
  });

  it('takes documents from a user pack', async () => {
    const { core, projectId } = await draftsWorkspace();
    const pack = testPack('district-x', { zh: '某区' }, [
      testProgramme({
        id: 'equipment',
        name: { zh: '设备补贴' },
        support: { kind: 'none' },
        source: { document: '测试〔2026〕1号' },
        documents: [
          { id: 'business_licence', name: { zh: '营业执照副本' }, required: true },
          { id: 'site-photos', name: { zh: '现场照片', en: 'Site photos' }, required: false },
        ],
        applicationWindow: { opens: '2026-05-01', closes: '2026-06-30' },
      }),
    ]);
    await core.call('funding.packs.import', { text: JSON.stringify(pack) });
    const list = await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'district-x/equipment',
    });
    expect(list.items.slice(USUAL.length)).toEqual([
      {
        key: 'pack:district-x/equipment/site-photos',
        title: '现场照片',
        origin: 'programme',
        required: false,
        ready: false,
        note: null,
        files: [],
      },
    ]);
  });

  it('marks an item ready, notes it, and forgets a state that says nothing', async () => {
    const { core, projectId, ws, events } = await draftsWorkspace();
    const marked = await core.call('drafts.checklist.mark', {
      projectId,
      itemKey: 'business_licence',
      ready: true,
    });
    expect(marked.items[1]).toMatchObject({ key: 'business_licence', ready: true, note: null });
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'drafts' });
    const noted = await core.call('drafts.checklist.mark', {
      projectId,
      itemKey: 'business_licence',
      note: '  原件在行政部  ',
      lang: 'en',
    });
    expect(noted.items[1]).toMatchObject({ title: 'Business licence', ready: true, note: '原件在行政部' });
    const unmarked = await core.call('drafts.checklist.mark', {
      projectId,
      itemKey: 'business_licence',
      ready: false,
    });
    expect(unmarked.items[1]).toMatchObject({ ready: false, note: '原件在行政部' });
    await core.call('drafts.checklist.mark', { projectId, itemKey: 'business_licence', note: '' });
    const rows = () =>
      readRaw(ws.file, (db) => db.prepare('SELECT count(*) FROM attachment_item').pluck().get());
    expect(rows()).toBe(0);
  });

  it('refuses a key the project’s checklist does not have', async () => {
    const { core, projectId } = await draftsWorkspace();
    const expectUnknown = async (itemKey: string) => {
      const e = await expectWireError(
        core,
        'drafts.checklist.mark',
        { projectId, itemKey, ready: true },
        'VALIDATION',
      );
      expect(e.issues).toEqual([{ path: ['itemKey'], key: 'drafts.itemUnknown', params: { key: itemKey } }]);
      const f = chosenFile(core, 'a.pdf', 'x');
      await expectWireError(
        core,
        'drafts.attachments.add',
        { projectId, itemKey, fileId: f.fileId },
        'VALIDATION',
      );
    };
    await expectUnknown('tax_certificate');
    // A document of a programme the project has not chosen.
    await expectUnknown(packKey('credit-commitment'));
    const malformed = await expectWireError(
      core,
      'drafts.checklist.mark',
      { projectId, itemKey: 'Business Licence', ready: true },
      'VALIDATION',
    );
    expect(malformed.issues[0]).toMatchObject({ path: ['itemKey'], key: 'drafts.checklistKey' });
  });

  it('keeps an item that holds files when another programme is chosen, as not required', async () => {
    const { core, projectId } = await draftsWorkspace();
    await core.call('drafts.targetProgramme.set', { projectId, programme: SZ_INTELLIGENT });
    const f = chosenFile(core, '投资明细.xlsx', 'rows');
    await core.call('drafts.attachments.add', {
      projectId,
      itemKey: packKey('intelligent-spend-list'),
      fileId: f.fileId,
    });
    const list = await core.call('drafts.targetProgramme.set', {
      projectId,
      programme: 'longhua-2024/longhua-2024-investment',
    });
    const kept = list.items.find((i) => i.key === packKey('intelligent-spend-list'))!;
    expect(kept).toMatchObject({
      title: '机器人、智能装备和工业互联网投资明细',
      origin: 'programme',
      required: false,
      ready: true,
    });
    expect(kept.files.map((x) => x.originalName)).toEqual(['投资明细.xlsx']);
    // Still an item of the checklist: it can be unmarked.
    await core.call('drafts.checklist.mark', { projectId, itemKey: kept.key, ready: false });
  });
});
