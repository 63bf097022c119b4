/**
 * Packs, subjects and a project the funding tests build on: a valid pack to break one field at a
 * time, and a robot line to evaluate.
 */
import { completeSubject, type FundingSubjectInput } from '../../../shared/funding/funding-subject';
import type { Core } from '../../../electron/core/core';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { sampleEnterprise } from '../core/helpers';
import { testPack, testProgramme } from '../support/pack-builders';

/** A pack using every part of the format, so that a round trip has something to lose. */
export function fullPack(): Record<string, unknown> {
  return testPack(
    'test-district',
    { zh: '测试区资助', en: 'Test district support' },
    [
      testProgramme({
        id: 'rate-one',
        issuer: { zh: '测试区工信局' },
        year: 2025,
        name: { zh: '设备补贴', en: 'Equipment subsidy' },
        eligibility: {
          all: [
            { field: 'enterprise.district', op: 'in', values: ['longhua', 'baoan'] },
            { not: { field: 'project.obsoleteCategory', op: 'eq', value: true } },
            {
              any: [
                { field: 'enterprise.sizeClass', op: 'ne', value: 'large' },
                { field: 'enterprise.employees', op: 'lte', value: 1000 },
              ],
            },
            { field: 'project.totalInvestmentYuan', op: 'gte', value: 1234567.89 },
          ],
        },
        support: {
          kind: 'rate',
          base: ['project.newEquipmentYuan', 'project.intelligentInvestmentYuan'],
          rate: 0.075,
          capYuan: 3_000_000.5,
        },
        source: { document: '测试〔2025〕1号', url: 'https://example.invalid/notice' },
        notes: { zh: '备注', en: 'Note' },
        checkCurrentNotice: true,
      }),
      testProgramme({
        id: 'tiers-two',
        issuer: { zh: '测试区' },
        year: 2025,
        type: 'award',
        name: { zh: '分档' },
        support: {
          kind: 'tiers',
          base: ['project.eligibleInvestmentYuan'],
          tiers: [
            { fromYuan: 0, toYuan: 1_000_000, rate: 0.1, on: 'excess' },
            { fromYuan: 1_000_000, rate: 0.05, on: 'excess' },
          ],
        },
        source: { document: '测试〔2025〕2号' },
        verify: true,
      }),
      testProgramme({
        id: 'interest-three',
        issuer: { zh: '测试区' },
        year: 2025,
        type: 'interest_subsidy',
        name: { zh: '贴息' },
        eligibility: { field: 'project.loanPrincipalYuan', op: 'gt', value: 0 },
        support: {
          kind: 'interest',
          principal: 'project.loanPrincipalYuan',
          years: 'project.loanYears',
          ratePoints: 0.02,
          maxYears: 3,
          capYuan: 500_000,
        },
        source: { document: '测试〔2025〕3号' },
        checkCurrentNotice: true,
        verify: true,
      }),
    ],
    { description: { zh: '测试用' } },
  );
}

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function shipped(packId: string, programmeId: string) {
  const pack = SHIPPED_PACKS.find((p) => p.id === packId)!;
  const programme = pack.programmes.find((p) => p.id === programmeId);
  if (!programme) throw new Error(`no shipped programme ${packId}/${programmeId}`);
  return programme;
}

export const subject = (given: FundingSubjectInput) => completeSubject(given);

type Path = (string | number)[];

/** 'programmes[1].support.tiers[0].rate' → ['programmes', 1, 'support', 'tiers', 0, 'rate'] */
const pathOf = (text: string): Path =>
  text
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function parentOf(target: unknown, path: Path): Record<string | number, unknown> {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** Edits of a pack written as the paths its errors are reported at. */
export const set =
  (at: string, value: unknown) =>
  (pack: unknown): void => {
    const path = pathOf(at);
    parentOf(pack, path)[path.at(-1)!] = value;
  };

export const unset =
  (at: string) =>
  (pack: unknown): void => {
    const path = pathOf(at);
    delete parentOf(pack, path)[path.at(-1)!];
  };

export const get = (pack: unknown, at: string): unknown => {
  const path = pathOf(at);
  return parentOf(pack, path)[path.at(-1)!];
};

/** A copy of the pack with the edits made. */
export function edited(pack: unknown, ...edits: ((p: unknown) => void)[]): Record<string, unknown> {
  const copy = clone(pack) as Record<string, unknown>;
  for (const edit of edits) edit(copy);
  return copy;
}

/** A Longhua enterprise with an intelligent project of ¥31m, ¥30m of it robots; returns the project's id. */
export async function longhuaRobotProject(core: Core): Promise<number> {
  const e = await core.call('enterprise.create', sampleEnterprise('龙华测试', { district: 'longhua' }));
  const p = await core.call('projects.create', {
    enterpriseId: e.id,
    name: '机器人产线',
    direction: 'intelligent',
  });
  await core.call('projects.addLine', {
    projectId: p.id,
    line: {
      category: 'equipment',
      name: '六轴机器人',
      quantity: 10,
      unitPriceFen: 3_000_000_00,
      intelligent: true,
    },
  });
  await core.call('projects.addLine', {
    projectId: p.id,
    line: { category: 'installation', name: '安装', quantity: 1, unitPriceFen: 1_000_000_00 },
  });
  return p.id;
}
